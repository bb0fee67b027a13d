import type { JsonObject } from '../../lib/json.js';
import { maskSecrets } from '../../lib/secrets.js';
import type { ResourceRow } from '../../store/tables.js';
import { openJson, sealJson } from '../shared/sealed-json.js';

/**
 * One `resources` row of kind `connection` is either a plain integrator.io connection (organization-wide,
 * `attributes` = its integrator.io document) or a connected account (`integration_id` set, application
 * scoped, `attributes` = the Truto context). This module is the one place that tells them apart.
 */
export type AccountRow = ResourceRow & { integration_id: string };

export const isAccountRow = (row: ResourceRow): row is AccountRow => row.kind === 'connection' && row.integration_id !== null;

/**
 * What an account's credentials format means elsewhere: the authorization the engine applies when the
 * config names none, and integrator.io's `http.auth.type` for the account seen as a connection.
 */
const CREDENTIAL_FORMATS: Record<string, { defaultAuthorization: string | null; celigoAuthType: string }> = {
  oauth2: { defaultAuthorization: 'bearer', celigoAuthType: 'oauth' },
  oauth2_client_credentials: { defaultAuthorization: 'bearer', celigoAuthType: 'oauth' },
  oauth: { defaultAuthorization: null, celigoAuthType: 'oauth' },
  keka_oauth: { defaultAuthorization: null, celigoAuthType: 'oauth' },
  api_key: { defaultAuthorization: 'header', celigoAuthType: 'token' },
  basic: { defaultAuthorization: null, celigoAuthType: 'basic' },
};

export const defaultAuthorizationOf = (account: Pick<IntegratedAccount, 'authenticationMethod'>) =>
  CREDENTIAL_FORMATS[account.authenticationMethod ?? '']?.defaultAuthorization ?? null;

/** integrator.io's `http.auth.type` of an account; formats it has no name for are `custom`. */
export const celigoAuthTypeOf = (account: Pick<IntegratedAccount, 'authenticationMethod'>) =>
  CREDENTIAL_FORMATS[account.authenticationMethod ?? '']?.celigoAuthType ?? 'custom';

/** Account statuses: `validation_error` is set by a failed ping and cleared by a successful one. */
export const ACTIVE = 'active';
export const VALIDATION_ERROR = 'validation_error';

/** A connected account: one integration's credentials and variables for one customer. */
export interface IntegratedAccount {
  id: string;
  organizationId: string;
  applicationId: string | null;
  integrationId: string;
  name: string;
  authenticationMethod: string | null;
  status: string;
  /** Credentials included, decrypted: never return this as is. */
  context: JsonObject;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The context with every secret replaced, for answers and audit entries. */
export const redactContext = (context: JsonObject): JsonObject => maskSecrets(context);

/** The stored columns of a context: plain part in `attributes`, secrets sealed. */
export function sealContext(key: Buffer, context: JsonObject): { attributes: string; secrets: string | null } {
  const { plain, sealed } = sealJson(key, context);
  return { attributes: JSON.stringify(plain), secrets: sealed };
}

export function rowToAccount(key: Buffer, row: AccountRow): IntegratedAccount {
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    integrationId: row.integration_id,
    name: row.name,
    authenticationMethod: row.authentication_method,
    status: row.status ?? ACTIVE,
    context: openJson(key, row.attributes, row.secrets),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** How an account appears in its events: no context (no credentials). */
export function accountEventPayload(account: IntegratedAccount) {
  return {
    id: account.id,
    integration_id: account.integrationId,
    environment_id: account.applicationId,
    status: account.status,
    authentication_method: account.authenticationMethod,
    created_at: account.createdAt,
    updated_at: account.updatedAt,
  };
}

const STATUS_EVENTS: Record<
  string,
  'integrated_account:active' | 'integrated_account:reauth_required' | 'integrated_account:authentication_error'
> = {
  active: 'integrated_account:active',
  needs_reauth: 'integrated_account:reauth_required',
  validation_error: 'integrated_account:authentication_error',
};

/** The event a status change makes (none when the status stays, or for `connecting`). */
export const statusEventOf = (before: string | null, after: string) => (before === after ? undefined : STATUS_EVENTS[after]);
