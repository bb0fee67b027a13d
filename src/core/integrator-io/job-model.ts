import type { JobErrorRow, JobRow } from '../../store/tables.js';

/** A flow run or one of its steps, as the core hands it out. */
export interface Job {
  id: string;
  type: 'flow' | 'export' | 'import';
  integrationId: string | null;
  flowId: string;
  flowJobId: string | null;
  exportId: string | null;
  importId: string | null;
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  doneExporting: boolean;
  numSuccess: number;
  numError: number;
  numIgnore: number;
  /** Pages exported (flow, export jobs) or processed (import jobs). */
  numPages: number;
  retriable: boolean;
  message: string | null;
  createdAt: string;
  updatedAt: string;
  children?: Job[];
}

export function rowToJob(row: JobRow): Job {
  return {
    id: row.id,
    type: row.type as Job['type'],
    integrationId: row.integration_id,
    flowId: row.flow_id,
    flowJobId: row.flow_job_id,
    exportId: row.export_id,
    importId: row.import_id,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    doneExporting: Boolean(row.done_exporting),
    numSuccess: Number(row.num_success),
    numError: Number(row.num_error),
    numIgnore: Number(row.num_ignore),
    numPages: Number(row.num_pages),
    retriable: Boolean(row.retriable),
    message: row.message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface FlowError {
  id: string;
  occurredAt: string;
  source: string;
  code: string;
  message: string;
  oIndex: number | null;
  retryDataKey: string | null;
  flowJobId: string;
  jobId: string;
  resolvedAt: string | null;
}

export function rowToFlowError(row: JobErrorRow): FlowError {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    source: row.source,
    code: row.code,
    message: row.message,
    oIndex: row.o_index === null ? null : Number(row.o_index),
    retryDataKey: row.retry_data_key,
    flowJobId: row.flow_job_id,
    jobId: row.job_id,
    resolvedAt: row.resolved_at,
  };
}
