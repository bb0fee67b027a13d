import { openMqtt } from './mqtt-session.js';
import type { LiveIntegration, LivePorts } from './ports.js';
import type { OpenOptions, Session, SessionEvents } from './session.js';
import { openWebSocket } from './ws-session.js';

interface Transient {
  version: number;
  session: Promise<Session>;
  idle: NodeJS.Timeout | null;
}

/**
 * Publish-only connections for integrations this node holds no connection of (another node holds it, or
 * it has no subscription to hold): publishing needs no subscription. Each is reused while its integration
 * keeps its version and closes after an idle while.
 */
export function createTransients(ports: LivePorts, options: OpenOptions & { transientIdleMs: number }, report: (error: unknown) => void) {
  const open = new Map<string, Transient>();

  function drop(id: string) {
    const entry = open.get(id);
    if (!entry) return Promise.resolve();
    open.delete(id);
    if (entry.idle) clearTimeout(entry.idle);
    return entry.session.then((s) => s.close()).catch(() => {});
  }

  function connect(integration: LiveIntegration): Transient {
    const events: SessionEvents = {
      message: () => {},
      heard: () => {},
      problem: () => {},
      closed: () => {
        if (open.get(integration.id) === entry) open.delete(integration.id);
      },
    };
    const opener = integration.type === 'mqtt' ? openMqtt : openWebSocket;
    const entry: Transient = {
      version: integration.version,
      session: opener(integration, events, { ...options, transient: true }),
      idle: null,
    };
    entry.session.catch(() => {
      if (open.get(integration.id) === entry) open.delete(integration.id);
    });
    return entry;
  }

  return {
    drop,
    async publish(id: string, topic: string | undefined, message: string | Buffer) {
      const integration = await ports.load(id);
      if (!integration) throw new Error(`Integration ${id} was not found or is not an MQTT or WebSocket integration`);
      if (!integration.enabled) throw new Error(`Integration ${id} is disabled`);
      let entry = open.get(id);
      if (entry && entry.version !== integration.version) {
        await drop(id);
        entry = undefined;
      }
      if (!entry) {
        entry = connect(integration);
        open.set(id, entry);
      }
      if (entry.idle) clearTimeout(entry.idle);
      const current = entry;
      current.idle = setTimeout(() => {
        if (open.get(id) === current) drop(id).catch(report);
      }, options.transientIdleMs);
      current.idle.unref();
      const session = await current.session;
      await session.publish(topic, message);
    },
    async closeAll() {
      await Promise.all([...open.keys()].map(drop));
    },
  };
}
