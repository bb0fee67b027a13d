import { chmodSync, writeFileSync } from 'node:fs';
import type { Tenant } from '../core/tenancy/setup-service.js';

/**
 * The first start's admin token goes to a person, not into the log stream (which log shippers keep):
 * written to ADMIN_TOKEN_FILE (mode 0600) when set, else shown on stderr. The log only says where it went.
 */
export function announceFirstStart(
  tenant: Tenant,
  options: {
    address: string;
    adminTokenFile: string | null;
    log: { info(fields: object, message: string): void };
    err?: NodeJS.WritableStream;
  },
): void {
  const err = options.err ?? process.stderr;
  const base = options.address.replace('0.0.0.0', '127.0.0.1');
  if (options.adminTokenFile) {
    writeFileSync(options.adminTokenFile, `${tenant.token}\n`, { mode: 0o600 });
    chmodSync(options.adminTokenFile, 0o600);
  }
  const token = options.adminTokenFile ? `$(cat ${options.adminTokenFile})` : tenant.token;
  err.write(
    [
      '',
      'Junction is ready. Created organization and application "default".',
      `  organizationId: ${tenant.organizationId}`,
      `  applicationId:  ${tenant.applicationId}`,
      options.adminTokenFile
        ? `  admin token (all.Organization): written to ${options.adminTokenFile} (mode 0600)`
        : `  admin token (all.Organization, shown once): ${tenant.token}`,
      '',
      'Try it:',
      `  curl -H "Authorization: Bearer ${token}" ${base}/applications/${tenant.applicationId}/integrations`,
      `  API reference: ${base}/docs`,
      `  Console: ${base}/console (paste the admin token)`,
      '',
    ].join('\n'),
  );
  options.log.info(
    { organizationId: tenant.organizationId, applicationId: tenant.applicationId },
    options.adminTokenFile ? `first start: admin token written to ${options.adminTokenFile}` : 'first start: admin token shown on stderr',
  );
}
