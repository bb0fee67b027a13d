import { isObject, type JsonObject } from '../../lib/json.js';
import { nowIso } from '../../lib/time.js';
import type { Store } from '../../store/database.js';
import { appendEvent } from '../../store/repositories/events.js';
import { findJobErrors, insertJobErrors, resolveJobErrors } from '../../store/repositories/job-errors.js';
import { findJob, insertJobs, lastCompletedExportJob, updateChildren, updateJob } from '../../store/repositories/jobs.js';
import type { JobErrorRow, JobRow } from '../../store/tables.js';
import { type ExportTimes, exportPages, type Send } from './http-export.js';
import { importRecords } from './http-import.js';
import { jobEndedEvent, newErrorRow, newJobRow, parseOptions, storable } from './job-rows.js';
import { mapRecord } from './mapping.js';
import { asStepFailure, type FlowDocuments, type FlowPorts, StepFailure } from './ports.js';

export interface RunLimits {
  /** A run stops (failed) after exporting this many records… */
  maxRecords: number;
  /** …or after this long. */
  maxDurationMs: number;
  /** Further tries of a page request that failed in a way that may pass (timeouts, 5xx, 429). */
  retries: number;
  backoffMs: number;
}

export interface RunContext {
  store: Store;
  ports: FlowPorts;
  limits: RunLimits;
  /** True once the node is shutting down and its drain time is over. */
  aborting(): boolean;
}

