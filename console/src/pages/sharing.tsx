import { useState } from 'react';
import { get, q, send } from '../api';
import { Badge, ErrorView, Loaded, useAction, useLoad, when } from '../components/common';
import type { TrutoIntegration } from './config-editor';

interface Share {
  _id: string;
  accessLevel: string;
  accepted: boolean;
  disabled: boolean;
  sharedWithUser: { email: string };
}
interface Install {
  id: string;
  environment_id: string;
  is_enabled: boolean;
  status: string;
  created_at: string;
}
interface Environment {
  id: string;
  name: string;
}
type List<T> = { result: T[]; next_cursor: string | null };

/** Sharing across teams (Truto), user invitations (integrator.io ashares) and installs into environments. */
export function Sharing({ integration, onChanged }: { integration: TrutoIntegration; onChanged: (next: TrutoIntegration) => void }) {
  const id = integration.id;
  const shares = useLoad(() => get<Share[]>(`/v1/integrations/${id}/ashares`), [id]);
  const installs = useLoad(
    async () => ({
      installs: await get<List<Install>>(`/environment-integration${q({ integration_id: id, limit: 100 })}`),
      environments: await get<List<Environment>>(`/environment${q({ limit: 100 })}`),
    }),
    [id],
  );
  const [email, setEmail] = useState('');
  const [level, setLevel] = useState('monitor');
  const action = useAction();
  const setSharing = (sharing: string) =>
    action.run(async () =>
      onChanged(await send<TrutoIntegration>('PATCH', `/integration/${id}`, { version: integration.version, sharing })),
    );
  const invite = () =>
    action.run(async () => {
      await send('POST', `/v1/integrations/${id}/ashares`, { email, accessLevel: level });
      setEmail('');
      shares.reload();
    });
  const act = (what: () => Promise<unknown>, reload: () => void) =>
    action.run(async () => {
      await what();
      reload();
    });
  const envName = (envId: string) => installs.data?.environments.result.find((e) => e.id === envId)?.name ?? envId;
  return (
    <section aria-labelledby="sharing-title">
      <h2 id="sharing-title">Sharing and installs</h2>
      <ErrorView error={action.error} />
      <fieldset>
        <legend>Other teams may install it</legend>
        {['deny', 'ask', 'allow'].map((s) => (
          <label key={s} className="inline">
            <input
              type="radio"
              name="sharing"
              checked={integration.sharing === s}
              onChange={() => setSharing(s)}
              disabled={action.pending}
            />
            {s === 'deny' ? 'no (deny)' : s === 'ask' ? 'after approval (ask)' : 'yes (allow)'}
          </label>
        ))}
      </fieldset>

      <h3>Invited users</h3>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          invite();
        }}
      >
        <label>
          E-mail <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Access{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="monitor">monitor</option>
            <option value="manage">manage</option>
          </select>
        </label>
        <button type="submit" disabled={action.pending}>
          Invite
        </button>
      </form>
      <Loaded state={shares} what="invitations">
        {(list) =>
          list.length === 0 ? (
            <p>Nobody is invited.</p>
          ) : (
            <ul className="plain">
              {list.map((s) => (
                <li key={s._id}>
                  {s.sharedWithUser.email} <Badge value={s.accessLevel} /> {s.accepted ? 'accepted' : 'pending'}
                  {s.disabled ? ' (disabled)' : ''}{' '}
                  <button type="button" className="link" onClick={() => act(() => send('DELETE', `/v1/ashares/${s._id}`), shares.reload)}>
                    Remove {s.sharedWithUser.email}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>

      <h3>Installs</h3>
      <Loaded state={installs} what="installs">
        {({ installs: list, environments }) => {
          const free = environments.result.filter((e) => !list.result.some((i) => i.environment_id === e.id));
          return (
            <>
              {list.result.length === 0 && <p>Not installed in any environment.</p>}
              <ul className="plain">
                {list.result.map((i) => (
                  <li key={i.id}>
                    {envName(i.environment_id)} <Badge value={i.status} /> {i.is_enabled ? 'enabled' : 'disabled'} · since{' '}
                    {when(i.created_at)}{' '}
                    {i.status === 'pending' && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => act(() => send('PATCH', `/environment-integration/${i.id}`, { status: 'active' }), installs.reload)}
                      >
                        Approve
                      </button>
                    )}
                    <button
                      type="button"
                      className="link"
                      onClick={() => act(() => send('DELETE', `/environment-integration/${i.id}`), installs.reload)}
                    >
                      Uninstall from {envName(i.environment_id)}
                    </button>
                  </li>
                ))}
              </ul>
              {free.map((e) => (
                <button
                  key={e.id}
                  type="button"
                  className="secondary"
                  onClick={() =>
                    act(() => send('POST', '/environment-integration', { integration_id: id, environment_id: e.id }), installs.reload)
                  }
                >
                  Install in {e.name}
                </button>
              ))}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
