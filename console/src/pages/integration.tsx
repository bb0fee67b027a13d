import { lazy, Suspense, useState } from 'react';
import { get, q } from '../api';
import { AuditTimeline } from '../components/audit-timeline';
import { Badge, ErrorView, Loaded, Loading, useLoad, when } from '../components/common';
import { href } from '../router';
import type { TrutoIntegration } from './config-editor';
import { originOf } from './integrations';
import { Revisions } from './revisions';
import { Sharing } from './sharing';

interface CeligoIntegration {
  _id: string;
  name?: string;
  description?: string;
  createdAt?: string;
  lastModified?: string;
  _registeredConnectionIds?: string[];
  [key: string]: unknown;
}
export interface Account {
  id: string;
  integration_id: string;
  environment_id: string | null;
  authentication_method: string | null;
  status: string;
  context: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

// The editor (CodeMirror, the schema validator) is most of the bundle: loaded when the Config tab opens.
const ConfigEditor = lazy(() => import('./config-editor').then((m) => ({ default: m.ConfigEditor })));

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'config', label: 'Config' },
  { id: 'sharing', label: 'Sharing & installs' },
  { id: 'revisions', label: 'Revisions' },
  { id: 'audit', label: 'Audit' },
];

function Overview({
  celigo,
  truto,
  origin,
}: {
  celigo: CeligoIntegration;
  truto: TrutoIntegration;
  origin: { surface: string; type: string };
}) {
  const accounts = useLoad(
    () => get<{ result: Account[] }>(`/integrated-account${q({ integration_id: truto.id, limit: 100 })}`),
    [truto.id],
  );
  const rows: [string, React.ReactNode][] = [
    ['Id', <code key="id">{celigo._id}</code>],
    ['Made through', origin.surface],
    ['Type', origin.type],
    ['Description', celigo.description ?? '—'],
    ['Category', truto.category ?? '—'],
    ['Version', truto.version],
    ['Sharing', <Badge key="s" value={truto.sharing} />],
    ['Beta', truto.is_beta ? 'yes' : 'no'],
    ['Installed in', truto.installed_environment.length === 0 ? 'no environment' : truto.installed_environment.join(', ')],
    ['Registered connections', (celigo._registeredConnectionIds ?? []).length],
    ['Created', when(celigo.createdAt)],
    ['Last updated', when(celigo.lastModified)],
  ];
  return (
    <>
      <dl className="fields">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h2>Connected accounts</h2>
      <Loaded state={accounts} what="connected accounts">
        {(list) =>
          list.result.length === 0 ? (
            <p>No account is connected to this integration.</p>
          ) : (
            <ul className="plain">
              {list.result.map((a) => (
                <li key={a.id}>
                  <a href={href('accounts', a.id)}>Account {a.id}</a> <Badge value={a.status} /> {a.authentication_method ?? ''}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

export function IntegrationPage({ id, tab }: { id: string; tab: string }) {
  const [truto, setTruto] = useState<TrutoIntegration | null>(null);
  const state = useLoad(async () => {
    const [celigo, trutoView] = await Promise.all([
      get<CeligoIntegration>(`/v1/integrations/${id}`),
      get<TrutoIntegration>(`/integration/${id}`),
    ]);
    setTruto(trutoView);
    return { celigo, origin: await originOf(celigo) };
  }, [id]);
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <section aria-labelledby="integration-title">
      <p>
        <a href={href('integrations')}>← Integrations</a>
      </p>
      <Loaded state={state} what="the integration">
        {({ celigo, origin }) =>
          truto ? (
            <>
              <h1 id="integration-title">{celigo.name || celigo._id}</h1>
              <nav aria-label="Integration sections" className="tabs">
                {TABS.map((t) => (
                  <a key={t.id} href={href('integrations', id, t.id)} aria-current={t.id === current.id ? 'page' : undefined}>
                    {t.label}
                  </a>
                ))}
              </nav>
              {current.id === 'overview' && <Overview celigo={celigo} truto={truto} origin={origin} />}
              {current.id === 'config' && (
                <Suspense fallback={<Loading what="the editor" />}>
                  <ConfigEditor key={truto.id} integration={truto} onSaved={setTruto} />
                </Suspense>
              )}
              {current.id === 'sharing' && <Sharing integration={truto} onChanged={setTruto} />}
              {current.id === 'revisions' && <Revisions integrationId={id} onReverted={state.reload} />}
              {current.id === 'audit' && (
                <section aria-labelledby="audit-title">
                  <h2 id="audit-title">Audit of this integration</h2>
                  <AuditTimeline path={`/v1/integrations/${id}/audit`} />
                </section>
              )}
            </>
          ) : (
            <ErrorView error={new Error('The integration has no Truto view')} />
          )
        }
      </Loaded>
    </section>
  );
}
