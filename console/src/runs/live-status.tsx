import { get, q } from '../api';
import { Badge, Loaded, useLoad, when } from '../components/common';

interface Listed<T> {
  items: T[];
}
interface LiveIntegration {
  id: string;
  name: string;
  integrationType: string;
  enabled?: boolean;
  applicationId: string;
  status?: {
    connectInfo: { ts: number | null };
    disconnectInfo: { ts: number | null; error?: string };
    lastKeepAlive?: number;
    nextAttempt?: number;
  };
}

const at = (ms: number | null | undefined) => (ms ? when(new Date(ms).toISOString()) : '—');

/** Whether the connection is up: connected after its last disconnect. */
export function liveState(i: LiveIntegration): string {
  if (i.enabled === false) return 'disabled';
  const s = i.status;
  if (!s || (i.integrationType !== 'mqtt' && i.integrationType !== 'websocket')) return 'stored only';
  const up = s.connectInfo.ts !== null && (s.disconnectInfo.ts === null || s.connectInfo.ts > s.disconnectInfo.ts);
  if (up) return 'connected';
  return s.nextAttempt ? 'retrying' : 'disconnected';
}

export async function liveIntegrations(): Promise<LiveIntegration[]> {
  const apps = await get<Listed<{ id: string; name: string }>>(`/applications${q({ perPage: 1000 })}`);
  const lists = await Promise.all(
    apps.items.map(async (a) => {
      const page = await get<Listed<LiveIntegration>>(`/applications/${a.id}/integrations${q({ perPage: 1000 })}`);
      return page.items.filter((i) => i.status).map((i) => ({ ...i, name: `${a.name} / ${i.name}`, applicationId: a.id }));
    }),
  );
  return lists.flat();
}

/** A live state as a badge (online/offline) with the state's own word beside it. */
export function LiveBadge({ state }: { state: string }) {
  return (
    <>
      <Badge value={state === 'connected' ? 'online' : state === 'stored only' || state === 'disabled' ? state : 'offline'} />{' '}
      <span className="muted">{state}</span>
    </>
  );
}

/** Losant integrations with a live status: connected since, last error, next attempt, last keep-alive. */
export function LiveStatusPage() {
  const state$ = useLoad(liveIntegrations, []);
  return (
    <section aria-labelledby="live-title">
      <h1 id="live-title">Live integrations</h1>
      <p className="muted">
        MQTT and WebSocket integrations hold one connection each (on one node). Other Losant types are stored only; their status says so.
      </p>
      <button type="button" className="secondary" onClick={state$.reload}>
        Refresh
      </button>
      <Loaded state={state$} what="live integrations">
        {(items) =>
          items.length === 0 ? (
            <p className="muted">No live integrations yet.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Status as the node holding each connection last stored it.</caption>
                <thead>
                  <tr>
                    <th scope="col">Integration</th>
                    <th scope="col">Type</th>
                    <th scope="col">State</th>
                    <th scope="col">Connected since</th>
                    <th scope="col">Last keep-alive</th>
                    <th scope="col">Last error</th>
                    <th scope="col">Next attempt</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => {
                    const s = liveState(i);
                    return (
                      <tr key={i.id} data-integration={i.id}>
                        <td>{i.name}</td>
                        <td>{i.integrationType}</td>
                        <td>
                          <LiveBadge state={s} />
                        </td>
                        <td>{s === 'connected' ? at(i.status?.connectInfo.ts) : '—'}</td>
                        <td>{at(i.status?.lastKeepAlive)}</td>
                        <td>
                          {i.status?.disconnectInfo.error ?? ''}
                          {i.status?.disconnectInfo.ts ? <span className="muted"> ({at(i.status.disconnectInfo.ts)})</span> : null}
                        </td>
                        <td>{at(i.status?.nextAttempt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
