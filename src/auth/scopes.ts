/**
 * The one action → scopes table every surface uses. A token may perform an action when it holds any
 * listed scope. Sets follow Losant's documentation: `.read` scopes appear only on read actions.
 */
const APP_READ = [
  'all.Application',
  'all.Application.bounded',
  'all.Application.read',
  'all.Organization',
  'all.Organization.bounded',
  'all.Organization.read',
  'all.User',
  'all.User.bounded',
  'all.User.read',
];
const APP_WRITE = [
  'all.Application',
  'all.Application.bounded',
  'all.Organization',
  'all.Organization.bounded',
  'all.User',
  'all.User.bounded',
];
const ORG_READ = APP_READ.filter((s) => !s.startsWith('all.Application'));
const ORG_WRITE = APP_WRITE.filter((s) => !s.startsWith('all.Application'));

const own = (resource: string, verb: string) => [`${resource}.*`, `${resource}.${verb}`];
const read = (resource: string, verb = 'get') => [...APP_READ, ...own(resource, verb)];
const write = (resource: string, verb: string) => [...APP_WRITE, ...own(resource, verb)];

export const ACTION_SCOPES = {
  'applications.get': [...ORG_READ, ...own('applications', 'get')],
  'applications.post': [...ORG_WRITE, ...own('applications', 'post')],
  'application.get': read('application'),
  'application.patch': write('application', 'patch'),
  'application.delete': write('application', 'delete'),
  'applicationApiTokens.get': read('applicationApiTokens'),
  'applicationApiTokens.post': write('applicationApiTokens', 'post'),
  'applicationApiToken.get': read('applicationApiToken'),
  'applicationApiToken.patch': write('applicationApiToken', 'patch'),
  'applicationApiToken.delete': write('applicationApiToken', 'delete'),
  'integrations.get': read('integrations'),
  'integrations.post': write('integrations', 'post'),
  'integration.get': read('integration'),
  'integration.patch': write('integration', 'patch'),
  'integration.delete': write('integration', 'delete'),
  'flows.get': read('flows'),
  'flows.post': write('flows', 'post'),
  'flow.get': read('flow'),
  'flow.patch': write('flow', 'patch'),
  'flow.delete': write('flow', 'delete'),
  // Losant workflow runs: flowLog periods (and the kept runs with debug output), node errors
  'flow.log': read('flow', 'log'),
  'flow.errors': read('flow', 'errors'),
  // integrator.io (/v1): its resources, and what hangs off an integration
  'integration.put': write('integration', 'put'),
  'integration.clone': write('integration', 'clone'),
  'integrationTemplate.get': read('integrationTemplate'),
  'integrationTemplates.post': write('integrationTemplates', 'post'),
  'integrationDependencies.get': read('integrationDependencies'),
  'integrationConnections.put': write('integrationConnections', 'put'),
  'integrationConnection.put': write('integrationConnection', 'put'),
  'integrationConnection.delete': write('integrationConnection', 'delete'),
  'installSteps.get': read('installSteps'),
  'installSteps.post': write('installSteps', 'post'),
  'uninstallSteps.get': read('uninstallSteps'),
  'uninstallSteps.post': write('uninstallSteps', 'post'),
  'flow.put': write('flow', 'put'),
  'connections.get': read('connections'),
  'connections.post': write('connections', 'post'),
  'connection.get': read('connection'),
  'connection.put': write('connection', 'put'),
  'connection.patch': write('connection', 'patch'),
  'connection.delete': write('connection', 'delete'),
  // A ping writes: it sets the connection's `offline`.
  'connection.ping': write('connection', 'ping'),
  'exports.get': read('exports'),
  'exports.post': write('exports', 'post'),
  'export.get': read('export'),
  'export.put': write('export', 'put'),
  'export.patch': write('export', 'patch'),
  'export.delete': write('export', 'delete'),
  'imports.get': read('imports'),
  'imports.post': write('imports', 'post'),
  'import.get': read('import'),
  'import.put': write('import', 'put'),
  'import.patch': write('import', 'patch'),
  'import.delete': write('import', 'delete'),
  'ashares.get': read('ashares'),
  'ashares.post': write('ashares', 'post'),
  'ashare.get': read('ashare'),
  'ashare.put': write('ashare', 'put'),
  'ashare.delete': write('ashare', 'delete'),
  'revisions.get': read('revisions'),
  'revisions.post': write('revisions', 'post'),
  'revision.get': read('revision'),
  'revision.revert': write('revision', 'revert'),
  'audit.get': read('audit'),
  // integrator.io flow runs: running a flow, its jobs, and the errors of its steps
  'flow.run': write('flow', 'run'),
  'jobs.get': read('jobs'),
  'job.get': read('job'),
  'job.cancel': write('job', 'cancel'),
  'flowErrors.get': read('flowErrors'),
  'flowErrors.put': write('flowErrors', 'put'),
  'flowErrors.retry': write('flowErrors', 'retry'),
  'integratedAccounts.get': read('integratedAccounts'),
  'integratedAccounts.post': write('integratedAccounts', 'post'),
  'integratedAccount.get': read('integratedAccount'),
  'integratedAccount.patch': write('integratedAccount', 'patch'),
  'integratedAccount.delete': write('integratedAccount', 'delete'),
  // Truto: an integrated account's MCP servers (creating one also needs the proxy actions its tools run).
  'mcpServers.get': read('mcpServers'),
  'mcpServers.post': write('mcpServers', 'post'),
  'mcpServer.get': read('mcpServer'),
  'mcpServer.patch': write('mcpServer', 'patch'),
  'mcpServer.delete': write('mcpServer', 'delete'),
  'proxy.get': read('proxy'),
  'proxy.post': write('proxy', 'post'),
  'proxy.patch': write('proxy', 'patch'),
  'proxy.delete': write('proxy', 'delete'),
  // Truto: environments are applications; environment integrations are installs.
  'environments.get': read('environments'),
  'environment.get': read('environment'),
  'environmentIntegrations.get': read('environmentIntegrations'),
  'environmentIntegrations.post': write('environmentIntegrations', 'post'),
  'environmentIntegration.get': read('environmentIntegration'),
  'environmentIntegration.patch': write('environmentIntegration', 'patch'),
  'environmentIntegration.delete': write('environmentIntegration', 'delete'),
  // Truto outbound webhooks and their delivery log (`/log?log_type=webhook`)
  'webhooks.get': read('webhooks'),
  'webhooks.post': write('webhooks', 'post'),
  'webhook.get': read('webhook'),
  'webhook.patch': write('webhook', 'patch'),
  'webhook.delete': write('webhook', 'delete'),
  // A test sends a request to the subscriber: a write.
  'webhook.test': write('webhook', 'test'),
  'logs.get': read('logs'),
  // Server metrics span every organization: only a token issued for them reads them, no tenant-wide scope.
  'metrics.get': own('metrics', 'get'),
} as const satisfies Record<string, readonly string[]>;

