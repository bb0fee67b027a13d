import { Type } from 'typebox';
import { TrutoError as TrutoErrorShape } from '../truto/schemas.js';

/** Truto's error body under its own id: two plugins may not register one schema id twice. */
export const TrutoError = { ...TrutoErrorShape, $id: 'TrutoProxyError' };

export const errorResponses = {
  400: Type.Ref('TrutoProxyError'),
  401: Type.Ref('TrutoProxyError'),
  403: Type.Ref('TrutoProxyError'),
  404: Type.Ref('TrutoProxyError'),
};

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Json = Type.Record(Type.String(), Type.Unknown());
const Limit = Type.String({ pattern: '^[1-9]\\d{0,3}$' });
const Cursor = Type.String({ minLength: 1, maxLength: 4096 });

export const IdParams = Type.Object({ id: Id });

export const AccountPost = Type.Object(
  {
    integration_id: Id,
    context: Type.Optional(Json),
    authentication_method: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

export const AccountPatch = Type.Object({ context: Json }, { additionalProperties: false });

export const Account = Type.Object({
  id: Type.String(),
  integration_id: Type.String(),
  environment_id: Type.Union([Type.String(), Type.Null()]),
  authentication_method: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  /** Secrets replaced with a mask. */
  context: Type.Object({}, { additionalProperties: true }),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const AccountListQuery = Type.Object(
  { integration_id: Type.Optional(Id), next_cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  { additionalProperties: false },
);

export const AccountList = Type.Object({
  result: Type.Array(Account),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
  limit: Type.Integer(),
});

export const Call = Type.Object({
  id: Type.String(),
  integration_id: Type.Union([Type.String(), Type.Null()]),
  integrated_account_id: Type.String(),
  resource: Type.String(),
  method: Type.String(),
  http_method: Type.String(),
  path: Type.String(),
  status: Type.Union([Type.Integer(), Type.Null()]),
  duration_ms: Type.Integer(),
  attempts: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
  /** Junction: the integrator.io job (flow run) the call was made for. */
  job_id: Type.Optional(Type.String()),
  created_at: Type.String(),
});

export const CallListQuery = Type.Object(
  { next_cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  { additionalProperties: false },
);
export const CallList = Type.Object({
  result: Type.Array(Call),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
  limit: Type.Integer(),
});

/** Unknown parameters are the caller's, forwarded upstream. */
export const ProxyQuery = Type.Object(
  { integrated_account_id: Id, next_cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  { additionalProperties: Type.Union([Type.String(), Type.Array(Type.String())]) },
);

export const ResourceParams = Type.Object({ resource: Type.String({ minLength: 1, maxLength: 255 }) });
export const ResourceIdParams = Type.Object({
  resource: Type.String({ minLength: 1, maxLength: 255 }),
  id: Type.String({ minLength: 1, maxLength: 1024 }),
});
export const ResourceMethodParams = Type.Object({
  resource: Type.String({ minLength: 1, maxLength: 255 }),
  method: Type.String({ minLength: 1, maxLength: 255, description: "The custom method's name" }),
});

export const ProxyList = Type.Object({
  result: Type.Array(Type.Unknown()),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
  result_count: Type.Integer(),
});

/** The upstream's own body, whatever it is. */
export const Passthrough = Type.Unknown();
export const ProxyBody = Type.Union([Json, Type.Array(Type.Unknown())]);

export const AuthorizeParams = Type.Object({ integrated_account_id: Id });
export const CallbackQuery = Type.Object({
  state: Type.Optional(Type.String({ maxLength: 4096 })),
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  error: Type.Optional(Type.String({ maxLength: 1024 })),
  error_description: Type.Optional(Type.String({ maxLength: 4096 })),
});

/** An MCP server of an integrated account: what it exposes (absent or empty: everything). */
const McpConfig = Type.Object(
  {
    methods: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 128 }), {
        maxItems: 100,
        description: '`read` (list, get), `write` (create, update, delete), `custom`, or method names',
      }),
    ),
    tags: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 128 }), { maxItems: 100, description: "Tags set in the config's `tool_tags`" }),
    ),
  },
  { additionalProperties: false },
);
const McpName = Type.String({ minLength: 1, maxLength: 255 });

export const McpParams = Type.Object({ integrated_account_id: Id });
export const McpIdParams = Type.Object({ integrated_account_id: Id, id: Id });
export const McpPost = Type.Object({ name: McpName, config: Type.Optional(McpConfig) }, { additionalProperties: false });
export const McpPatch = Type.Object(
  { name: Type.Optional(McpName), config: Type.Optional(McpConfig) },
  { additionalProperties: false, minProperties: 1 },
);
const mcpFields = {
  id: Type.String(),
  name: Type.String(),
  integrated_account_id: Type.String(),
  /** The server's endpoint, for an MCP client (Streamable HTTP). */
  url: Type.String(),
  config: McpConfig,
  created_at: Type.String(),
  updated_at: Type.String(),
};
export const McpServerView = Type.Object(mcpFields);
export const McpServerCreated = Type.Object({
  ...mcpFields,
  token: Type.String({ description: 'The bearer token MCP clients send; shown only here' }),
});
export const McpList = Type.Object({
  result: Type.Array(McpServerView),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
  limit: Type.Integer(),
});
