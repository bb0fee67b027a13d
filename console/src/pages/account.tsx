import { type FormEvent, useState } from 'react';
import { get, q, send } from '../api';
import { CallChart } from '../components/chart';
import { Badge, ErrorView, Json, Loaded, useAction, useLoad, when } from '../components/common';
import { href } from '../router';
import type { TrutoIntegration } from './config-editor';
import type { Account } from './integration';

interface Call {
  id: string;
  resource: string;
  method: string;
  http_method: string;
  path: string;
  status: number | null;
  duration_ms: number;
  attempts: number;
  error: string | null;
  created_at: string;
}
export type CallPage = { result: Call[]; next_cursor: string | null };

const ok = (c: Call) => c.status !== null && c.status < 400 && !c.error;

/** Field names a credential form offers: the config's declared fields, then what the account holds. */
function credentialFields(account: Account, integration: TrutoIntegration | null): { name: string; secret: boolean }[] {
  const credentials = (integration?.config.credentials ?? {}) as { config?: { fields?: { name: string; type?: string }[] } };
  const declared = credentials.config?.fields ?? [];
  const names = new Map(declared.map((f) => [f.name, f.type === 'password']));
  for (const [key, value] of Object.entries(account.context))
    if (!names.has(key)) names.set(key, value === '********' || typeof value !== 'string');
  return [...names].filter(([name]) => name !== 'oauth').map(([name, secret]) => ({ name, secret }));
}

function Credentials({ account, integration, onSaved }: { account: Account; integration: TrutoIntegration | null; onSaved: () => void }) {
  const fields = credentialFields(account, integration);
  const [values, setValues] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const context = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    if (Object.keys(context).length === 0) return setDone('Nothing to change: fill the fields to replace.');
    action.run(async () => {
      await send('PATCH', `/integrated-account/${account.id}`, { context });
      setValues({});
      setDone(`Replaced ${Object.keys(context).join(', ')}.`);
      onSaved();
    });
  };
  return (
    <form onSubmit={submit} className="credentials" aria-labelledby="credentials-title">
      <h2 id="credentials-title">Credentials</h2>
      <p className="muted">Write-only: stored values are never shown. Fill only what you want to replace.</p>
      {fields.length === 0 && <p>The account holds no credential fields.</p>}
      {fields.map((f) => (
        <label key={f.name}>
          {f.name}
          <input
            type={f.secret ? 'password' : 'text'}
            autoComplete="off"
            value={values[f.name] ?? ''}
            placeholder={f.secret ? 'unchanged' : String(account.context[f.name] ?? '')}
            onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit" disabled={action.pending || fields.length === 0}>
        Save credentials
      </button>
      {done && <p role="status">{done}</p>}
      <ErrorView error={action.error} />
    </form>
  );
}

export function CallLog({ accountId, refresh }: { accountId: string; refresh: number }) {
  const calls = useLoad(() => get<CallPage>(`/integrated-account/${accountId}/calls${q({ limit: 200 })}`), [accountId, refresh]);
  return (
    <section aria-labelledby="calls-title">
      <h2 id="calls-title">Call log</h2>
      <Loaded state={calls} what="calls">
        {(page) => (
          <>
            <CallChart title="Calls" points={page.result.map((c) => ({ at: c.created_at, ok: ok(c), durationMs: c.duration_ms }))} />
            <div className="table-wrap">
              <table>
                <caption>Newest first, with token requests.</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Call</th>
                    <th scope="col">Status</th>
                    <th scope="col">Duration</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {page.result.map((c) => (
                    <tr key={c.id}>
                      <td>{when(c.created_at)}</td>
                      <td>
                        <code>
                          {c.http_method} {c.path}
                        </code>{' '}
                        <span className="muted">
                          {c.resource}.{c.method}
                        </span>
                      </td>
                      <td>
                        <Badge value={c.status === null ? 'error' : String(c.status)} />
                      </td>
                      <td>{c.duration_ms} ms</td>
                      <td>{c.attempts}</td>
                      <td>{c.error ?? ''}</td>
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

export function AccountPage({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const state = useLoad(async () => {
    const account = await get<Account>(`/integrated-account/${id}`);
    const integration = await get<TrutoIntegration>(`/integration/${account.integration_id}`).catch(() => null);
    return { account, integration };
  }, [id, refresh]);
  const [ping, setPing] = useState<string | null>(null);
  const action = useAction();
  const again = () => setRefresh((r) => r + 1);
  const doPing = () =>
    action.run(async () => {
      const result = await send<{ message: string }>('POST', `/v1/connections/${id}/ping`);
      setPing(result.message);
      again();
    });
  const startOAuth = () =>
    action.run(async () => {
      const { url } = await get<{ url: string }>(`/oauth/authorize/${id}`);
      location.assign(url);
    });
  return (
    <section aria-labelledby="account-title">
      <p>
        <a href={href('connections')}>← Connections</a>
      </p>
      <Loaded state={state} what="the account">
        {({ account, integration }) => (
          <>
            <h1 id="account-title">
              Account of {integration?.name ?? account.integration_id} <Badge value={account.status} />
            </h1>
            <dl className="fields">
              {[
                ['Id', account.id],
                [
                  'Integration',
                  <a key="i" href={href('integrations', account.integration_id)}>
                    {integration?.name ?? account.integration_id}
                  </a>,
                ],
                ['Environment', account.environment_id ?? 'organization-wide'],
                ['Authentication', account.authentication_method ?? '—'],
                ['Connected', when(account.created_at)],
                ['Updated', when(account.updated_at)],
              ].map(([k, v]) => (
                <div key={String(k)}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            <div className="actions">
              <button type="button" onClick={doPing} disabled={action.pending}>
                Ping
              </button>
              {account.authentication_method === 'oauth2' && (
                <button type="button" className="secondary" onClick={startOAuth} disabled={action.pending}>
                  {account.status === 'needs_reauth' ? 'Reconnect (OAuth)' : 'Start OAuth flow'}
                </button>
              )}
              <a className="button secondary" href={href('proxy', account.id)}>
                Try the proxy
              </a>
            </div>
            {ping && <p role="status">Ping: {ping}</p>}
            <ErrorView error={action.error} />
            <details>
              <summary>Context (secrets masked)</summary>
              <Json value={account.context} />
            </details>
            <Credentials account={account} integration={integration} onSaved={again} />
            <CallLog accountId={account.id} refresh={refresh} />
          </>
        )}
      </Loaded>
    </section>
  );
}
