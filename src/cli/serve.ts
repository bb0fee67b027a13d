import { buildApp } from '../app.js';
import { announceFirstStart } from './banner.js';
import { loggerOptions } from './logging.js';
import { openCore } from './runtime.js';

export async function serve(): Promise<void> {
  const { config, core } = await openCore({ metrics: true });
  const firstStart = await core.setup.isEmpty();
  const app = await buildApp({
    config,
    core,
    logger: loggerOptions(config),
  });
  const address = await app.listen({ host: config.host, port: config.port });

  if (firstStart) {
    announceFirstStart(await core.setup.init(), { address, adminTokenFile: config.adminTokenFile, log: app.log });
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await core.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
