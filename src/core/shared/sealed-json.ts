import { decrypt, encrypt } from '../../lib/crypto.js';
import type { JsonObject } from '../../lib/json.js';
import { extractSecrets, restoreSecrets, type SecretMap } from '../../lib/secrets.js';

/** Splits secret-named fields out of a document; the secrets are returned sealed (or null when none). */
export function sealJson(key: Buffer, doc: JsonObject): { plain: JsonObject; secrets: SecretMap; sealed: string | null } {
  const { plain, secrets } = extractSecrets(doc);
  const sealed = Object.keys(secrets).length > 0 ? encrypt(key, JSON.stringify(secrets)) : null;
  return { plain: plain as JsonObject, secrets, sealed };
}

const OPENED_CACHE_SIZE = 5_000;
const openedByKey = new WeakMap<Buffer, Map<string, string>>();

/** Decrypting is the costliest part of reading a row; the same ciphertext always opens to the same text. */
export function openSealedText(key: Buffer, sealed: string): string {
  let opened = openedByKey.get(key);
  if (!opened) {
    opened = new Map();
    openedByKey.set(key, opened);
  }
  let text = opened.get(sealed);
  if (text === undefined) {
    text = decrypt(key, sealed);
    if (opened.size >= OPENED_CACHE_SIZE) opened.clear();
    opened.set(sealed, text);
  }
  return text;
}

export function openSecrets(key: Buffer, sealed: string | null): SecretMap {
  return sealed ? JSON.parse(openSealedText(key, sealed)) : {};
}

/** A stored document (clear JSON text) with its sealed secrets put back. */
export function openJson(key: Buffer, plainText: string, sealed: string | null): JsonObject {
  const plain = JSON.parse(plainText) as JsonObject;
  return sealed ? restoreSecrets(plain, openSecrets(key, sealed)) : plain;
}

function hasPointer(doc: unknown, pointer: string): boolean {
  let node = doc as Record<string, unknown> | undefined;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = node[key] as Record<string, unknown>;
  }
  return true;
}

/**
 * A full replace that keeps stored secrets the client could not send back (reads never return them):
 * a secret stays when the new document leaves its field out but keeps the object around it.
 */
export function sealReplacing(key: Buffer, next: JsonObject, storedSealed: string | null) {
  const fresh = sealJson(key, next);
  const kept: SecretMap = {};
  for (const [pointer, value] of Object.entries(openSecrets(key, storedSealed))) {
    if (!(pointer in fresh.secrets) && !hasPointer(fresh.plain, pointer)) kept[pointer] = value;
  }
  const probe = restoreSecrets(structuredClone(fresh.plain), kept);
  const secrets: SecretMap = { ...fresh.secrets };
  for (const pointer of Object.keys(kept)) if (hasPointer(probe, pointer)) secrets[pointer] = kept[pointer];
  const sealed = Object.keys(secrets).length > 0 ? encrypt(key, JSON.stringify(secrets)) : null;
  return { plain: fresh.plain, secrets, sealed };
}
