import { useState } from 'react';
import { get, q, send } from '../api';
import { Badge, ErrorView, Loaded, useAction, useLoad, when } from '../components/common';
import { SideBySide } from '../components/diff';

interface Revision {
  _id: string;
  type: string;
  status: string;
  description?: string;
  createdAt: string;
  _revertedToRevisionId?: string;
}

interface Diff {
  _fromRevisionId: string | null;
  _toRevisionId: string;
  changes: {
    resourceType: string;
    _resourceId: string;
    action: string;
    fieldChanges: { fieldPath: string; oldValue: unknown; newValue: unknown }[];
  }[];
}

function DiffView({ integrationId, from, to }: { integrationId: string; from: string | null; to: string }) {
  const state = useLoad(
    () => get<Diff>(`/v1/integrations/${integrationId}/revisions/${to}/diff${q({ against: from })}`),
    [integrationId, from, to],
  );
  return (
    <Loaded state={state} what="the diff">
      {(diff) => (
        <div className="revision-diff">
          {diff.changes.length === 0 && <p>The two revisions hold the same integration.</p>}
          {diff.changes.map((change) => (
            <article key={`${change.resourceType}:${change._resourceId}`} className="change">
              <h4>
                {change.resourceType} <code>{change._resourceId}</code> <Badge value={change.action} />
              </h4>
              {change.fieldChanges.map((f) => (
                <div key={f.fieldPath} className="field-change">
                  <h5>
                    <code>{f.fieldPath}</code>
                  </h5>
                  <SideBySide before={f.oldValue} after={f.newValue} labels={['older revision', 'newer revision']} />
                </div>
              ))}
            </article>
          ))}
        </div>
      )}
    </Loaded>
  );
}

/** Snapshots of an integration: create one, compare any two side by side, revert to one. */
export function Revisions({ integrationId, onReverted }: { integrationId: string; onReverted: () => void }) {
  const list = useLoad(() => get<Revision[]>(`/v1/integrations/${integrationId}/revisions${q({ limit: 100 })}`), [integrationId]);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const action = useAction();
  const snapshot = () =>
    action.run(async () => {
      await send('POST', `/v1/integrations/${integrationId}/revisions/create`, { description: description || undefined });
      setDescription('');
      setMessage('Snapshot saved.');
      list.reload();
    });
  const revert = (revision: Revision) =>
    action.run(async () => {
      if (!confirm(`Restore the integration as revision ${revision._id} saved it?`)) return;
      await send('POST', `/v1/integrations/${integrationId}/revisions/${revision._id}/revert`, {});
      setMessage(`Reverted to ${revision._id}.`);
      list.reload();
      onReverted();
    });
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revisions</h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          snapshot();
        }}
      >
        <label>
          Description <input value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <button type="submit" disabled={action.pending}>
          Save a snapshot
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      <ErrorView error={action.error} />
      <Loaded state={list} what="revisions">
        {(revisions) =>
          revisions.length === 0 ? (
            <p>No revisions yet: save a snapshot to start the history.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Newest first. Pick an older (“from”) and a newer (“to”) revision to compare them.</caption>
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Saved</th>
                    <th scope="col">Type</th>
                    <th scope="col">Description</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((r) => (
                    <tr key={r._id}>
                      <td>
                        <input
                          type="radio"
                          name="from"
                          aria-label={`compare from ${r._id}`}
                          checked={from === r._id}
                          onChange={() => setFrom(r._id)}
                        />
                      </td>
                      <td>
                        <input
                          type="radio"
                          name="to"
                          aria-label={`compare to ${r._id}`}
                          checked={(to ?? revisions[0]._id) === r._id}
                          onChange={() => setTo(r._id)}
                        />
                      </td>
                      <td>{when(r.createdAt)}</td>
                      <td>
                        {r.type} <Badge value={r.status} />
                      </td>
                      <td>{r.description ?? (r._revertedToRevisionId ? `revert to ${r._revertedToRevisionId}` : '')}</td>
                      <td>
                        <button type="button" className="secondary" onClick={() => revert(r)} disabled={action.pending}>
                          Revert to this
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {list.data && list.data.length > 0 && (
        <section aria-labelledby="diff-title">
          <h3 id="diff-title">Changes {from ? 'between the two picked revisions' : 'from the revision before'}</h3>
          <DiffView integrationId={integrationId} from={from} to={to ?? list.data[0]._id} />
        </section>
      )}
    </section>
  );
}
