import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/database.js';
import { liveVersion, liveVersions } from '../../store/repositories/live-integrations.js';
import { findLiveStatus } from '../../store/repositories/live-status.js';
import { createLink, type Link, type LinkOptions } from './link.js';
import type { LiveEvent, LiveEventData, LiveEventSink, LivePublisher } from './live-events.js';
import { openMqtt } from './mqtt-session.js';
import { leaseOwnership, type Ownership, soleOwnership } from './ownership.js';
import type { LiveIntegration, LivePorts } from './ports.js';
import type { Opener } from './session.js';
import { createStatusWriter, statusFromRow } from './status-writer.js';
import { createTransients } from './transients.js';
import { openWebSocket } from './ws-session.js';

export interface LiveOptions extends LinkOptions {
  /** How often a node looks for changes to the integrations it holds (made on any node, by any surface). */
  pollMs: number;
  /** How often leases are renewed and free integrations taken. */
  renewMs: number;
  /** A lease not renewed for this long is free (its node died). */
  leaseTtlMs: number;
  /** A publish-only connection (for an integration held by no connection here) closes after this idle time. */
  transientIdleMs: number;
}

export const DEFAULT_LIVE_OPTIONS: LiveOptions = {
  pollMs: 500,
  renewMs: 1_500,
  leaseTtlMs: 5_000,
  transientIdleMs: 10_000,
  keepaliveSeconds: 60,
  connectTimeoutMs: 10_000,
  baseMs: 1_000,
  capMs: 60_000,
  stableMs: 30_000,
};

const OPENERS: Record<LiveIntegration['type'], Opener> = { mqtt: openMqtt, websocket: openWebSocket };

/**
 * Holds one connection per enabled MQTT/WebSocket integration this node owns (all of them on SQLite; on
 * PostgreSQL those whose lease it holds), keeps each in step with its integration, hands their events to
 * the sink and their status to the store, and publishes through them.
 */
export function createLiveManager(
  store: Store,
  ports: LivePorts,
  sink: LiveEventSink,
  options: LiveOptions,
  report: (error: unknown) => void = () => {},
) {
  const holder = `live-${process.pid}-${randomBytes(6).toString('hex')}`;
  const ownership: Ownership = store.dialect === 'postgres' ? leaseOwnership(store, holder, options.leaseTtlMs) : soleOwnership(store);
  const links = new Map<string, Link>();
  const chains = new Map<string, Promise<void>>();
  const statuses = createStatusWriter(store, report);
  const transients = createTransients(ports, options, report);
  let running = false;
  let timers: NodeJS.Timeout[] = [];
  let lastRenewed = Date.now();
  store.metrics.liveConnections(() => links.size);

  function emit(integration: LiveIntegration, data: LiveEventData) {
    const event: LiveEvent = {
      integrationId: integration.id,
      organizationId: integration.organizationId,
      applicationId: integration.applicationId,
      integrationType: integration.type,
      time: new Date(),
      data,
    };
    store.metrics.liveEvent(integration.type, data.type);
    try {
      const handled = sink(event);
      if (handled) handled.catch(report);
    } catch (error) {
      report(error);
    }
  }

  /** Work on one integration, one piece at a time. */
  function serial(id: string, work: () => Promise<void>): Promise<void> {
    const next = (chains.get(id) ?? Promise.resolve()).then(work).catch(report);
    chains.set(id, next);
    void next.then(() => {
      if (chains.get(id) === next) chains.delete(id);
    });
    return next;
  }

  /** Brings this node's connection of one integration in line with the store. */
  function sync(id: string): Promise<void> {
    return serial(id, async () => {
      if (!running) return;
      // Nothing held here and not enabled: nothing to do, and no need to read and open the whole row.
      if (!links.has(id) && !(await liveVersion(store.db, id))?.enabled) {
        transients.drop(id);
        return;
      }
      const integration = await ports.load(id);
      const link = links.get(id);
      transients.drop(id);
      if (!integration?.enabled) {
        if (!link) return;
        links.delete(id);
        await link.close(integration ? 'disabled' : 'deleted');
        await ownership.release(id);
        return;
      }
      if (link) {
        if (link.integration.version !== integration.version) await link.update(integration);
        return;
      }
      if (!(await ownership.claim(id))) return;
      try {
        const stored = statusFromRow(await findLiveStatus(store.db, id));
        const created = createLink(
          integration,
          OPENERS[integration.type],
          { event: (data) => emit(integration, data), status: (status) => statuses.write(id, status) },
          options,
          stored,
        );
        links.set(id, created);
        created.start();
      } catch (error) {
        await ownership.release(id);
        throw error;
      }
    });
  }

  /** Changes made anywhere (another node, another surface) to the integrations held here. */
  async function pollHeld() {
    const ids = [...links.keys()];
    if (ids.length === 0) return;
    const versions = await liveVersions(store.db, ids);
    for (const id of ids) {
      const seen = versions.get(id);
      const held = links.get(id)?.integration;
      if (held && (!seen?.enabled || seen.version !== held.version || seen.type !== held.type)) void sync(id);
    }
  }

  function handOver(id: string) {
    return serial(id, async () => {
      const link = links.get(id);
      links.delete(id);
      await link?.close('handover');
    });
  }

  async function renewAndTake() {
    const held = [...links.keys()];
    try {
      const mine = await ownership.renew(held);
      lastRenewed = Date.now();
      for (const id of held) if (!mine.has(id)) void handOver(id);
    } catch (error) {
      // Unable to renew: before the leases can expire (and another node connect), let go of everything.
      if (Date.now() - lastRenewed >= options.leaseTtlMs - options.renewMs) for (const id of held) void handOver(id);
      throw error;
    }
    for (const id of await ownership.candidates(new Set(links.keys()))) void sync(id);
  }

  function every(ms: number, work: () => Promise<void>) {
    const run = async () => {
      if (!running) return;
      await work().catch(report);
      if (!running) return;
      const timer = setTimeout(run, ms);
      timer.unref();
      timers.push(timer);
      if (timers.length > 16) timers = timers.slice(-4);
    };
    void run();
  }

  const manager = {
    /** Starts holding connections; a second call does nothing. */
    start() {
      if (running) return;
      running = true;
      lastRenewed = Date.now();
      every(options.renewMs, renewAndTake);
      every(options.pollMs, pollHeld);
    },

    /** An integration changed on this node: react now rather than at the next poll. */
    changed(id: string) {
      transients.drop(id);
      if (running) void sync(id);
    },

    /** Closes every connection and frees its lease (another node takes over at once). */
    async stop() {
      if (!running) return transients.closeAll();
      running = false;
      for (const timer of timers) clearTimeout(timer);
      timers = [];
      await Promise.all([...chains.values()]);
      await Promise.all(
        [...links.keys()].map((id) =>
          serial(id, async () => {
            const link = links.get(id);
            links.delete(id);
            await link?.close('stopped');
            await statuses.flush();
            await ownership.release(id);
          }),
        ),
      );
      await transients.closeAll();
      await statuses.flush();
    },

    async publish(integrationId: string, topic: string | undefined, message: string | Buffer) {
      const link = links.get(integrationId);
      if (link?.connected) return link.publish(topic, message);
      return transients.publish(integrationId, topic, message);
    },

    /** The integrations this node holds a connection for. */
    held: () => [...links.keys()],
  } satisfies LivePublisher & Record<string, unknown>;
  return manager;
}

export type LiveManager = ReturnType<typeof createLiveManager>;
