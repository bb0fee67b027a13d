/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import { INTEGRATION_DEFAULTS } from '../../../src/core/integrations/integration-service.js';
import type { JsonObject } from '../../../src/lib/json.js';
import { call, type TestServer } from '../../helpers/server.js';

/** An organization-wide integration with this declarative config, as the Truto surface would store it. */
export async function createIntegration(server: TestServer, config: JsonObject, organizationId = server.tenant.organizationId) {
  return server.core.integrations.create(
    { principal: null, source: 'system' },
    { organizationId, applicationId: null },
    { ...INTEGRATION_DEFAULTS, name: `api-${Math.random().toString(36).slice(2, 8)}`, config },
  );
}

/** Connects an account through the HTTP API and returns its id. */
export async function connect(server: TestServer, integrationId: string, context: JsonObject, extra: JsonObject = {}): Promise<string> {
  const reply = await call(server, 'POST', '/integrated-account', { body: { integration_id: integrationId, context, ...extra } });
  if (reply.status !== 201) throw new Error(`connect failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as any).id;
}

/** An OAuth integration whose provider and API are the local server at `baseUrl`. */
export function oauthConfig(baseUrl: string, format: 'oauth2' | 'oauth2_client_credentials', resources: JsonObject): JsonObject {
  return {
    base_url: baseUrl,
    credentials: {
      format,
      config: {
        client: { id: 'cid', secret: 'csecret' },
        auth: { tokenHost: baseUrl, tokenPath: '/oauth/token', authorizeHost: 'https://provider.example', authorizePath: '/authorize' },
        scope: ['read', 'write'],
        options: { authorizationMethod: 'header', bodyFormat: 'form' },
      },
    },
    resources,
  };
}

/** The example config of the Truto "Update Integration" page (seed 004), pointed at a local server. */
export function seedConfig(baseUrl: string): JsonObject {
  return {
    base_url: baseUrl,
    label: 'Example API Integration',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'truto' },
    query: { search: '{{search_query}}', filter: '{{filter_criteria}}' },
    query_array_format: 'comma',
    credentials: {
      oauth2: {
        format: 'oauth2',
        config: {
          client: { id: 'your-client-id', secret: 'your-client-secret' },
          auth: { tokenHost: baseUrl, tokenPath: '/oauth/token', refreshPath: '/oauth/refresh' },
          options: { scopeSeparator: ' ', authorizationMethod: 'header', bodyFormat: 'form' },
          tokenParams: { grant_type: 'client_credentials' },
          refreshParams: { grant_type: 'refresh_token' },
          tokenExpiryDuration: '3600',
        },
      },
    },
    authorization: { format: 'bearer', config: { token: '{{oauth.token.access_token}}' } },
    pagination: { format: 'page', config: { page_key: 'page', limit_key: 'per_page' } },
    rate_limit: {
      is_rate_limited: true,
      retry_after_header_expression: 'Retry-After',
      rate_limit_header_expression: 'X-RateLimit-Remaining',
    },
    resources: {
      users: {
        list: {
          method: 'get',
          path: '/users',
          response_path: 'data.users',
          headers: { Authorization: 'Bearer {{oauth.token.access_token}}' },
          query: { page: '{{pagination.page}}', per_page: '{{pagination.per_page}}' },
          pagination: { format: 'page', config: { page_key: 'page', limit_key: 'per_page' } },
          authorization: { format: 'bearer', config: { token: '{{oauth.token.access_token}}' } },
          rate_limit: {
            is_rate_limited: true,
            retry_after_header_expression: 'Retry-After',
            rate_limit_header_expression: 'X-RateLimit-Remaining',
          },
        },
      },
      orders: {
        create: {
          method: 'post',
          path: '/orders',
          body: { user_id: '{{context.user_id}}', items: '{{context.items}}' },
          response_path: 'data.order',
          headers: { Authorization: 'Bearer {{oauth.token.access_token}}' },
          authorization: { format: 'bearer', config: { token: '{{oauth.token.access_token}}' } },
        },
      },
    },
    error_expression: '{{response.error}}',
  };
}
