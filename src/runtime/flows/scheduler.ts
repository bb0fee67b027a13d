import { Cron } from 'croner';
import { isObject, type JsonObject } from '../../lib/json.js';
import { startTicker, type Ticker } from '../../lib/ticker.js';
import type { Store } from '../../store/database.js';
import { listEnabledOrganizationFlows } from '../../store/repositories/flows.js';

/** One schedule of a flow: the flow's own (its page generators without one) or a page generator's. */
export interface Schedule {
  organizationId: string;
  flowId: string;
  /** null: the flow's schedule. */
  exportIds: string[] | null;
  key: string;
  cron: Cron;
}

/**
 * integrator.io's 6-field cron: a leading `?` (no seconds given) is second 0, `?` in the day fields means
 * any. A first field that is a number or range is seconds, as croner reads 6 fields.
 */
export function toCron(expression: string, timezone: string | undefined): Cron | null {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 6 && fields.length !== 5) return null;
  if (fields.length === 6 && fields[0] === '?') fields[0] = '0';
  const pattern = fields.map((f, i) => (f === '?' && i > 0 ? '*' : f)).join(' ');
  try {
    // An unknown IANA zone throws here (croner would only fail at its first run).
    if (timezone) new Intl.DateTimeFormat('en', { timeZone: timezone });
    return new Cron(pattern, { paused: true, ...(timezone ? { timezone } : {}) });
  } catch {
    return null;
  }
}

export function schedulesOf(flow: { id: string; organization_id: string; attributes: string }): Schedule[] {
  let doc: JsonObject;
  try {
    doc = JSON.parse(flow.attributes);
  } catch {
    return [];
  }
  const timezone = typeof doc.timezone === 'string' && doc.timezone !== '' ? doc.timezone : undefined;
  const generators = (Array.isArray(doc.pageGenerators) ? doc.pageGenerators : []).filter(isObject);
  const own = generators.filter((pg) => typeof pg.schedule === 'string' && pg.schedule !== '');
  const out: Schedule[] = [];
  const add = (expression: unknown, exportIds: string[] | null, key: string) => {
    const cron = typeof expression === 'string' && expression !== '' ? toCron(expression, timezone) : null;
    if (cron) out.push({ organizationId: flow.organization_id, flowId: flow.id, exportIds, key, cron });
  };
  const rest = generators.filter((pg) => !own.includes(pg)).map((pg) => String(pg._exportId ?? '').toLowerCase());
  if (rest.length > 0) add(doc.schedule, own.length > 0 ? rest : null, 'flow');
  for (const pg of own) {
    const id = String(pg._exportId ?? '').toLowerCase();
    add(pg.schedule, [id], id);
  }
  return out;
}

export type Fire = (schedule: Schedule, at: Date, triggerKey: string) => Promise<void>;

/**
 * Every node ticks: the firings since its last tick are fired, each with the key `<flow>:<schedule>:<time>`
 * that the jobs table takes once, so one firing is one run whichever nodes see it. Firings from before the
 * node started (or older than `lateMs`) are not made up for.
 */
export function createScheduler(store: Store, fire: Fire, options: { tickMs: number; lateMs: number }) {
  let last = Date.now();
  let ticker: Ticker | null = null;

  async function tick() {
    const now = Date.now();
    const from = Math.max(last, now - options.lateMs);
    last = now;
    for (const flow of await listEnabledOrganizationFlows(store.db)) {
      for (const schedule of schedulesOf(flow)) {
        let at = schedule.cron.nextRun(new Date(from));
        for (let n = 0; at && at.getTime() <= now && n < 5; n++) {
          await fire(schedule, at, `schedule:${schedule.flowId}:${schedule.key}:${at.toISOString()}`).catch(() => {});
          at = schedule.cron.nextRun(at);
        }
      }
    }
  }

  return {
    start() {
      last = Date.now();
      ticker = startTicker(tick, options.tickMs);
    },
    async stop() {
      await ticker?.stop();
      ticker = null;
    },
  };
}
