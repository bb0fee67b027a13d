import jsonpatch, { type Operation } from 'fast-json-patch';
import { AppError } from './errors.js';
import type { JsonObject } from './json.js';

export interface PatchOperation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

const invalid = (message: string, field?: string) =>
  new AppError('unprocessable', message, [{ ...(field ? { path: field } : {}), message, code: 'invalid_patch' }]);

/** The value at a JSON Pointer, and whether the object holding it exists. */
function lookup(doc: unknown, pointer: string): { parent: boolean; present: boolean } {
  const steps = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node = doc;
  for (const [i, step] of steps.entries()) {
    const last = i === steps.length - 1;
    if (node === null || typeof node !== 'object') return { parent: false, present: false };
    if (last) return { parent: true, present: Object.hasOwn(node, step) };
    node = (node as JsonObject)[step];
  }
  return { parent: true, present: true };
}

/**
 * Applies an RFC 6902 patch to a copy of `doc`, allowing only paths (and `from`s) that match `allowed`.
 * Every operation is checked before any applies, and the result is all or nothing. A `replace` of a field
 * the document does not hold yet (one GET shows by its default) sets it, as an `add` would.
 */
export function applyAllowedPatch(doc: JsonObject, operations: PatchOperation[], allowed: RegExp[]): JsonObject {
  const permitted = (path: unknown) => typeof path === 'string' && allowed.some((re) => re.test(path));
  operations.forEach((operation, i) => {
    if (!OPS.has(operation.op)) throw invalid(`Unknown JSON Patch op ${JSON.stringify(operation.op)}.`, `${i}.op`);
    if (!permitted(operation.path)) throw invalid(`The path ${JSON.stringify(operation.path)} cannot be changed with PATCH.`, `${i}.path`);
    if ((operation.op === 'move' || operation.op === 'copy') && !permitted(operation.from)) {
      throw invalid(`The path ${JSON.stringify(operation.from)} cannot be changed with PATCH.`, `${i}.from`);
    }
  });
  let next: JsonObject = structuredClone(doc);
  try {
    for (const [i, operation] of operations.entries()) {
      const at = lookup(next, operation.path);
      const op = operation.op === 'replace' && at.parent && !at.present ? { ...operation, op: 'add' } : operation;
      try {
        next = jsonpatch.applyOperation(next, op as Operation, true, true, true, i).newDocument as JsonObject;
      } catch (error) {
        Object.assign(error as object, { index: i });
        throw error;
      }
    }
  } catch (error) {
    const e = error as { message?: string; index?: number };
    const first = (e.message ?? 'The patch could not be applied.').split('\n')[0];
    throw invalid(`The patch could not be applied: ${first}`, e.index !== undefined ? String(e.index) : undefined);
  }
  return next;
}
