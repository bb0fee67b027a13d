import { get, q } from '../api';
import { CallChart } from '../components/chart';
import { Badge, Loaded, useLoad, when } from '../components/common';

interface Attempt {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  target_url: string;
  status: number | null;
  latency_ms: number | null;
  error: string | null;
  created_at: string;
}
type Page<T> = { result: T[]; next_cursor: string | null };

const ok = (a: Attempt) => a.status !== null && a.status < 300 && !a.error;

const DAY_MS = 86_400_000;
const SHOWN = 200;

/** The log answers oldest first: read the last day's attempts (up to 1,000) and keep the newest. */
async function recentAttempts(): Promise<{ result: Attempt[] }> {
  const since = new Date(Date.now() - DAY_MS).toISOString();
  const all: Attempt[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Attempt> = await get<Page<Attempt>>(
      `/log${q({ log_type: 'webhook', 'created_at[gte]': since, limit: 200, next_cursor: cursor })}`,
    );
    all.push(...page.result);
    cursor = page.next_cursor;
  } while (cursor && all.length < 1_000);
  return { result: all.reverse().slice(0, SHOWN) };
}

/** Truto webhook deliveries: every attempt of the last ones, with a chart, status, latency and error. */
export function WebhookDeliveriesPage() {
  const state = useLoad(recentAttempts, []);
  return (
    <section aria-labelledby="deliveries-title">
      <h1 id="deliveries-title">Webhook deliveries</h1>
      <p className="muted">Every delivery attempt of the last 24 hours to the outbound webhooks (up to 3 per event), newest first.</p>
      <Loaded state={state} what="deliveries">
        {(page) => (
          <>
            <CallChart
              title="Attempts"
              unit="attempts"
              points={page.result.map((a) => ({ at: a.created_at, ok: ok(a), durationMs: a.latency_ms ?? 0 }))}
            />
            <button type="button" className="secondary" onClick={state.reload}>
              Refresh
            </button>
            <div className="table-wrap">
              <table>
                <caption>The latest {SHOWN} attempts.</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Event</th>
                    <th scope="col">Target</th>
                    <th scope="col">Attempt</th>
                    <th scope="col">Status</th>
                    <th scope="col">Latency</th>
                    <th scope="col">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {page.result.map((a) => (
                    <tr key={a.id} data-attempt={a.id}>
                      <td>{when(a.created_at)}</td>
                      <td>
                        {a.event_type} <code>{a.event_id}</code>
                      </td>
                      <td>
                        <code>{a.target_url}</code>
                      </td>
                      <td>{a.attempt}</td>
                      <td>
                        <Badge value={a.status === null ? 'error' : String(a.status)} />
                      </td>
                      <td>{a.latency_ms === null ? '—' : `${a.latency_ms} ms`}</td>
                      <td>{a.error ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
