import { encrypt } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import type { JsonObject } from '../../lib/json.js';
import {
  changedSecrets,
  extractSecrets,
  keepMaskedSecrets,
  maskSecrets,
  REDACTED,
  restoreSecrets,
  type SecretMap,
} from '../../lib/secrets.js';
import type { IntegrationRow, IntegrationUpdate } from '../../store/tables.js';
import { openSealedText } from '../shared/sealed-json.js';

export type Sharing = 'allow' | 'ask' | 'deny';

/** One integration, whichever surface made it. */
export interface Integration {
  id: string;
  organizationId: string;
  applicationId: string | null;
  name: string;
  description: string | null;
  integrationType: string | null;
  category: string | null;
  enabled: boolean;
  sharing: Sharing;
  isBeta: boolean;
  version: number;
  /** Surface- and type-specific fields (Losant topics, mqttConfig, …), secrets included. */
  attributes: JsonObject;
  /** Declarative API definition (Truto config), secrets included. */
  config: JsonObject;
  settings: JsonObject;
  createdAt: string;
  updatedAt: string;
  /** The connection status of an integration of a Losant type (read views only; never stored with it). */
  status?: IntegrationStatus;
}

/** The Losant integration `status`: times in ms since the epoch. */
export interface IntegrationStatus {
  connectInfo: { ts: number | null };
  disconnectInfo: { ts: number | null; error?: string };
  lastKeepAlive?: number;
  nextAttempt?: number;
}

/** The fields a write may set. */
export type IntegrationFields = Pick<
  Integration,
  'name' | 'description' | 'integrationType' | 'category' | 'enabled' | 'sharing' | 'isBeta' | 'attributes' | 'config' | 'settings'
>;

interface SealedSecrets {
  attributes?: SecretMap;
  config?: SecretMap;
  settings?: SecretMap;
}

type SealedField = keyof SealedSecrets;
const SEALED_FIELDS: SealedField[] = ['attributes', 'config', 'settings'];

type SplitSecrets = ReturnType<typeof splitSecrets>;

/** Splits secrets out of the JSON fields; the rest is stored in clear. No encryption happens here. */
export function splitSecrets(fields: IntegrationFields) {
  const plain: Record<SealedField, JsonObject> = { attributes: {}, config: {}, settings: {} };
  const secrets: SealedSecrets = {};
  for (const field of SEALED_FIELDS) {
    const split = extractSecrets(fields[field]);
    plain[field] = split.plain as JsonObject;
    if (Object.keys(split.secrets).length > 0) secrets[field] = split.secrets;
  }
  return { plain, secrets };
}

export function fieldsToColumns(key: Buffer, fields: IntegrationFields) {
  const { plain, secrets } = splitSecrets(fields);
  const sealed = Object.keys(secrets).length > 0 ? encrypt(key, JSON.stringify(secrets)) : null;
  return columnsOf(fields, plain, sealed);
}

function columnsOf(fields: IntegrationFields, plain: Record<SealedField, JsonObject>, sealed: string | null) {
  return {
    name: fields.name,
    name_lower: fields.name.toLowerCase(),
    description: fields.description,
    integration_type: fields.integrationType,
    category: fields.category,
    enabled: fields.enabled ? 1 : 0,
    sharing: fields.sharing,
    is_beta: fields.isBeta ? 1 : 0,
    attributes: JSON.stringify(plain.attributes),
    config: JSON.stringify(plain.config),
    settings: JSON.stringify(plain.settings),
    secrets: sealed,
  };
}

