import { type TSchema, Type } from 'typebox';

/** Truto ids are uuids; Junction's are 24 hex characters (any case), valid for every surface. */
export const Id = Type.String({ pattern: '^[A-Fa-f\\d]{24}$' });
export const IdParams = Type.Object({ id: Id });

/** A slug: lower-case letters, digits, `_` and `-`, starting with a letter or digit. */
const Slug = Type.String({ minLength: 1, maxLength: 255, pattern: '^[a-z0-9][a-z0-9_-]*$' });
const Sharing = Type.Union([Type.Literal('allow'), Type.Literal('ask'), Type.Literal('deny')]);
const JsonObject = Type.Record(Type.String(), Type.Unknown());
const Digits = Type.String({ pattern: '^\\d{1,9}$' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const TrutoError = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.String(),
    details: Type.Optional(
      Type.Object({ failures: Type.Array(Type.Object({ path: Type.Optional(Type.String()), message: Type.String() })) }),
    ),
  },
  { $id: 'TrutoError' },
);

export const errorResponses = {
  400: Type.Ref('TrutoError'),
  401: Type.Ref('TrutoError'),
  403: Type.Ref('TrutoError'),
  404: Type.Ref('TrutoError'),
};

/** `limit` and the opaque `next_cursor` every list takes. */
export const pageQuery = {
  limit: Type.Optional(Digits),
  next_cursor: Type.Optional(Type.String({ maxLength: 512 })),
};

export const listOf = (item: TSchema) =>
  Type.Object({ result: Type.Array(item), next_cursor: Nullable(Type.String()), limit: Type.Integer() });

export const Deleted = Type.Object({ id: Type.String() });

const Team = Type.Object({
  id: Type.String(),
  name: Type.String(),
  domain: Nullable(Type.String()),
  logo: Nullable(Type.String()),
  is_verified: Type.Boolean(),
  is_white_label: Type.Boolean(),
  tos_link: Nullable(Type.String()),
  allow_impersonation: Type.Boolean(),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const Integration = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: Nullable(Type.String()),
  is_beta: Type.Boolean(),
  config: JsonObject,
  sharing: Type.String(),
  version: Type.Integer(),
  team_id: Type.String(),
  team: Team,
  installed_environment: Type.Array(Type.String()),
  can_install: Type.Boolean(),
  is_installed: Type.Optional(Type.Boolean()),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const IntegrationListQuery = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 255 })),
    category: Type.Optional(Type.String({ maxLength: 255 })),
    sharing: Type.Optional(Sharing),
    'id[in]': Type.Optional(Type.String({ maxLength: 25_000 })),
    ...pageQuery,
  },
  { additionalProperties: false },
);

export const IntegrationGetQuery = Type.Object({ environment_id: Type.Optional(Id) }, { additionalProperties: false });

export const IntegrationPost = Type.Object(
  {
    name: Slug,
    category: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
    config: Type.Optional(JsonObject),
    is_beta: Type.Optional(Type.Boolean()),
    sharing: Type.Optional(Sharing),
  },
  { additionalProperties: false },
);

export const IntegrationPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Slug),
    category: Type.Optional(Nullable(Type.String({ maxLength: 255 }))),
    config: Type.Optional(JsonObject),
    is_beta: Type.Optional(Type.Boolean()),
    sharing: Type.Optional(Sharing),
  },
  { additionalProperties: false },
);

export const Environment = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  team_id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const EnvironmentIntegration = Type.Object({
  id: Type.String(),
  integration_id: Type.String(),
  environment_id: Type.String(),
  override: JsonObject,
  is_enabled: Type.Boolean(),
  status: Type.Union([Type.Literal('active'), Type.Literal('pending')]),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const InstallPost = Type.Object(
  {
    integration_id: Id,
    environment_id: Type.Optional(Id),
    is_enabled: Type.Optional(Type.Boolean()),
    override: Type.Optional(JsonObject),
  },
  { additionalProperties: false },
);

export const InstallPatch = Type.Object(
  {
    override: Type.Optional(JsonObject),
    is_enabled: Type.Optional(Type.Boolean()),
    status: Type.Optional(Type.Literal('active')),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const InstallListQuery = Type.Object({ integration_id: Type.Optional(Id), ...pageQuery }, { additionalProperties: false });
export const PageQuery = Type.Object({ ...pageQuery }, { additionalProperties: false });

const EventType = Type.String({ minLength: 1, maxLength: 128 });

export const Webhook = Type.Object({
  id: Type.String(),
  target_url: Type.String(),
  is_active: Type.Boolean(),
  event_types: Type.Array(Type.String()),
  environment_id: Nullable(Type.String()),
  created_at: Type.String(),
  updated_at: Type.String(),
});

/** Create's answer: the webhook with its signing secret (shown this once). */
export const WebhookCreated = Type.Intersect([Webhook, Type.Object({ secret: Type.String() })]);

export const WebhookPost = Type.Object(
  {
    target_url: Type.String({ minLength: 1, maxLength: 2048 }),
    event_types: Type.Array(EventType, { minItems: 1, maxItems: 100 }),
    is_active: Type.Optional(Type.Boolean()),
    environment_id: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const WebhookPatch = Type.Object(
  {
    target_url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    event_types: Type.Optional(Type.Array(EventType, { minItems: 1, maxItems: 100 })),
    is_active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const WebhookTest = Type.Object({ id: Id }, { additionalProperties: false });

const IsoTime = Type.String({ format: 'date-time' });

export const LogQuery = Type.Object(
  {
    log_type: Type.Literal('webhook'),
    webhook_id: Type.Optional(Type.String({ maxLength: 64 })),
    'created_at[gte]': Type.Optional(IsoTime),
    'created_at[lte]': Type.Optional(IsoTime),
    ...pageQuery,
  },
  { additionalProperties: false },
);

export const WebhookLog = Type.Object({
  id: Type.String(),
  log_type: Type.Literal('webhook'),
  webhook_id: Type.String(),
  delivery_id: Nullable(Type.String()),
  event_id: Type.String(),
  event_type: Type.String(),
  attempt: Type.Integer(),
  target_url: Type.String(),
  status: Nullable(Type.Integer()),
  latency_ms: Type.Integer(),
  error: Nullable(Type.String()),
  environment_id: Nullable(Type.String()),
  created_at: Type.String(),
});
