import { useMemo, useState } from 'react';
import { get, hasNext, q, request } from '../api';
import { Loaded, useLoad, when } from '../components/common';
import { href } from '../router';
import { LiveBadge, liveIntegrations, liveState } from '../runs/live-status';

interface CeligoIntegration {
  _id: string;
  name?: string;
  createdAt?: string;
  lastModified?: string;
}

interface AuditEntry {
  _resourceId: string;
  resourceType: string;
  event: string;
  surface: string;
  fieldChanges: { fieldPath: string; newValue: unknown }[];
}

const SURFACES: Record<string, string> = { losant: 'Losant', celigo: 'integrator.io', truto: 'Truto', cli: 'CLI', system: 'system' };
const PAGE = 25;

/**
 * Which surface made an integration, and its type, from its `create` audit event: the stored record is
 * one whatever surface made it, and the audit log is the public place that remembers the origin.
 */
export async function originOf(integration: CeligoIntegration): Promise<{ surface: string; type: string }> {
  const created = integration.createdAt ? Date.parse(integration.createdAt) : Date.now();
  const to = new Date(created + 5_000).toISOString();
  try {
    const events = await get<AuditEntry[]>(`/v1/integrations/${integration._id}/audit${q({ to, limit: 100 })}`);
    const create = events.find((e) => e.event === 'create' && e.resourceType === 'integration' && e._resourceId === integration._id);
    if (!create) return { surface: '—', type: '—' };
    const field = (name: string) => create.fieldChanges.find((c) => c.fieldPath === name)?.newValue;
    const config = field('config') as Record<string, unknown> | null | undefined;
    const type =
      (field('integrationType') as string | null) ?? (config && Object.keys(config).length > 0 ? 'declarative HTTP' : 'integration');
    return { surface: SURFACES[create.surface] ?? create.surface, type };
  } catch {
    return { surface: '—', type: '—' };
  }
}

type Row = CeligoIntegration & { surface: string; type: string; live: string | null };
type SortKey = 'name' | 'surface' | 'lastModified' | 'createdAt';

export function IntegrationsPage() {
  const [skip, setSkip] = useState(0);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'createdAt', desc: false });
  const state = useLoad(async () => {
    const answer = await request<CeligoIntegration[]>('GET', `/v1/integrations${q({ skip, limit: PAGE })}`);
    // Live status is on the Losant surface only; a token that cannot read it still sees the list.
    const live = new Map((await liveIntegrations().catch(() => [])).map((i) => [i.id, liveState(i)]));
    const rows: Row[] = await Promise.all(answer.body.map(async (i) => ({ ...i, ...(await originOf(i)), live: live.get(i._id) ?? null })));
    return { rows, next: hasNext(answer.headers) };
  }, [skip]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const rows = (state.data?.rows ?? []).filter((r) => !needle || `${r.name} ${r.surface} ${r.type}`.toLowerCase().includes(needle));
    const value = (r: Row) => String(r[sort.key] ?? '');
    return rows.sort((a, b) => value(a).localeCompare(value(b)) * (sort.desc ? -1 : 1));
  }, [state.data, search, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : false })}>
        {label} {sort.key === key ? (sort.desc ? '▼' : '▲') : ''}
      </button>
    </th>
  );
  return (
    <section aria-labelledby="integrations-title">
      <h1 id="integrations-title">Integrations</h1>
      <p className="muted">Every integration of the organization, whichever surface made it, in creation order, {PAGE} a page.</p>
      <div className="toolbar">
        <label>
          Filter this page <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      <Loaded state={state} what="integrations">
        {(data) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    {header('name', 'Name')}
                    {header('surface', 'Made through')}
                    <th scope="col">Type</th>
                    {header('lastModified', 'Last updated')}
                    <th scope="col">Live status</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r._id}>
                      <td>
                        <a href={href('integrations', r._id)}>{r.name || r._id}</a>
                      </td>
                      <td>{r.surface}</td>
                      <td>{r.type}</td>
                      <td>{when(r.lastModified)}</td>
                      <td>{r.live ? <LiveBadge state={r.live} /> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {shown.length === 0 && <p>No integrations{search ? ' match the filter on this page' : ''}.</p>}
            <nav className="pager" aria-label="Pages">
              <button type="button" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - PAGE))}>
                Previous
              </button>
              <span>{data.rows.length === 0 ? 'none' : `${skip + 1}–${skip + data.rows.length}`}</span>
              <button type="button" disabled={!data.next} onClick={() => setSkip(skip + PAGE)}>
                Next
              </button>
            </nav>
          </>
        )}
      </Loaded>
    </section>
  );
}