export function rowToIntegration(key: Buffer, row: IntegrationRow): Integration {
  const secrets: SealedSecrets = row.secrets ? JSON.parse(openSealedText(key, row.secrets)) : {};
  const open = (field: SealedField, text: string): JsonObject => {
    const value = JSON.parse(text) as JsonObject;
    const map = secrets[field];
    return map ? restoreSecrets(value, map) : value;
  };
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    name: row.name,
    description: row.description,
    integrationType: row.integration_type,
    category: row.category,
    enabled: Boolean(row.enabled),
    sharing: row.sharing as Sharing,
    isBeta: Boolean(row.is_beta),
    version: Number(row.version),
    attributes: open('attributes', row.attributes),
    config: open('config', row.config),
    settings: open('settings', row.settings),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function viewOf(integration: IntegrationFields, plain: Record<SealedField, JsonObject>) {
  const { attributes, config, settings, ...rest } = integration;
  return { ...rest, attributes: plain.attributes, config: plain.config, settings: plain.settings };
}

/** Secret-free view used for audit diffs. */
export function auditView(integration: IntegrationFields) {
  return viewOf(integration, splitSecrets(integration).plain);
}

/** Secret-free views of two versions, and the secret paths whose values differ (each side split once). */
export function auditChange(before: IntegrationFields, after: IntegrationFields) {
  return auditChangeOf(before, after, splitSecrets(before), splitSecrets(after));
}

function auditChangeOf(before: IntegrationFields, after: IntegrationFields, a: SplitSecrets, b: SplitSecrets) {
  // One map over the three fields, each pointer under its field's name (`/config/api_key`).
  const flat = (s: SealedSecrets): SecretMap =>
    Object.fromEntries(SEALED_FIELDS.flatMap((f) => Object.entries(s[f] ?? {}).map(([p, v]) => [`/${f}${p}`, v])));
  return {
    before: viewOf(before, a.plain),
    after: viewOf(after, b.plain),
    changedSecrets: changedSecrets(flat(a.secrets), flat(b.secrets)),
  };
}

/**
 * A write of `next` over the stored `row` (decoded as `current`): the columns it changes — the secrets
 * re-sealed only when they changed — so the update leaves the other columns' indexes alone, and its
 * audit change (each side split once).
 */
export function integrationWrite(key: Buffer, row: IntegrationRow, current: IntegrationFields, next: IntegrationFields) {
  const a = splitSecrets(current);
  const b = splitSecrets(next);
  const secretsText = Object.keys(b.secrets).length > 0 ? JSON.stringify(b.secrets) : null;
  const currentText = Object.keys(a.secrets).length > 0 ? JSON.stringify(a.secrets) : null;
  const sealed = secretsText === currentText ? row.secrets : secretsText === null ? null : encrypt(key, secretsText);
  const all = columnsOf(next, b.plain, sealed);
  const columns: IntegrationUpdate = {};
  for (const [column, value] of Object.entries(all) as Array<[keyof typeof all, string | number | null]>) {
    if (!sameColumn(value, row[column])) (columns as Record<string, unknown>)[column] = value;
  }
  return { columns, audit: auditChangeOf(current, next, a, b) };
}

/** A column value as written and as read back (PostgreSQL may read a number as text). */
const sameColumn = (written: unknown, stored: unknown) =>
  written === stored || (written !== null && stored !== null && String(written) === String(stored));

/** The integration as answers show it, on every surface: secret values masked. */
export function maskedIntegration(integration: Integration): Integration {
  return {
    ...integration,
    attributes: maskSecrets(integration.attributes),
    config: maskSecrets(integration.config),
    settings: maskSecrets(integration.settings),
  };
}

/** Where a field of `attributes` is in answers: surfaces show attributes at the top level. */
const fieldPath = (field: SealedField, pointer: string) =>
  `${field === 'attributes' ? '' : `${field}.`}${pointer.slice(1).replaceAll('/', '.')}`;

/**
 * A write in which masked secrets (sent back as read) keep the stored values; a mask where nothing is
 * stored is a 400, as a client cannot mean it.
 */
export function keepStoredSecrets(next: IntegrationFields, current: IntegrationFields | null): IntegrationFields {
  const kept = { ...next };
  const unmatched: string[] = [];
  for (const field of SEALED_FIELDS) {
    const result = keepMaskedSecrets(next[field], current?.[field] ?? {});
    kept[field] = result.tree;
    unmatched.push(...result.unmatched.map((pointer) => fieldPath(field, pointer)));
  }
  if (unmatched.length > 0) {
    const details = unmatched.map((path) => ({ path, message: `${path} holds the mask ${REDACTED} but no secret is stored there` }));
    throw new AppError('validation', details.map((d) => d.message).join('; '), details);
  }
  return kept;
}
