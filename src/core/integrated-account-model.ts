import { extractSecrets, restoreSecrets } from '../lib/secrets.js';
import type { IntegratedAccountRow } from '../store/tables.js';
import type { JsonObject } from './integration-model.js';
import { openJson, sealJson } from './sealed-json.js';

/** A connected account: one integration's credentials and variables for one customer. */
export interface IntegratedAccount {
  id: string;
  organizationId: string;
  applicationId: string | null;
  integrationId: string;
  authenticationMethod: string | null;
  status: string;
  /** Credentials included, decrypted: never return this as is. */
  context: JsonObject;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const REDACTED = '********';

/** The context with every secret replaced, for answers and audit entries. */
export function redactContext(context: JsonObject): JsonObject {
  const { plain, secrets } = extractSecrets(context);
  return restoreSecrets(plain as JsonObject, Object.fromEntries(Object.keys(secrets).map((path) => [path, REDACTED])));
}

/** Secret paths of a context, as audit field paths. */
export function secretPaths(context: JsonObject): Map<string, unknown> {
  const { secrets } = extractSecrets(context);
  return new Map(Object.entries(secrets).map(([path, value]) => [`context${path.replaceAll('/', '.')}`, value]));
}

export function sealContext(key: Buffer, context: JsonObject): { context: string; secrets: string | null } {
  const { plain, sealed } = sealJson(key, context);
  return { context: JSON.stringify(plain), secrets: sealed };
}

export function rowToAccount(key: Buffer, row: IntegratedAccountRow): IntegratedAccount {
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    integrationId: row.integration_id,
    authenticationMethod: row.authentication_method,
    status: row.status,
    context: openJson(key, row.context, row.secrets),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
