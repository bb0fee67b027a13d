import { useState } from 'react';
import { get, q, send } from '../api';
import { CallChart } from '../components/chart';
import { Badge, ErrorView, Loaded, useAction, useLoad, when } from '../components/common';

interface Flow {
  _id: string;
  name?: string;
  pageGenerators?: { _exportId?: string }[];
  pageProcessors?: { type?: string; _importId?: string; _exportId?: string }[];
}
interface Job {
  _id: string;
  _flowId: string;
  status: string;
  numSuccess: number;
  numError: number;
  numIgnore: number;
  startedAt?: string;
  endedAt?: string;
  message?: string;
  createdAt: string;
}
interface FlowError {
  errorId: string;
  occurredAt: string;
  code: string;
  message: string;
  retryDataKey?: string;
  _flowJobId: string;
}
interface StepErrors {
  stepId: string;
  errors: FlowError[];
}

const DAY_MS = 86_400_000;
const failed = (j: Job) => j.status === 'failed' || j.numError > 0;
const duration = (j: Job) => (j.startedAt && j.endedAt ? Date.parse(j.endedAt) - Date.parse(j.startedAt) : 0);
const steps = (f: Flow) => [
  ...(f.pageGenerators ?? []).map((g) => g._exportId),
  ...(f.pageProcessors ?? []).map((p) => p._importId ?? p._exportId),
];

/** The open errors of a job, per step of its flow, and a retry of those that can be retried. */
function JobErrors({ job, flow, onRetried }: { job: Job; flow: Flow | undefined; onRetried: (jobId: string) => void }) {
  const state = useLoad(async (): Promise<StepErrors[]> => {
    const ids = flow ? steps(flow).filter((id): id is string => Boolean(id)) : [];
    const lists = await Promise.all(
      ids.map(async (stepId) => ({
        stepId,
        errors: (await get<{ errors: FlowError[] }>(`/v1/flows/${job._flowId}/${stepId}/errors`)).errors,
      })),
    );
    return lists.map((l) => ({ ...l, errors: l.errors.filter((e) => e._flowJobId === job._id) })).filter((l) => l.errors.length > 0);
  }, [job._id]);
  const action = useAction();
  const retry = (step: StepErrors) =>
    action.run(async () => {
      const retryDataKeys = step.errors.flatMap((e) => (e.retryDataKey ? [e.retryDataKey] : []));
      const answer = await send<{ _jobId: string }>('POST', `/v1/flows/${job._flowId}/${step.stepId}/retry`, { retryDataKeys });
      onRetried(answer._jobId);
    });
  return (
    <div className="job-errors">
      {job.message && <p>{job.message}</p>}
      <Loaded state={state} what="the job's errors">
        {(lists) =>
          lists.length === 0 ? (
            <p className="muted">No open errors for this job.</p>
          ) : (
            lists.map((step) => (
              <section key={step.stepId} aria-label={`Errors of step ${step.stepId}`}>
                <h3>
                  Step <code>{step.stepId}</code>: {step.errors.length} open {step.errors.length === 1 ? 'error' : 'errors'}
                </h3>
                <ul>
                  {step.errors.map((e) => (
                    <li key={e.errorId}>
                      {when(e.occurredAt)} <code>{e.code}</code> {e.message}
                    </li>
                  ))}
                </ul>
                {step.errors.some((e) => e.retryDataKey) && (
                  <button type="button" onClick={() => retry(step)} disabled={action.pending}>
                    Retry {step.errors.length === 1 ? 'this record' : 'these records'}
                  </button>
                )}
              </section>
            ))
          )
        }
      </Loaded>
      <ErrorView error={action.error} />
    </div>
  );
}

/** integrator.io flow jobs of the last week, newest first, with their errors and retry. */
export function FlowJobsPage() {
  const [open, setOpen] = useState<string | null>(null);
  const [retried, setRetried] = useState<string | null>(null);
  const state = useLoad(async () => {
    const since = new Date(Date.now() - 7 * DAY_MS).toISOString();
    const [jobs, flows] = await Promise.all([
      get<Job[]>(`/v1/jobs${q({ type: 'flow', createdAt_gte: since, limit: 200 })}`),
      get<Flow[]>(`/v1/flows${q({ limit: 1000 })}`),
    ]);
    return { jobs, flows: new Map(flows.map((f) => [f._id, f])) };
  }, [retried]);
  return (
    <section aria-labelledby="flow-jobs-title">
      <h1 id="flow-jobs-title">Flow jobs</h1>
      <p className="muted">
        integrator.io flow runs of the last 7 days. A job with errors can be opened; retry re-sends the refused records.
      </p>
      {retried && <p role="status">Retry queued as job {retried}.</p>}
      <Loaded state={state} what="flow jobs">
        {({ jobs, flows }) => (
          <>
            <CallChart title="Jobs" unit="jobs" points={jobs.map((j) => ({ at: j.createdAt, ok: !failed(j), durationMs: duration(j) }))} />
            <button type="button" className="secondary" onClick={state.reload}>
              Refresh
            </button>
            <div className="table-wrap">
              <table>
                <caption>Newest first.</caption>
                <thead>
                  <tr>
                    <th scope="col">Created</th>
                    <th scope="col">Flow</th>
                    <th scope="col">Status</th>
                    <th scope="col">Success</th>
                    <th scope="col">Errors</th>
                    <th scope="col">Ignored</th>
                    <th scope="col">Duration</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.map((j) => (
                    <tr key={j._id} data-job={j._id}>
                      <td>{when(j.createdAt)}</td>
                      <td>{flows.get(j._flowId)?.name ?? j._flowId}</td>
                      <td>
                        <Badge value={j.status} />
                      </td>
                      <td>{j.numSuccess}</td>
                      <td>{j.numError}</td>
                      <td>{j.numIgnore}</td>
                      <td>{j.endedAt ? `${duration(j)} ms` : '—'}</td>
                      <td>
                        {failed(j) && (
                          <button
                            type="button"
                            className="link"
                            aria-expanded={open === j._id}
                            onClick={() => setOpen(open === j._id ? null : j._id)}
                          >
                            {open === j._id ? 'Hide errors' : 'Show errors'}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {open && jobs.some((j) => j._id === open) && (
              <JobErrors
                key={open}
                job={jobs.find((j) => j._id === open) as Job}
                flow={flows.get((jobs.find((j) => j._id === open) as Job)._flowId)}
                onRetried={(jobId) => {
                  setOpen(null);
                  setRetried(jobId);
                }}
              />
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
