import { useState } from 'react';
import { get, q } from '../api';
import { CallChart } from '../components/chart';
import { Badge, Json, Loaded, useLoad, when } from '../components/common';

interface Listed<T> {
  items: T[];
}
interface Workflow {
  id: string;
  name: string;
  applicationId: string;
  enabled?: boolean;
}
interface Run {
  id: string;
  time: string;
  triggerType: string;
  triggerId: string;
  status: 'completed' | 'failed';
  wallTime: number;
  steps: number;
  debug: { nodeId: string; time: string; message: string; value: unknown }[];
  errors: { nodeId: string; nodeLabel: string | null; name: string; message: string }[];
}

/** Every Losant workflow the token can read, application by application. */
async function workflows(): Promise<Workflow[]> {
  const apps = await get<Listed<{ id: string; name: string }>>(`/applications${q({ perPage: 1000 })}`);
  const lists = await Promise.all(
    apps.items.map(async (a) => {
      const flows = await get<Listed<Workflow>>(`/applications/${a.id}/flows${q({ perPage: 1000 })}`);
      return flows.items.map((f) => ({ ...f, name: `${a.name} / ${f.name}`, applicationId: a.id }));
    }),
  );
  return lists.flat();
}

function Runs({ workflow }: { workflow: Workflow }) {
  const state = useLoad(
    () => get<Listed<Run>>(`/applications/${workflow.applicationId}/flows/${workflow.id}/runs${q({ limit: 100 })}`),
    [workflow.id],
  );
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Loaded state={state} what="runs">
      {({ items }) => (
        <>
          <CallChart
            title="Runs"
            unit="runs"
            points={items.map((r) => ({ at: r.time, ok: r.status === 'completed', durationMs: r.wallTime }))}
          />
          <button type="button" className="secondary" onClick={state.reload}>
            Refresh
          </button>
          <div className="table-wrap">
            <table>
              <caption>The latest runs kept for this workflow, newest first.</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Trigger</th>
                  <th scope="col">Status</th>
                  <th scope="col">Wall time</th>
                  <th scope="col">Steps</th>
                  <th scope="col">Debug and errors</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id} data-run={r.id}>
                    <td>{when(r.time)}</td>
                    <td>
                      {r.triggerType} <code>{r.triggerId}</code>
                    </td>
                    <td>
                      <Badge value={r.status} />
                    </td>
                    <td>{r.wallTime} ms</td>
                    <td>{r.steps}</td>
                    <td>
                      {r.debug.length + r.errors.length > 0 && (
                        <button
                          type="button"
                          className="link"
                          aria-expanded={open === r.id}
                          onClick={() => setOpen(open === r.id ? null : r.id)}
                        >
                          {open === r.id ? 'Hide' : `Show (${r.debug.length} debug, ${r.errors.length} errors)`}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {items
            .filter((r) => r.id === open)
            .map((r) => (
              <section key={r.id} aria-label={`Run ${r.id}`} className="run-detail">
                {r.errors.map((e) => (
                  <p key={`${e.nodeId}:${e.message}`} className="error">
                    <strong>{e.nodeLabel ?? e.nodeId}</strong> {e.name}: {e.message}
                  </p>
                ))}
                {r.debug.map((d) => (
                  <div key={`${d.nodeId}:${d.time}`}>
                    <p>
                      Debug <code>{d.nodeId}</code> {d.message}
                    </p>
                    <Json value={d.value} />
                  </div>
                ))}
              </section>
            ))}
        </>
      )}
    </Loaded>
  );
}

/** Losant workflow runs: pick a workflow, see its recent runs, their debug output and node errors. */
export function WorkflowRunsPage() {
  const state = useLoad(workflows, []);
  const [chosen, setChosen] = useState<string>('');
  return (
    <section aria-labelledby="workflow-runs-title">
      <h1 id="workflow-runs-title">Workflow runs</h1>
      <Loaded state={state} what="workflows">
        {(list) => {
          const workflow = list.find((w) => w.id === chosen) ?? list[0];
          if (!workflow) return <p className="muted">No workflows yet.</p>;
          return (
            <>
              <label htmlFor="workflow-pick">Workflow</label>{' '}
              <select id="workflow-pick" value={workflow.id} onChange={(e) => setChosen(e.target.value)}>
                {list.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                    {w.enabled === false ? ' (disabled)' : ''}
                  </option>
                ))}
              </select>
              <Runs key={workflow.id} workflow={workflow} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
