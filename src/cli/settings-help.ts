/** The settings `junction --help` lists; the README's table says the same at more length. */
export const SETTINGS_HELP = `Settings (environment):
  HOST                   address to listen on (127.0.0.1)
  PORT                   port (3000)
  DATA_DIR               SQLite database and generated secret (./data)
  DATABASE_URL           postgres:// URL: PostgreSQL instead of SQLite (unset)
  JUNCTION_SECRET        signs tokens, encrypts secrets; 32+ characters; required with PostgreSQL
                         (generated into DATA_DIR/secret)
  LOG_LEVEL              fatal, error, warn, info, debug, trace or silent (info)
  LOG_FORMAT             json (ISO times), pretty, or auto: pretty on a terminal, else json (auto)
  BODY_LIMIT             largest request body in bytes (1048576)
  RATE_LIMIT_BURST       requests a token (or an address without one) may make at once (1000)
  RATE_LIMIT_PER_SECOND  requests per second it gets back (300)
  MCP_RATE_LIMIT_BURST   requests one MCP server (/mcp/{id}) may take at once (120)
  MCP_RATE_LIMIT_PER_SECOND  requests per second it gets back (10)
  MCP_BODY_LIMIT         largest MCP request body in bytes (524288)
  MCP_RESULT_LIMIT       largest MCP tool result in characters; lists are paged to fit (100000)
  REDIS_URL              redis:// URL: rate-limit buckets shared by every node (unset: per node)
  METRICS                GET /metrics: off, public, or token (a token with scope metrics.get) (token)
  CORS_ORIGINS           browser origins allowed, comma-separated, or * (unset: no CORS)
  TRUST_PROXY            proxies whose X-Forwarded-* headers count: true, a hop count, or addresses/CIDRs
                         (unset: none)
  ADMIN_TOKEN_FILE       first start writes the admin token here (mode 0600) instead of to stderr (unset)
  EGRESS_ALLOW           internal CIDRs and host names calls made for users may reach, comma-separated
                         (unset: only public addresses; e.g. 10.0.0.0/8,crm.internal)`;
