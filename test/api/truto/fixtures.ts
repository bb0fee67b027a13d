/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
// The full example config of the "Update Integration" contract (seed 004), verbatim.
export const SEED_CONFIG = {
  base_url: 'https://127.0.0.1:9',
  label: 'Example API Integration',
  logo: 'https://127.0.0.1:9/logo.png',
  icon: 'https://127.0.0.1:9/icon.png',
  headers: {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'User-Agent': 'truto',
  },
  query: {
    search: '{{search_query}}',
    filter: '{{filter_criteria}}',
  },
  query_array_format: 'comma',
  actions: {
    sync_users: {
      type: 'request',
      config: {
        method: 'post',
        path: '/sync/users',
        headers: {
          Authorization: 'Bearer {{oauth.token.access_token}}',
        },
        body: {
          users: '{{context.users}}',
        },
      },
    },
  },
  credentials: {
    oauth2: {
      format: 'oauth2',
      config: {
        client: {
          id: 'your-client-id',
          secret: 'your-client-secret',
        },
        auth: {
          tokenHost: 'https://127.0.0.1:9',
          tokenPath: '/oauth/token',
          refreshPath: '/oauth/refresh',
        },
        options: {
          scopeSeparator: ' ',
          authorizationMethod: 'header',
          bodyFormat: 'form',
        },
        fields: [
          {
            name: 'client_id',
            label: 'Client ID',
            type: 'text',
            required: true,
          },
          {
            name: 'client_secret',
            label: 'Client Secret',
            type: 'password',
            required: true,
          },
        ],
        tokenParams: {
          grant_type: 'client_credentials',
        },
        refreshParams: {
          grant_type: 'refresh_token',
        },
        tokenExpiryDuration: '3600',
      },
    },
  },
  authorization: {
    format: 'bearer',
    config: {
      token: '{{oauth.token.access_token}}',
    },
  },
  pagination: {
    format: 'page',
    config: {
      page_key: 'page',
      limit_key: 'per_page',
    },
  },
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
        headers: {
          Authorization: 'Bearer {{oauth.token.access_token}}',
        },
        query: {
          page: '{{pagination.page}}',
          per_page: '{{pagination.per_page}}',
        },
        pagination: {
          format: 'page',
          config: {
            page_key: 'page',
            limit_key: 'per_page',
          },
        },
        authorization: {
          format: 'bearer',
          config: {
            token: '{{oauth.token.access_token}}',
          },
        },
        rate_limit: {
          is_rate_limited: true,
          retry_after_header_expression: 'Retry-After',
          rate_limit_header_expression: 'X-RateLimit-Remaining',
        },
        examples: {
          response:
            '{\n "data": {\n "users": [\n {\n "id": "123e4567-e89b-12d3-a456-426614174000",\n "name": "John Doe",\n "email": "john.doe@example.com"\n }\n ]\n }\n}\n',
        },
      },
    },
    orders: {
      create: {
        method: 'post',
        path: '/orders',
        body: {
          user_id: '{{context.user_id}}',
          items: '{{context.items}}',
        },
        response_path: 'data.order',
        headers: {
          Authorization: 'Bearer {{oauth.token.access_token}}',
        },
        authorization: {
          format: 'bearer',
          config: {
            token: '{{oauth.token.access_token}}',
          },
        },
      },
    },
  },
  webhook: {
    signature_verification: {
      format: 'HMAC-SHA256',
      config: {
        secret: 'your-webhook-secret',
        algorithm: 'sha256',
        parts: ['header', 'body'],
      },
    },
    handle_verification: 'verify_webhook_signature',
  },
  error_expression: '{{response.error}}',
};

export const MISSING_ID = '5f0000000000000000000000';

/** A small valid config. */
export const SMALL_CONFIG = { base_url: 'https://127.0.0.1:9', resources: { users: { list: { method: 'get', path: '/users' } } } };

/** Asserts a Truto error body: `{statusCode, error, message, details?}` with the reason phrase in `error`. */
export function assertTrutoError(reply: { status: number; body: any }, status: number, error: string) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(reply.body.statusCode, status);
  assert.equal(reply.body.error, error);
  assert.equal(typeof reply.body.message, 'string');
  for (const key of Object.keys(reply.body)) assert.ok(['statusCode', 'error', 'message', 'details'].includes(key), key);
}

/** The `details.failures` paths of a 400. */
export const failedPaths = (reply: { body: any }): string[] => reply.body.details.failures.map((f: { path: string }) => f.path);
