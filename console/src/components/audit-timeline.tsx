import { useState } from 'react';
import { hasNext, q, request } from '../api';
import { Loaded, useLoad, when } from './common';

interface AuditEntry {
  _id: string;
  resourceType: string;
  _resourceId: string;
  event: string;
  surface: string;
  time: string;
  _byUserId?: string;
  fieldChanges: { fieldPath: string; oldValue: unknown; newValue: unknown }[];
}

const show = (value: unknown) => (value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));
const PAGE = 50;

/** Audit events newest first, each with its field changes; `path` is /v1/audit or an integration's. */
export function AuditTimeline({ path }: { path: string }) {
  const [skip, setSkip] = useState(0);
  const state = useLoad(async () => {
    const answer = await request<AuditEntry[]>('GET', `${path}${q({ skip, limit: PAGE })}`);
    return { events: answer.body, next: hasNext(answer.headers) };
  }, [path, skip]);
  return (
    <Loaded state={state} what="audit events">
      {({ events, next }) => (
        <>
          {events.length === 0 && <p>No events.</p>}
          <ol className="timeline">
            {events.map((e) => {
              const changed = e.fieldChanges.filter((f) => JSON.stringify(f.oldValue) !== JSON.stringify(f.newValue));
              return (
                <li key={e._id}>
                  <div className="event-head">
                    <time dateTime={e.time}>{when(e.time)}</time> <strong>{e.event}</strong> {e.resourceType} <code>{e._resourceId}</code>{' '}
                    <span className="muted">
                      via {e.surface}
                      {e._byUserId ? ` by token ${e._byUserId}` : ''}
                    </span>
                  </div>
                  {changed.length > 0 && (
                    <details>
                      <summary>
                        {changed.length} field{changed.length === 1 ? '' : 's'} changed: {changed.map((f) => f.fieldPath).join(', ')}
                      </summary>
                      <table className="changes">
                        <thead>
                          <tr>
                            <th scope="col">Field</th>
                            <th scope="col">Before</th>
                            <th scope="col">After</th>
                          </tr>
                        </thead>
                        <tbody>
                          {changed.map((f) => (
                            <tr key={f.fieldPath}>
                              <td>
                                <code>{f.fieldPath}</code>
                              </td>
                              <td className="del">
                                <code>{show(f.oldValue)}</code>
                              </td>
                              <td className="ins">
                                <code>{show(f.newValue)}</code>
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
          <nav className="pager" aria-label="Audit pages">
            <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - PAGE))}>
              Newer
            </button>
            <button type="button" disabled={!next} onClick={() => setSkip(skip + PAGE)}>
              Older
            </button>
          </nav>
        </>
      )}
    </Loaded>
  );
}
