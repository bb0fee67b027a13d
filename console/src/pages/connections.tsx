import { useState } from 'react';
import { get, hasNext, q, request, send } from '../api';
import { Badge, ErrorView, Loaded, useAction, useLoad, when } from '../components/common';
import { href } from '../router';

interface Connection {
  _id: string;
  name?: string;
  type: string;
  offline?: boolean;
  _integrationId?: string;
  lastModified?: string;
  http?: { baseURI?: string };
}
interface Ping {
  code: number;
  message: string;
  offline?: boolean;
}
const PAGE = 25;

/** integrator.io connections (connected accounts among them, same ids), their status and a ping each. */
export function ConnectionsPage() {
  const [skip, setSkip] = useState(0);
  const state = useLoad(async () => {
    const answer = await request<Connection[]>('GET', `/v1/connections${q({ skip, limit: PAGE })}`);
    return { connections: answer.body, next: hasNext(answer.headers) };
  }, [skip]);
  const [pings, setPings] = useState<Record<string, Ping | { error: unknown }>>({});
  const action = useAction();
  const ping = (c: Connection) =>
    action.run(async () => {
      try {
        setPings((p) => ({ ...p, [c._id]: { code: 0, message: 'pinging…' } }));
        const result = await send<Ping>('POST', `/v1/connections/${c._id}/ping`);
        setPings((p) => ({ ...p, [c._id]: result }));
      } catch (error) {
        setPings((p) => ({ ...p, [c._id]: { error } }));
      }
      state.reload();
    });
  return (
    <section aria-labelledby="connections-title">
      <h1 id="connections-title">Connections and connected accounts</h1>
      <p className="muted">Connected accounts (Truto integrated accounts) are integrator.io http connections with the same id.</p>
      <ErrorView error={action.error} />
      <Loaded state={state} what="connections">
        {({ connections, next }) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last updated</th>
                    <th scope="col">Ping</th>
                  </tr>
                </thead>
                <tbody>
                  {connections.map((c) => {
                    const result = pings[c._id];
                    return (
                      <tr key={c._id}>
                        <td>{c._integrationId ? <a href={href('accounts', c._id)}>{c.name || c._id}</a> : (c.name ?? c._id)}</td>
                        <td>{c._integrationId ? 'connected account' : c.type}</td>
                        <td>
                          <Badge value={c.offline ? 'offline' : 'online'} />
                        </td>
                        <td>{when(c.lastModified)}</td>
                        <td>
                          <button type="button" className="secondary" onClick={() => ping(c)} aria-label={`Ping ${c.name ?? c._id}`}>
                            Ping
                          </button>{' '}
                          <span aria-live="polite">{result && ('error' in result ? (result.error as Error).message : result.message)}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {connections.length === 0 && <p>No connections.</p>}
            <nav className="pager" aria-label="Pages">
              <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - PAGE))}>
                Previous
              </button>
              <button type="button" disabled={!next} onClick={() => setSkip(skip + PAGE)}>
                Next
              </button>
            </nav>
          </>
        )}
      </Loaded>
    </section>
  );
}

export const accountOf = (id: string) => get<import('./integration').Account>(`/integrated-account/${id}`);
