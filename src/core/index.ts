import { deriveKey } from '../lib/crypto.js';
import type { Store } from '../store/database.js';
import { createApplicationService } from './application-service.js';
import { createAuditService } from './audit-log.js';
import { createAuthService } from './auth-service.js';
import type { CoreContext } from './context.js';
import { createFlowService } from './flow-service.js';
import { createIntegrationService } from './integration-service.js';
import { createSetupService } from './setup-service.js';
import { createTokenService } from './token-service.js';

export function createCore(store: Store, secret: string) {
  const ctx: CoreContext = {
    store,
    encryptionKey: deriveKey(secret, 'encryption'),
    signingKey: new Uint8Array(deriveKey(secret, 'token-signing')),
  };
  const auth = createAuthService(ctx);
  const tokens = createTokenService(ctx, auth);
  return {
    store,
    auth,
    tokens,
    applications: createApplicationService(ctx),
    integrations: createIntegrationService(ctx),
    flows: createFlowService(ctx),
    audit: createAuditService(ctx),
    setup: createSetupService(ctx, tokens),
  };
}

export type Core = ReturnType<typeof createCore>;
