import { isObject, type JsonObject } from '../../lib/json.js';
import { headersOf, type Send } from './http-export.js';
import { matches, readAt } from './paths.js';
import { asStepFailure, StepFailure } from './ports.js';
import { render, renderBody, TemplateError } from './templates.js';

/** What an import made of one page: the indexes of the records it could not deliver, and why. */
export interface ImportOutcome {
  succeeded: number;
  failed: { index: number; code: string; message: string; retriable: boolean }[];
}

const at = (list: unknown, i: number): unknown => (Array.isArray(list) ? (list[i] ?? list[0]) : list);

/** CREATE or UPDATE per record: UPDATE when `existingExtract` finds a value in the record. */
export function operationIndex(http: JsonObject, record: JsonObject): number {
  const types = Array.isArray(http.requestType) ? http.requestType.map(String) : [];
  const extract = typeof http.existingExtract === 'string' && http.existingExtract !== '' ? http.existingExtract : null;
  const existing = extract ? readAt(record, extract) : undefined;
  const wanted = existing !== undefined && existing !== null && existing !== '' ? 'UPDATE' : 'CREATE';
  const i = types.indexOf(wanted);
  return Math.max(i, 0);
}

function answerFailure(http: JsonObject, i: number, status: number, body: unknown): string | null {
  if (status >= 400) {
    const text = typeof body === 'string' ? body : body === null || body === undefined ? '' : JSON.stringify(body);
    return `The destination answered ${status}${text ? `: ${text.slice(0, 500)}` : ''}`;
  }
  const response = isObject(http.response) ? http.response : {};
  const successPath = at(response.successPath, i);
  if (typeof successPath === 'string' && successPath !== '' && !matches(readAt(body, successPath), at(response.successValues, i))) {
    return `The destination's answer at ${successPath} does not say success`;
  }
  return null;
}

/**
 * Sends mapped records: one request per record, or per `http.batchSize` records of the same operation
 * (`body` rendered over `batch_of_records`, else the JSON array). A refusal fails only its records.
 */
export async function importRecords(doc: JsonObject, records: JsonObject[], send: Send): Promise<ImportOutcome> {
  const http = isObject(doc.http) ? doc.http : {};
  const batchSize = Number.isInteger(http.batchSize) && (http.batchSize as number) > 1 ? (http.batchSize as number) : 1;
  const outcome: ImportOutcome = { succeeded: 0, failed: [] };
  const groups = new Map<number, number[]>();
  records.forEach((record, index) => {
    const op = operationIndex(http, record);
    const group = groups.get(op);
    if (group) group.push(index);
    else groups.set(op, [index]);
  });
  for (const [op, indexes] of groups) {
    for (let from = 0; from < indexes.length; from += batchSize) {
      const chunk = indexes.slice(from, from + batchSize);
      const first = records[chunk[0]];
      const context =
        batchSize > 1
          ? { batch_of_records: chunk.map((i) => ({ record: records[i], data: records[i] })), data: chunk.map((i) => records[i]) }
          : { record: first, data: first, existingId: readAt(first, String(http.existingExtract ?? '')) };
      const fail = (code: string, message: string, retriable: boolean) => {
        for (const index of chunk) outcome.failed.push({ index, code, message, retriable });
      };
      try {
        const template = at(http.body, op);
        const body =
          template === undefined || template === null || template === ''
            ? batchSize > 1
              ? chunk.map((i) => records[i])
              : first
            : renderBody(template, context, `http.body.${op}`);
        const uri = render(String(at(http.relativeURI, op) ?? ''), context, `http.relativeURI.${op}`);
        const method = String(at(http.method, op) ?? 'POST').toUpperCase();
        const answer = await send({ method, uri, headers: headersOf(http.headers, context, 'http.headers'), body });
        const problem = answerFailure(http, op, answer.status, answer.body);
        if (problem)
          fail(answer.status >= 400 ? `http_${answer.status}` : 'import_failed', problem, answer.status >= 500 || answer.status === 429);
        else outcome.succeeded += chunk.length;
      } catch (error) {
        if (error instanceof TemplateError) fail(error.code, error.message, false);
        else {
          const failure = error instanceof StepFailure ? error : asStepFailure(error);
          fail(failure.code, failure.message, failure.retriable);
        }
      }
    }
  }
  return outcome;
}