export type Action = keyof typeof ACTION_SCOPES;

const ACTION_SCOPE_SETS = new Map<string, ReadonlySet<string>>(
  Object.entries(ACTION_SCOPES).map(([action, scopes]) => [action, new Set(scopes)]),
);

export function scopesAllow(scopes: readonly string[], action: Action): boolean {
  const allowed = ACTION_SCOPE_SETS.get(action);
  return allowed !== undefined && scopes.some((s) => allowed.has(s));
}

/** Every scope name a token may be issued with. */
export const KNOWN_SCOPES: readonly string[] = [...new Set(Object.values(ACTION_SCOPES).flat())].sort();

/** Actions beyond any one application: a scope allowing one of them is an organization scope. */
const ORGANIZATION_ACTIONS: readonly Action[] = ['applications.get', 'applications.post'];

const SCOPE_ACTIONS = new Map<string, ReadonlySet<string>>(
  KNOWN_SCOPES.map((scope) => [
    scope,
    new Set(Object.entries(ACTION_SCOPES).flatMap(([action, scopes]) => ((scopes as readonly string[]).includes(scope) ? [action] : []))),
  ]),
);

/** The scopes of this list that no action of the table knows. */
export function unknownScopes(scopes: readonly string[]): string[] {
  return scopes.filter((s) => !SCOPE_ACTIONS.has(s));
}

/**
 * Whether `granted` covers `scope`: every action the scope allows is allowed by some granted scope.
 * So `integration.*` covers `integration.get`, `all.Application.read` covers only reads, and an unknown
 * scope (which allows nothing) neither covers nor is covered.
 */
export function scopesCover(granted: readonly string[], scope: string): boolean {
  const needed = SCOPE_ACTIONS.get(scope);
  if (!needed) return false;
  const held = new Set(granted.flatMap((s) => [...(SCOPE_ACTIONS.get(s) ?? [])]));
  for (const action of needed) if (!held.has(action)) return false;
  return true;
}

/** The scopes of this list that reach beyond one application (`all.Organization`, `applications.*`, …). */
export function organizationScopes(scopes: readonly string[]): string[] {
  return scopes.filter((s) => ORGANIZATION_ACTIONS.some((action) => SCOPE_ACTIONS.get(s)?.has(action)));
}
