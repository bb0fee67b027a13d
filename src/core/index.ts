import { deriveKey } from '../lib/crypto.js';
import type { Store } from '../store/database.js';
import { createApplicationService } from './application-service.js';
import { createAuditService } from './audit-log.js';
import { createAuthService } from './auth-service.js';
import type { CoreContext } from './context.js';
import { createEnvironmentService } from './environment-service.js';
import { createFlowService } from './flow-service.js';
import { createInstallationService } from './installation-service.js';
import { createIntegrationCatalogService } from './integration-catalog-service.js';
import { createIntegrationFlowService } from './integration-flow-service.js';
import { createIntegrationLinksService } from './integration-links-service.js';
import { createIntegrationService } from './integration-service.js';
import { createResourceService } from './resource-service.js';
import { createRevisionService } from './revision-service.js';
import { createSetupService } from './setup-service.js';
import { createShareService } from './share-service.js';
import { createTemplateService } from './template-service.js';
import { createTokenService } from './token-service.js';

export function createCore(store: Store, secret: string) {
  const ctx: CoreContext = {
    store,
    encryptionKey: deriveKey(secret, 'encryption'),
    signingKey: new Uint8Array(deriveKey(secret, 'token-signing')),
  };
  const auth = createAuthService(ctx);
  const tokens = createTokenService(ctx, auth);
  const integrations = createIntegrationService(ctx);
  return {
    store,
    auth,
    tokens,
    applications: createApplicationService(ctx),
    integrations,
    flows: createFlowService(ctx),
    audit: createAuditService(ctx),
    setup: createSetupService(ctx, tokens),
    // integrator.io resources (also reachable by the other surfaces through the same store)
    resources: createResourceService(ctx),
    integrationFlows: createIntegrationFlowService(ctx),
    integrationLinks: createIntegrationLinksService(ctx, integrations),
    shares: createShareService(ctx),
    revisions: createRevisionService(ctx),
    templates: createTemplateService(ctx, deriveKey(secret, 'template-url')),
    // Truto: the integrations a team sees (own and shared), environments, installs.
    catalog: createIntegrationCatalogService(ctx, createIntegrationService(ctx)),
    environments: createEnvironmentService(ctx),
    installations: createInstallationService(ctx),
  };
}

export type Core = ReturnType<typeof createCore>;
