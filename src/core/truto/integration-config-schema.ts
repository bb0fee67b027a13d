/* biome-ignore-all lint/suspicious/noThenProperty: `then` is the JSON Schema keyword of if/then/else */
/**
 * JSON Schema (draft-07) of Truto's declarative API definition, the integration `config`. Served at
 * `/schemas/integration-config.json`. `x-jsonata: true` marks strings that must parse as JSONata (a whole
 * `{{…}}` placeholder is accepted there too, as Truto's own examples write one). Placeholder syntax is
 * checked in every string by the validator. Nested configs accept keys beyond those named here: the
 * vendor-specific ones vary, and only the top level is closed, to catch misspelt sections.
 */
const expression = { type: 'string', 'x-jsonata': true };
const text = { type: 'string' };
const stringMap = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } };
const anyMap = { type: 'object' };
const formatOf = (values: string[]) => ({ type: 'string', enum: values });
const when = (format: string, config: object) => ({
  if: { required: ['format'], properties: { format: { const: format } } },
  then: { properties: { config } },
});

export const CREDENTIAL_FORMATS = ['api_key', 'oauth2', 'oauth2_client_credentials', 'oauth', 'keka_oauth'];
export const AUTHORIZATION_FORMATS = ['bearer', 'header', 'basic'];
export const PAGINATION_FORMATS = ['page', 'offset', 'cursor', 'link_header', 'range', 'dynamic'];
export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const field = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    label: text,
    type: formatOf(['text', 'password', 'single_select']),
    required: { type: 'boolean' },
    format: formatOf(['email', 'number', 'uuid', 'url']),
    transform: formatOf(['lowercase', 'uppercase', 'sha256']),
    placeholder: text,
    help_text: text,
    pattern: text,
    options: { type: 'array', items: { type: 'object', required: ['value'], properties: { label: text, value: {} } } },
  },
};

const oauthHosts = {
  type: 'object',
  properties: { tokenHost: text, tokenPath: text, authorizeHost: text, authorizePath: text, refreshPath: text, revokePath: text },
};

const credentialConfig = {
  type: 'object',
  properties: { fields: { type: 'array', items: { $ref: '#/definitions/field' } }, documentation_link: text, permissions_text: text },
};

const credential = {
  type: 'object',
  required: ['format'],
  properties: { format: formatOf(CREDENTIAL_FORMATS), config: credentialConfig },
  allOf: [
    when('oauth2', {
      properties: {
        client: { type: 'object', properties: { id: text, secret: text } },
        auth: oauthHosts,
        scope: { type: ['array', 'string'], items: text },
        options: {
          type: 'object',
          properties: { scopeSeparator: text, authorizationMethod: formatOf(['header', 'body']), bodyFormat: formatOf(['form', 'json']) },
        },
        tokenParams: anyMap,
        refreshParams: anyMap,
        tokenExpiryDuration: { type: ['string', 'number'] },
      },
    }),
    when('oauth2_client_credentials', { properties: { auth: oauthHosts } }),
    when('oauth', { properties: { requestTokenUrl: text, authorizeUrl: text, tokenUrl: text } }),
  ],
};

const authorization = {
  type: 'object',
  required: ['format'],
  properties: { format: formatOf(AUTHORIZATION_FORMATS), config: anyMap },
  allOf: [
    when('header', { properties: { header_name: text, header_value: text, expression } }),
    when('basic', { properties: { username: text, password: text } }),
    when('bearer', { properties: { token: text, value: text } }),
  ],
};

const pagination = {
  type: ['object', 'null'],
  required: ['format'],
  properties: { format: formatOf(PAGINATION_FORMATS), config: anyMap },
  allOf: [
    when('page', { properties: { page_key: text, limit_key: text } }),
    when('offset', { properties: { offset_key: text, limit_key: text } }),
    when('cursor', {
      properties: {
        cursor_path: text,
        prev_cursor_path: text,
        cursor_key: text,
        has_next_path: text,
        limit_key: text,
        max_limit: { type: 'number' },
      },
    }),
    when('dynamic', {
      properties: {
        get_initial_pagination_values_expression: expression,
        get_pagination_values_expression: expression,
        get_cursor_from_response_expression: expression,
      },
    }),
  ],
};

const rateLimit = {
  type: 'object',
  properties: {
    is_rate_limited: { type: ['string', 'boolean'], 'x-jsonata': true },
    retry_after_header_expression: expression,
    rate_limit_header_expression: expression,
  },
};

const method = {
  type: 'object',
  required: ['path'],
  properties: {
    path: text,
    method: formatOf(HTTP_METHODS),
    base_url: text,
    headers: stringMap,
    query: anyMap,
    query_array_format: { $ref: '#/definitions/query_array_format' },
    body: {},
    body_format: formatOf(['json', 'form', 'multipart', 'raw', 'xml']),
    response_path: text,
    pagination_path: text,
    pagination: { $ref: '#/definitions/pagination' },
    authorization: { $ref: '#/definitions/authorization' },
    rate_limit: { $ref: '#/definitions/rate_limit' },
    error_expression: expression,
    description: text,
    api_documentation_url: text,
    scopes: { type: 'array', items: text },
    examples: anyMap,
    no_auth: { type: 'boolean' },
  },
};

const step = {
  type: 'object',
  required: ['type'],
  properties: { type: formatOf(['request', 'transform', 'update_context', 'set_context', 'get_context', 'form']), config: anyMap },
  allOf: [
    {
      if: { required: ['type'], properties: { type: { const: 'request' } } },
      then: { properties: { config: { $ref: '#/definitions/method' } } },
    },
  ],
};

export const INTEGRATION_CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: '/schemas/integration-config.json',
  title: 'Truto integration config (declarative API definition)',
  type: 'object',
  additionalProperties: false,
  definitions: {
    field,
    credential,
    authorization,
    pagination,
    rate_limit: rateLimit,
    method,
    step,
    query_array_format: formatOf(['comma', 'brackets', 'indices', 'repeat']),
  },
  properties: {
    label: text,
    base_url: text,
    logo: text,
    icon: text,
    headers: stringMap,
    query: anyMap,
    query_array_format: { $ref: '#/definitions/query_array_format' },
    // One format, or a map of formats keyed by format name (one Link UI tab each).
    credentials: {
      type: 'object',
      if: { required: ['format'] },
      then: { $ref: '#/definitions/credential' },
      else: { propertyNames: { enum: CREDENTIAL_FORMATS }, additionalProperties: { $ref: '#/definitions/credential' } },
    },
    authorization: { $ref: '#/definitions/authorization' },
    pagination: { $ref: '#/definitions/pagination' },
    rate_limit: { $ref: '#/definitions/rate_limit' },
    resources: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { $ref: '#/definitions/method' } } },
    // `{steps: [...]}`, or the older flat shape: a single step.
    actions: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        if: { required: ['steps'] },
        then: { properties: { steps: { type: 'array', items: { $ref: '#/definitions/step' } } } },
        else: { $ref: '#/definitions/step' },
      },
    },
    webhook: {
      type: 'object',
      properties: {
        signature_verification: {
          type: 'object',
          required: ['format'],
          properties: {
            format: { type: 'string', minLength: 1 },
            config: {
              type: 'object',
              properties: { algorithm: text, secret: text, parts: { type: 'array', items: text }, compare_with: text },
            },
          },
        },
        handle_verification: expression,
        payload_transform: expression,
      },
    },
    error_expression: expression,
    tool_tags: { type: 'object', additionalProperties: { type: 'array', items: text } },
  },
} as const;
