import { type TSchema, Type } from 'typebox';
import { INTEGRATION_TYPES } from '../../core/integrations/type-configs.js';
import { Literals } from '../common/schema.js';

export const ObjectId = Type.String({ pattern: '^[A-Fa-f\\d]{24}$' });
const Str = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const Pem = Str(4, 32767);

export const LosantError = Type.Object({ type: Type.String(), message: Type.String() }, { $id: 'LosantError' });
export const Success = Type.Object({ success: Type.Literal(true) });

export const errorResponses = {
  400: Type.Ref('LosantError'),
  401: Type.Ref('LosantError'),
  403: Type.Ref('LosantError'),
  404: Type.Ref('LosantError'),
};

const Href = Type.Optional(Type.Object({ href: Type.String() }));
/** Fixed link names: a closed object serializes much faster than a record. */
export const Links = Type.Object({
  self: Href,
  application: Href,
  applications: Href,
  integrations: Href,
  apiTokens: Href,
  flows: Href,
});
/** An enum as literals for requests; a plain string in responses (unions are slow to serialize). */
const oneOf = (values: readonly string[], strict: boolean) => (strict ? Literals(values) : Type.String());
const NullableNumber = Type.Unsafe<number | null>({ type: ['number', 'null'] });

/**
 * Per-type config objects. `strict` adds the request constraints (required fields, oneOf, no extra
 * properties); responses use the plain property lists so serialization stays simple.
 */
function typeConfigs(strict: boolean) {
  const obj = (props: Record<string, TSchema>, required: string[] = []) => {
    const properties = Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, strict && required.includes(k) ? v : Type.Optional(v)]),
    );
    return Type.Object(properties, strict ? { additionalProperties: false } : {});
  };
  const mqttConfig = obj(
    {
      clientId: Str(1, 1024),
      username: Str(1, 1024),
      password: Str(1, 1024),
      clean: Type.Boolean(),
      port: Type.Number({ minimum: 1, maximum: 65535 }),
      protocol: oneOf(['mqtt', 'mqtts', 'ws', 'wss'], strict),
      host: Str(1, 1024),
      privateKey: Pem,
      certificate: Pem,
      caCertificate: Pem,
      disableSSLVerification: Type.Boolean(),
      protocolVersion: oneOf(['3.1.1', '5'], strict),
    },
    ['port', 'protocol', 'host'],
  );
  // The contract lists no required fields here; an integration cannot subscribe without both.
  const googlePubSubConfig = obj({ projectId: Str(1, 255), keyJson: Pem }, ['projectId', 'keyJson']);
  const particleConfig = obj(
    { accessToken: Str(1, 1024), productSlugOrId: Str(1, 1024), orgSlugOrId: Str(1, 1024), deviceNameOrId: Str(1, 1024) },
    ['accessToken'],
  );
  const azureProps = { hubName: Str(1, 256), hostName: Str(1, 256), consumerGroup: Str(1, 256), connectionString: Str(1, 1024) };
  // Either a connection string or a host name, never both (JSON Schema oneOf).
  const azureEventHubConfig = Type.Object(
    Object.fromEntries(Object.entries(azureProps).map(([k, v]) => [k, Type.Optional(v)])),
    strict
      ? {
          additionalProperties: false,
          oneOf: [{ required: ['hubName', 'consumerGroup', 'connectionString'] }, { required: ['hubName', 'consumerGroup', 'hostName'] }],
        }
      : {},
  );
  const sqsConfig = obj({ accessKeyId: Str(4, 128), secretAccessKey: Str(4, 128), region: Str(4, 128), queueUrl: Str(1, 256) }, [
    'queueUrl',
  ]);
  const header = Type.Object({ headerKey: Str(1, 1024), headerValue: Str(1, 1024) }, strict ? { additionalProperties: false } : {});
  const websocketConfig = obj(
    {
      url: Str(1, 1024),
      disableSSLVerification: Type.Boolean(),
      username: Str(1, 1024),
      password: Str(1, 1024),
      privateKey: Pem,
      certificate: Pem,
      caCertificate: Pem,
      headers: Type.Array(header, { maxItems: 50 }),
    },
    ['url'],
  );
  return { mqttConfig, googlePubSubConfig, particleConfig, azureEventHubConfig, sqsConfig, websocketConfig };
}

