import type { Integration, IntegrationFields } from '../../core/integrations/integration-model.js';
import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import { applyAllowedPatch, type PatchOperation } from '../../lib/json-patch.js';

/** The fields integrator.io lets a JSON Patch change on an integration (and what may sit below them). */
const PATCHABLE = [
  /^\/settings(\/.*)?$/,
  /^\/version$/,
  /^\/tag$/,
  /^\/updateInProgress$/,
  /^\/flowGroupings\/\d+\/settings(\/.*)?$/,
  /^\/aliases(\/.*)?$/,
];

export type { PatchOperation };

const invalid = (message: string, field?: string) =>
  new AppError('unprocessable', message, [{ ...(field ? { path: field } : {}), message, code: 'invalid_patch' }]);

/** The part of an integration a patch may see, under integrator.io's field names. */
function patchView(current: Integration): JsonObject {
  const a = current.attributes;
  return {
    settings: current.settings,
    ...(a.version !== undefined ? { version: a.version } : {}),
    ...(a.tag !== undefined ? { tag: a.tag } : {}),
    ...(a.updateInProgress !== undefined ? { updateInProgress: a.updateInProgress } : {}),
    flowGroupings: Array.isArray(a.flowGroupings) ? a.flowGroupings : [],
    ...(a.aliases !== undefined ? { aliases: a.aliases } : {}),
  };
}

function checkTypes(doc: JsonObject) {
  if (!isObject(doc.settings)) throw invalid('settings must be an object.', 'settings');
  if (doc.version !== undefined && typeof doc.version !== 'string') throw invalid('version must be a string.', 'version');
  if (doc.tag !== undefined && typeof doc.tag !== 'string') throw invalid('tag must be a string.', 'tag');
  if (doc.updateInProgress !== undefined && typeof doc.updateInProgress !== 'boolean') {
    throw invalid('updateInProgress must be a boolean.', 'updateInProgress');
  }
  (doc.flowGroupings as JsonObject[]).forEach((group, i) => {
    if (group.settings !== undefined && !isObject(group.settings))
      throw invalid('settings must be an object.', `flowGroupings.${i}.settings`);
  });
}

/**
 * Applies an RFC 6902 patch limited to integrator.io's PATCH fields. Every operation is checked before
 * any is applied, and the result is all or nothing.
 */
export function patchIntegration(current: Integration, operations: PatchOperation[]): IntegrationFields {
  const next = applyAllowedPatch(patchView(current), operations, PATCHABLE);
  checkTypes(next);
  const attributes: JsonObject = { ...current.attributes };
  // The view always has flowGroupings (so `/flowGroupings/0/settings` resolves); keep them only if they were there.
  if (Array.isArray(current.attributes.flowGroupings)) attributes.flowGroupings = next.flowGroupings;
  for (const key of ['version', 'tag', 'updateInProgress', 'aliases']) {
    if (next[key] === undefined) delete attributes[key];
    else attributes[key] = next[key];
  }
  return { ...current, settings: next.settings as JsonObject, attributes };
}
