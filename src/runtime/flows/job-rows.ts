import { newId } from '../../lib/ids.js';
import type { JsonObject } from '../../lib/json.js';
import { nowIso } from '../../lib/time.js';
import type { NewEvent } from '../../store/repositories/events.js';
import type { JobErrorRow, JobRow } from '../../store/tables.js';

/** What a flow run was asked for, kept in `jobs.options`. */
export interface RunOptions {
  _exportIds?: string[];
  startDate?: string;
  endDate?: string;
  /** A retry: re-send these errors' records through the import that refused them. */
  retry?: { importId: string; errorIds: string[] };
  /** A webhook listener's records for its export. */
  records?: { exportId: string; items: JsonObject[] };
  /** `api`, `schedule`, `webhook`, `chain`, `retry`. */
  trigger?: string;
}

export function newJobRow(fields: Partial<JobRow> & Pick<JobRow, 'organization_id' | 'flow_id' | 'type' | 'status'>, now: string): JobRow {
  return {
    id: newId(),
    integration_id: null,
    flow_job_id: null,
    export_id: null,
    import_id: null,
    started_at: null,
    ended_at: null,
    done_exporting: 0,
    num_success: 0,
    num_error: 0,
    num_ignore: 0,
    num_pages: 0,
    retriable: 0,
    attempt: 0,
    run_after: null,
    options: '{}',
    state: null,
    message: null,
    node_id: null,
    heartbeat_at: null,
    trigger_key: null,
    created_at: now,
    updated_at: now,
    ...fields,
  };
}

/** Text as both stores take it (no NUL), bounded. */
export const storable = (text: string, max = 2_000) => text.replaceAll('\u0000', '').slice(0, max);

export function newErrorRow(
  job: JobRow,
  child: JobRow,
  stepId: string,
  error: { code: string; message: string; source: string; oIndex: number | null; record?: JsonObject },
  now: string,
): JobErrorRow {
  return {
    id: newId(),
    organization_id: job.organization_id,
    flow_id: job.flow_id,
    flow_job_id: job.id,
    job_id: child.id,
    step_id: stepId,
    source: error.source,
    code: storable(error.code, 64),
    message: storable(error.message),
    o_index: error.oIndex,
    retry_data_key: error.record ? newId() : null,
    retry_data: error.record ? JSON.stringify(error.record).replaceAll('\u0000', '') : null,
    resolved: 0,
    resolved_at: null,
    occurred_at: now,
  };
}

export function parseOptions(job: JobRow): RunOptions {
  try {
    return JSON.parse(job.options) as RunOptions;
  } catch {
    return {};
  }
}

/** The `job:completed` / `job:failed` event of a flow job that ended so (none for a canceled one), for the outbox. */
export function jobEndedEvent(job: JobRow, changes: Partial<JobRow>): NewEvent | null {
  const ended = { ...job, ...changes };
  if (ended.type !== 'flow' || (ended.status !== 'completed' && ended.status !== 'failed')) return null;
  return {
    organizationId: ended.organization_id,
    applicationId: null,
    streamKey: ended.flow_id,
    type: `job:${ended.status}`,
    payload: {
      id: ended.id,
      flow_id: ended.flow_id,
      integration_id: ended.integration_id,
      status: ended.status,
      started_at: ended.started_at,
      ended_at: ended.ended_at,
      num_success: ended.num_success,
      num_error: ended.num_error,
      num_ignore: ended.num_ignore,
      message: ended.message,
    },
    createdAt: ended.ended_at ?? nowIso(),
  };
}