class Stop extends Error {
  constructor(
    readonly status: 'failed' | 'canceled',
    message: string,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FINAL = ['completed', 'failed', 'canceled'];
const EPOCH = '1970-01-01T00:00:00.000Z';

/** Runs one claimed flow job to its end; every outcome is written, none leaves it `running`. */
export async function runFlowJob(rc: RunContext, job: JobRow): Promise<void> {
  const db = rc.store.db;
  const started = Date.now();
  const options = parseOptions(job);
  const children: JobRow[] = [];
  const totals = { success: 0, error: 0, ignore: 0, pages: 0, records: 0 };
  let failure: string | null = null;

  const flush = () =>
    updateJob(
      db,
      job.id,
      { num_success: totals.success, num_error: totals.error, num_ignore: totals.ignore, num_pages: totals.pages, updated_at: nowIso() },
      ['running', 'retrying'],
    );
  const saveChild = (child: JobRow) =>
    updateJob(db, child.id, {
      num_success: child.num_success,
      num_error: child.num_error,
      num_pages: child.num_pages,
      status: child.status,
      ended_at: child.ended_at,
      state: child.state,
      retriable: child.retriable,
      updated_at: nowIso(),
    });

  /** Between pages: a cancel from any node, the run's caps, a node going down. */
  async function checkpoint() {
    const current = await findJob(db, job.id);
    if (!current || current.status === 'canceled') throw new Stop('canceled', 'Canceled');
    if (rc.aborting()) throw new Stop('failed', 'The node running this job shut down before the job finished.');
    if (totals.records > rc.limits.maxRecords)
      throw new Stop('failed', `The run stopped after ${rc.limits.maxRecords} records, the most one run may export.`);
    if (Date.now() - started > rc.limits.maxDurationMs)
      throw new Stop('failed', `The run stopped after ${Math.round(rc.limits.maxDurationMs / 1000)} s, the longest one run may take.`);
  }

  const sendVia =
    (connectionId: unknown): Send =>
    (request) => {
      if (typeof connectionId !== 'string') throw new StepFailure('invalid_connection', 'The step has no _connectionId.', false);
      return rc.ports.send({ organizationId: job.organization_id, connectionId, jobId: job.id }, request);
    };

  /** Retries a page request that may pass later, with backoff; the job shows `retrying` meanwhile. */
  const withRetries =
    (send: Send): Send =>
    async (request) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send(request);
        } catch (error) {
          const failed = asStepFailure(error);
          if (!failed.retriable || attempt >= rc.limits.retries) throw failed;
          await updateJob(db, job.id, { status: 'retrying', updated_at: nowIso() }, ['running']);
          await sleep(rc.limits.backoffMs * 2 ** attempt);
          if (!(await updateJob(db, job.id, { status: 'running', updated_at: nowIso() }, ['retrying'])))
            throw new Stop('canceled', 'Canceled');
        }
      }
    };

  async function addChild(type: 'export' | 'import', stepId: string) {
    const child = newJobRow(
      {
        organization_id: job.organization_id,
        integration_id: job.integration_id,
        flow_id: job.flow_id,
        flow_job_id: job.id,
        type,
        ...(type === 'export' ? { export_id: stepId } : { import_id: stepId }),
        status: 'running',
        started_at: nowIso(),
      },
      nowIso(),
    );
    await insertJobs(db, [child]);
    children.push(child);
    return child;
  }

  /** One page through every import in turn; a record an import refuses goes no further. */
  async function processPage(docs: FlowDocuments, imports: { id: string; child: JobRow }[], records: JsonObject[]) {
    let live = records.map((record, index) => ({ record, index }));
    const errors: JobErrorRow[] = [];
    for (const { id, child } of imports) {
      const doc = docs.imports.get(id) as JsonObject;
      const outcome = await importRecords(
        doc,
        live.map((r) => mapRecord(doc, r.record)),
        sendVia(doc._connectionId),
      );
      const refused = new Set(outcome.failed.map((f) => f.index));
      for (const f of outcome.failed) {
        const source = f.code.startsWith('http_') || f.code === 'import_failed' ? 'application' : f.retriable ? 'connection' : 'internal';
        errors.push(newErrorRow(job, child, id, { ...f, source, oIndex: live[f.index].index, record: live[f.index].record }, nowIso()));
      }
      child.num_success += outcome.succeeded;
      child.num_error += outcome.failed.length;
      child.num_pages++;
      if (outcome.failed.some((f) => f.retriable)) child.retriable = 1;
      live = live.filter((_, i) => !refused.has(i));
    }
    await insertJobErrors(db, errors);
    totals.success += live.length;
    totals.error += errors.length;
    await Promise.all(imports.map((i) => saveChild(i.child)));
  }

  async function exportTimes(exportId: string, doc: JsonObject): Promise<ExportTimes> {
    const current = options.endDate ?? job.started_at ?? nowIso();
    if (options.startDate) return { lastExportDateTime: options.startDate, currentExportDateTime: current };
    const delta = isObject(doc.delta) ? doc.delta : null;
    const previous = await lastCompletedExportJob(db, job.flow_id, exportId);
    const state = previous?.state ? (JSON.parse(previous.state) as Partial<ExportTimes>) : null;
    const lag = delta && Number.isFinite(Number(delta.lagOffset)) ? Number(delta.lagOffset) : 0;
    const last = state?.currentExportDateTime
      ? new Date(Date.parse(state.currentExportDateTime) - lag).toISOString()
      : typeof delta?.startDate === 'string'
        ? delta.startDate
        : EPOCH;
    return { lastExportDateTime: last, currentExportDateTime: current };
  }

  async function runExports(docs: FlowDocuments, imports: { id: string; child: JobRow }[]) {
    const generators = (Array.isArray(docs.flow.doc.pageGenerators) ? docs.flow.doc.pageGenerators : []).filter(isObject);
    const wanted = options._exportIds?.map((id) => id.toLowerCase());
    for (const pg of generators) {
      const exportId = String(pg._exportId ?? '').toLowerCase();
      const doc = docs.exports.get(exportId);
      if (!doc || (wanted && !wanted.includes(exportId))) continue;
      const child = await addChild('export', exportId);
      const times = await exportTimes(exportId, doc);
      try {
        const pages: AsyncIterable<JsonObject[]> =
          doc.adaptorType === 'WebhookExport'
            ? (async function* () {
                if (options.records?.exportId === exportId && options.records.items.length > 0) yield options.records.items;
              })()
            : exportPages(doc, times, withRetries(sendVia(doc._connectionId)));
        for await (const records of pages) {
          await checkpoint();
          totals.pages++;
          totals.records += records.length;
          child.num_pages++;
          child.num_success += records.length;
          await processPage(docs, imports, records);
          await saveChild(child);
          await flush();
        }
        // A run over dates the user gave does not move the delta position.
        const custom = options.startDate !== undefined || options.endDate !== undefined;
        Object.assign(child, { status: 'completed', ended_at: nowIso(), state: custom ? null : JSON.stringify(times) });
      } catch (error) {
        if (error instanceof Stop) throw error;
        const failed = asStepFailure(error);
        const source = failed.retriable ? 'connection' : 'application';
        await insertJobErrors(db, [
          newErrorRow(job, child, exportId, { code: failed.code, message: failed.message, source, oIndex: null }, nowIso()),
        ]);
        totals.error++;
        failure = `The export ${exportId} failed: ${failed.message}`;
        Object.assign(child, { status: 'failed', ended_at: nowIso(), num_error: child.num_error + 1, retriable: failed.retriable ? 1 : 0 });
      }
      await saveChild(child);
    }
  }

  async function runRetry(docs: FlowDocuments, importId: string, errorIds: string[]) {
    const child = await addChild('import', importId);
    const rows = (await findJobErrors(db, job.flow_id, importId, { ids: errorIds })).filter((e) => e.retry_data !== null);
    await resolveJobErrors(
      db,
      rows.map((r) => r.id),
      nowIso(),
    );
    const records = rows.map((r) => JSON.parse(r.retry_data as string) as JsonObject);
    for (let i = 0; i < records.length; i += 100) {
      await checkpoint();
      await processPage(docs, [{ id: importId, child }], records.slice(i, i + 100));
      await flush();
    }
  }

  let status: 'completed' | 'failed' | 'canceled' = 'completed';
  try {
    const docs = await rc.ports.load(job.organization_id, job.flow_id);
    if (!docs) throw new Stop('failed', 'The flow was deleted before its run started.');
    if (docs.flow.disabled && !options.retry) throw new Stop('canceled', 'The flow was disabled before its run started.');
    if (options.retry) {
      const { importId, errorIds } = options.retry;
      if (!docs.imports.has(importId)) throw new Stop('failed', `The import ${importId} is no longer in the flow.`);
      await runRetry(docs, importId, errorIds);
    } else {
      const imports: { id: string; child: JobRow }[] = [];
      for (const pp of (Array.isArray(docs.flow.doc.pageProcessors) ? docs.flow.doc.pageProcessors : []).filter(isObject)) {
        const id = String(pp._importId ?? '').toLowerCase();
        if ((pp.type === 'import' || pp.type === undefined) && docs.imports.has(id))
          imports.push({ id, child: await addChild('import', id) });
      }
      await runExports(docs, imports);
    }
    if (failure) status = 'failed';
  } catch (error) {
    status = error instanceof Stop ? error.status : 'failed';
    failure = error instanceof Stop ? error.message : `The run failed: ${(error as Error).message ?? String(error)}`;
  }
  const ended = nowIso();
  for (const child of children) {
    if (FINAL.includes(child.status)) continue;
    child.status = status === 'canceled' ? 'canceled' : status === 'failed' && child.type === 'export' ? 'failed' : 'completed';
    child.ended_at = ended;
    await saveChild(child);
  }
  const final = {
    status,
    ended_at: ended,
    done_exporting: 1,
    num_success: totals.success,
    num_error: totals.error,
    num_ignore: totals.ignore,
    num_pages: totals.pages,
    message: failure === null ? null : storable(failure),
    updated_at: ended,
  };
  if (status === 'canceled') await updateChildren(db, job.id, { status: 'canceled', ended_at: ended }, ['running', 'queued', 'retrying']);
  // The job's end and its event (job:completed|failed) commit together.
  const closed = await db.transaction().execute(async (trx) => {
    if (!(await updateJob(trx, job.id, final, ['running', 'retrying']))) return false;
    const event = jobEndedEvent(job, final);
    if (event) await appendEvent(trx, event);
    return true;
  });
  if (closed) return;
  // Canceled meanwhile (by any node): the counts still say what was done.
  const { status: _, ended_at: __, message: ___, ...counts } = final;
  await updateJob(db, job.id, counts, ['canceled']);
}
