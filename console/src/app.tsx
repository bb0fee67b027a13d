import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, get, session } from './api';
import { ErrorView } from './components/common';
import { AccountPage } from './pages/account';
import { AuditPage } from './pages/audit';
import { ConnectionsPage } from './pages/connections';
import { IntegrationPage } from './pages/integration';
import { IntegrationsPage } from './pages/integrations';
import { ProxyPage } from './pages/proxy';
import { href, useRoute } from './router';
import { runSources } from './runs';

interface TokenInfo {
  _userId: string;
  scope: string;
}

const NAV = [
  { id: 'integrations', label: 'Integrations' },
  { id: 'connections', label: 'Connections' },
  { id: 'audit', label: 'Audit' },
  { id: 'proxy', label: 'Proxy try-it' },
  ...(runSources.length > 0 ? [{ id: 'runs', label: 'Runs' }] : []),
];

function Login({ onLogin, reason }: { onLogin: (info: TokenInfo) => void; reason: unknown }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(reason);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    session.set(token.trim());
    try {
      onLogin(await get<TokenInfo>('/v1/tokenInfo'));
    } catch (e) {
      session.clear();
      setError(e);
    }
  };
  return (
    <main id="main" className="login">
      <h1>Junction console</h1>
      <form onSubmit={submit}>
        <label htmlFor="token">API token</label>
        <p className="muted" id="token-help">
          Paste the admin token <code>npm start</code> printed, or any token made with <code>bin/junction token create</code>. It stays in
          this tab's session storage.
        </p>
        <input
          id="token"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby="token-help"
          required
        />
        <button type="submit">Log in</button>
      </form>
      <ErrorView error={error} />
    </main>
  );
}

function Page({ route }: { route: string[] }) {
  const [section, id, tab] = route;
  switch (section) {
    case 'integrations':
      return id ? <IntegrationPage id={id} tab={tab ?? 'overview'} /> : <IntegrationsPage />;
    case 'connections':
      return <ConnectionsPage />;
    case 'accounts':
      return <AccountPage id={id} />;
    case 'audit':
      return <AuditPage />;
    case 'proxy':
      return <ProxyPage accountId={id} />;
    case 'runs': {
      const source = runSources.find((s) => s.id === id) ?? runSources[0];
      if (!source) return <p>No run history is available yet.</p>;
      return (
        <>
          <nav aria-label="Runs" className="subnav">
            <ul>
              {runSources.map((s) => (
                <li key={s.id}>
                  <a href={href('runs', s.id)} aria-current={s.id === source.id ? 'page' : undefined}>
                    {s.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <source.Page />
        </>
      );
    }
    default:
      return (
        <p>
          Nothing here. Go to <a href={href('integrations')}>integrations</a>.
        </p>
      );
  }
}

export function App() {
  const route = useRoute();
  const [info, setInfo] = useState<TokenInfo | null>(null);
  const [checking, setChecking] = useState(Boolean(session.token()));
  const [reason, setReason] = useState<unknown>(null);
  useEffect(() => {
    if (!session.token()) return;
    get<TokenInfo>('/v1/tokenInfo')
      .then(setInfo, (e) => {
        session.clear();
        setReason(e instanceof ApiError ? e : null);
      })
      .finally(() => setChecking(false));
  }, []);
  useEffect(() => {
    document.title = `${NAV.find((n) => n.id === route[0])?.label ?? 'Junction'} · Junction console`;
  }, [route]);
  if (checking) return <p className="muted">Checking the token…</p>;
  if (!info) return <Login onLogin={setInfo} reason={reason} />;
  const logout = () => {
    session.clear();
    setInfo(null);
  };
  return (
    <>
      <button type="button" className="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header className="top">
        <span className="brand">Junction</span>
        <nav aria-label="Sections">
          <ul>
            {NAV.map((n) => (
              <li key={n.id}>
                <a
                  href={href(n.id)}
                  aria-current={route[0] === n.id || (n.id === 'connections' && route[0] === 'accounts') ? 'page' : undefined}
                >
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who" title={`token ${info._userId}`}>
          scope: <code>{info.scope}</code>
        </span>
        <button type="button" className="link" onClick={logout}>
          Log out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