const IntegrationType = Literals(INTEGRATION_TYPES);
const Topics = Type.Array(Str(1, 1024), { uniqueItems: true });

const strictConfigs = typeConfigs(true);
const responseConfigs = typeConfigs(false);

const writable = {
  name: Str(1, 255),
  enabled: Type.Boolean(),
  topics: Topics,
  ...strictConfigs,
};

export const IntegrationPost = Type.Object(
  {
    name: writable.name,
    integrationType: IntegrationType,
    credentialName: Type.Optional(Str(1, 255)),
    enabled: Type.Optional(writable.enabled),
    topics: Type.Optional(Topics),
    ...Object.fromEntries(Object.entries(strictConfigs).map(([k, v]) => [k, Type.Optional(v)])),
  },
  { additionalProperties: false },
);

export const IntegrationPatch = Type.Object(
  {
    name: Type.Optional(writable.name),
    enabled: Type.Optional(writable.enabled),
    credentialName: Type.Optional(Type.Union([Str(1, 255), Type.Null()])),
    topics: Type.Optional(Topics),
    ...Object.fromEntries(Object.entries(strictConfigs).map(([k, v]) => [k, Type.Optional(v)])),
  },
  { additionalProperties: false },
);

const StatusTs = Type.Object({ ts: NullableNumber });

export const Integration = Type.Object(
  {
    id: Type.String(),
    integrationId: Type.String(),
    applicationId: Type.String(),
    creationDate: Type.String({ format: 'date-time' }),
    lastUpdated: Type.String({ format: 'date-time' }),
    name: Type.String(),
    credentialName: Type.Optional(Type.String()),
    integrationType: Type.String(),
    enabled: Type.Boolean(),
    topics: Type.Optional(Type.Array(Type.String())),
    ...Object.fromEntries(Object.entries(responseConfigs).map(([k, v]) => [k, Type.Optional(v)])),
    status: Type.Optional(
      Type.Object({
        lastKeepAlive: Type.Optional(Type.Number()),
        nextAttempt: Type.Optional(Type.Number()),
        connectInfo: Type.Optional(StatusTs),
        disconnectInfo: Type.Optional(Type.Object({ ts: NullableNumber, error: Type.Optional(Type.String()) })),
      }),
    ),
    _type: Type.Literal('integration'),
    _links: Links,
  },
  { $id: 'LosantIntegration' },
);

/** Query parameters the official clients add to every call; accepted and ignored. */
export const clientExtras = {
  _actions: Type.Optional(Type.String()),
  _links: Type.Optional(Type.String()),
  _embedded: Type.Optional(Type.String()),
};

const Digits = Type.String({ pattern: '^\\d{1,9}$' });

export function listQuery(sortFields: readonly string[], filterFields: readonly string[]) {
  return Type.Object(
    {
      sortField: Type.Optional(Literals(sortFields)),
      sortDirection: Type.Optional(Literals(['asc', 'desc', 'ASC', 'DESC', ''])),
      page: Type.Optional(Digits),
      perPage: Type.Optional(Digits),
      filterField: Type.Optional(Literals([...filterFields, ''])),
      filter: Type.Optional(Type.String({ maxLength: 255 })),
      ...clientExtras,
    },
    { additionalProperties: true },
  );
}

export function listResponse(item: TSchema, type: string, withApplicationId = true) {
  return Type.Object({
    items: Type.Array(item),
    count: Type.Integer(),
    totalCount: Type.Integer(),
    perPage: Type.Integer(),
    page: Type.Integer(),
    sortField: Type.String(),
    sortDirection: Type.String(),
    filter: Type.Optional(Type.String()),
    filterField: Type.Optional(Type.String()),
    ...(withApplicationId ? { applicationId: Type.String() } : {}),
    _type: Type.Literal(type),
    _links: Links,
  });
}

export const PlainQuery = Type.Object({ ...clientExtras }, { additionalProperties: true });
export const DeleteIntegrationQuery = Type.Object(
  { includeWorkflows: Type.Optional(Type.String({ pattern: '^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$' })), ...clientExtras },
  { additionalProperties: true },
);

export const AppParams = Type.Object({ applicationId: ObjectId });
export const IntegrationParams = Type.Object({ applicationId: ObjectId, integrationId: ObjectId });
