import { isObject, type JsonObject } from '../../lib/json.js';
import { pathSteps, readAt, writeAt } from './paths.js';

/** Mapper 1.0 field: `extract` (a path into the record) or `hardCodedValue`, written at `generate`. */
interface Field {
  extract?: string;
  generate?: string;
  hardCodedValue?: unknown;
}

const fieldsOf = (value: unknown): Field[] => (Array.isArray(value) ? value.filter(isObject) : []) as Field[];

function fieldValue(field: Field, source: unknown): unknown {
  if (field.hardCodedValue !== undefined) return field.hardCodedValue;
  return typeof field.extract === 'string' ? readAt(source, field.extract) : undefined;
}

/** `items[*].sku` → the list `items` and the path `sku` inside each of its elements. */
function splitList(extract: string): { list: string; rest: string } | null {
  const at = extract.indexOf('[*]');
  if (at < 0) return null;
  return { list: extract.slice(0, at), rest: extract.slice(at + 3).replace(/^\./, '') };
}

/** Mapper 1.0: `{fields: [{extract, generate}], lists: [{generate, fields}]}`. */
function mapV1(mapping: JsonObject, record: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const field of fieldsOf(mapping.fields)) {
    const value = fieldValue(field, record);
    if (value !== undefined && typeof field.generate === 'string') writeAt(out, field.generate, value);
  }
  for (const list of (Array.isArray(mapping.lists) ? mapping.lists : []).filter(isObject)) {
    if (typeof list.generate !== 'string') continue;
    const fields = fieldsOf(list.fields);
    const source = fields.map((f) => (typeof f.extract === 'string' ? splitList(f.extract) : null)).find((s) => s !== null);
    const elements = source ? readAt(record, source.list) : [record];
    const items = (Array.isArray(elements) ? elements : []).map((element) => {
      const item: JsonObject = {};
      for (const field of fields) {
        const split = typeof field.extract === 'string' ? splitList(field.extract) : null;
        const value = split ? readAt(element, split.rest) : fieldValue(field, record);
        if (value !== undefined && typeof field.generate === 'string') writeAt(item, field.generate, value);
      }
      return item;
    });
    writeAt(out, list.generate, items);
  }
  return out;
}

function cast(value: unknown, dataType: string): unknown {
  if (value === undefined || value === null) return value;
  switch (dataType) {
    case 'string':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'number': {
      const n = Number(value);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : ['true', '1', 'yes'].includes(String(value).toLowerCase());
    default:
      return value;
  }
}

/** A Mapper 2.0 `extract` (`$.a.b`, `$.items[*]`): the value, or every element under a `[*]`. */
function extractV2(source: unknown, extract: unknown): unknown {
  if (typeof extract !== 'string') return undefined;
  const split = splitList(extract);
  if (!split) return readAt(source, extract);
  const list = readAt(source, split.list);
  if (!Array.isArray(list)) return undefined;
  return split.rest === '' ? list : list.map((element) => readAt(element, split.rest));
}

/** Mapper 2.0: `[{generate, dataType, extract | hardCodedValue, mappings}]`, nested for objects and arrays. */
function mapV2(mappings: unknown[], source: unknown): JsonObject {
  const out: JsonObject = {};
  for (const m of mappings.filter(isObject)) {
    if (typeof m.generate !== 'string' || pathSteps(m.generate).length === 0) continue;
    const type = typeof m.dataType === 'string' ? m.dataType.toLowerCase() : 'string';
    const children = Array.isArray(m.mappings) ? m.mappings : null;
    let value: unknown;
    if (m.hardCodedValue !== undefined) value = m.hardCodedValue;
    else if (type === 'object') {
      const inner = m.extract === undefined ? source : extractV2(source, m.extract);
      value = children ? (isObject(inner) ? mapV2(children, inner) : undefined) : inner;
    } else if (type === 'objectarray') {
      const inner = m.extract === undefined ? [source] : extractV2(source, m.extract);
      const list = Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
      value = children ? list.map((element) => mapV2(children, element)) : list;
    } else if (type.endsWith('array')) {
      const inner = extractV2(source, m.extract);
      const list = Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
      value = list.map((v) => cast(v, type.slice(0, -'array'.length)));
    } else value = cast(extractV2(source, m.extract), type);
    if (value !== undefined) writeAt(out, m.generate, value);
  }
  return out;
}

/** The record an import sends: Mapper 2.0 `mappings` when present, else Mapper 1.0 `mapping`, else the record as it is. */
export function mapRecord(importDoc: JsonObject, record: JsonObject): JsonObject {
  if (Array.isArray(importDoc.mappings) && importDoc.mappings.length > 0) return mapV2(importDoc.mappings, record);
  const mapping = importDoc.mapping;
  if (isObject(mapping) && (Array.isArray(mapping.fields) || Array.isArray(mapping.lists))) return mapV1(mapping, record);
  return record;
}
