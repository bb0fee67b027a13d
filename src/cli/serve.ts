import { buildApp } from '../app.js';
import { openCore } from './runtime.js';

export async function serve(): Promise<void> {
  const { config, core } = await openCore();
  const firstStart = await core.setup.isEmpty();
  const app = await buildApp({
    config,
    core,
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
  });
  const address = await app.listen({ host: config.host, port: config.port });
  // Flow runs: this node's queue worker, schedules and the recovery of runs a dead node left.
  await core.start();

  if (firstStart) {
    const { organizationId, applicationId, token } = await core.setup.init();
    const base = address.replace('0.0.0.0', '127.0.0.1');
    process.stdout.write(
      [
        '',
        'Junction is ready. Created organization and application "default".',
        `  organizationId: ${organizationId}`,
        `  applicationId:  ${applicationId}`,
        `  admin token (all.Organization, shown once): ${token}`,
        '',
        'Try it:',
        `  curl -H 'Authorization: Bearer ${token}' ${base}/applications/${applicationId}/integrations`,
        '',
      ].join('\n'),
    );
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
