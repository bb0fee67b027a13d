import { type FormEvent, useEffect, useState } from 'react';
import { get, q, request } from '../api';
import { ErrorView, Json, Loaded, useAction, useLoad } from '../components/common';
import { go } from '../router';
import type { CallPage } from './account';
import type { TrutoIntegration } from './config-editor';
import type { Account } from './integration';

const STANDARD: Record<string, { verb: string; withId: boolean; withBody: boolean }> = {
  list: { verb: 'GET', withId: false, withBody: false },
  get: { verb: 'GET', withId: true, withBody: false },
  create: { verb: 'POST', withId: false, withBody: true },
  update: { verb: 'PATCH', withId: true, withBody: true },
  delete: { verb: 'DELETE', withId: true, withBody: false },
};
const shapeOf = (method: string) => STANDARD[method] ?? { verb: 'POST', withId: false, withBody: true };

function parseQuery(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const at = l.indexOf('=');
        return at < 0 ? [l, ''] : [l.slice(0, at), l.slice(at + 1)];
      }),
  );
}

/** Runs one proxied call for an account and shows the normalised answer and the upstream calls it made. */
export function ProxyPage({ accountId }: { accountId?: string }) {
  const accounts = useLoad(() => get<{ result: Account[] }>(`/integrated-account${q({ limit: 100 })}`), []);
  const account = accounts.data?.result.find((a) => a.id === accountId) ?? null;
  const integration = useLoad(
    () => (account ? get<TrutoIntegration>(`/integration/${account.integration_id}`) : Promise.resolve(null)),
    [account?.integration_id],
  );
  const resources = (integration.data?.config.resources ?? {}) as Record<string, Record<string, unknown>>;
  const [resource, setResource] = useState('');
  const [method, setMethod] = useState('list');
  const [id, setId] = useState('');
  const [query, setQuery] = useState('');
  const [body, setBody] = useState('{}');
  const [result, setResult] = useState<{ status: string; answer: unknown; calls: CallPage['result'] } | null>(null);
  const action = useAction();
  useEffect(() => {
    const names = Object.keys(resources);
    if (names.length > 0 && !names.includes(resource)) setResource(names[0]);
  }, [resources, resource]);
  const methods = Object.keys(resources[resource] ?? {});
  useEffect(() => {
    if (methods.length > 0 && !methods.includes(method)) setMethod(methods[0]);
  }, [methods, method]);
  const shape = shapeOf(method);

  const run = (event: FormEvent) => {
    event.preventDefault();
    if (!account) return;
    action.run(async () => {
      setResult(null);
      const log = `/integrated-account/${account.id}/calls${q({ limit: 50 })}`;
      const before = (await get<CallPage>(log)).result[0]?.id ?? '';
      const path = [
        `/proxy/${encodeURIComponent(resource)}`,
        shape.withId ? `/${encodeURIComponent(id)}` : '',
        method in STANDARD ? '' : `/${encodeURIComponent(method)}`,
      ].join('');
      const params = q({ ...parseQuery(query), integrated_account_id: account.id });
      let status = 'ok';
      let answer: unknown;
      try {
        answer = (await request(shape.verb, path + params, shape.withBody ? JSON.parse(body || '{}') : undefined)).body;
      } catch (e) {
        status = 'failed';
        answer = { error: (e as Error).message };
      }
      // The call log is written in batches: look again shortly for the calls this run made.
      let calls: CallPage['result'] = [];
      for (let attempt = 0; attempt < 5 && calls.length === 0; attempt++) {
        await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
        calls = (await get<CallPage>(log)).result.filter((c) => c.id > before);
      }
      setResult({ status, answer, calls });
    });
  };

  return (
    <section aria-labelledby="proxy-title">
      <h1 id="proxy-title">Proxy try-it</h1>
      <Loaded state={accounts} what="accounts">
        {(list) => (
          <form onSubmit={run} className="proxy-form">
            <label>
              Account
              <select value={accountId ?? ''} onChange={(e) => go('proxy', e.target.value)}>
                <option value="">choose an account…</option>
                {list.result.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id} ({a.status})
                  </option>
                ))}
              </select>
            </label>
            {account && (
              <>
                <label>
                  Resource
                  <select value={resource} onChange={(e) => setResource(e.target.value)}>
                    {Object.keys(resources).map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                </label>
                <label>
                  Method
                  <select value={method} onChange={(e) => setMethod(e.target.value)}>
                    {methods.map((m) => (
                      <option key={m}>{m}</option>
                    ))}
                  </select>
                </label>
                {shape.withId && (
                  <label>
                    Id <input value={id} onChange={(e) => setId(e.target.value)} required />
                  </label>
                )}
                <label>
                  Query (one name=value a line)
                  <textarea rows={3} value={query} onChange={(e) => setQuery(e.target.value)} />
                </label>
                {shape.withBody && (
                  <label>
                    Body (JSON)
                    <textarea rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
                  </label>
                )}
                <button type="submit" disabled={action.pending || !resource}>
                  Run {shape.verb} {resource}
                  {method in STANDARD ? '' : `/${method}`}
                </button>
              </>
            )}
          </form>
        )}
      </Loaded>
      <ErrorView error={action.error} />
      {result && (
        <section aria-labelledby="answer-title">
          <h2 id="answer-title">Answer ({result.status})</h2>
          <Json value={result.answer} />
          <h3>Upstream calls it made</h3>
          {result.calls.length === 0 ? (
            <p>None logged yet.</p>
          ) : (
            <ul className="plain">
              {result.calls.map((c) => (
                <li key={c.id}>
                  <code>
                    {c.http_method} {c.path}
                  </code>{' '}
                  → {c.status ?? 'no answer'} in {c.duration_ms} ms, {c.attempts} attempt{c.attempts === 1 ? '' : 's'} {c.error ?? ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
