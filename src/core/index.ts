import type { Dispatcher } from 'undici';
import { decrypt, deriveKey } from '../lib/crypto.js';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from '../runtime/engine/http-client.js';
import { createDeliveryRuntime, DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from '../runtime/events/delivery-runtime.js';
import { createFlowRuntime, DEFAULT_FLOW_RUNTIME, type FlowRuntimeOptions } from '../runtime/flows/flow-runtime.js';
import type { Store } from '../store/database.js';
import { createAccountTokenService, DEFAULT_TOKEN_OPTIONS, type TokenOptions } from './connections/account-token-service.js';
import { createCallLog } from './connections/call-log-service.js';
import { createIntegratedAccountService } from './connections/integrated-account-service.js';
import { createProxyService } from './connections/proxy-service.js';
import { createFlowService } from './flows/workflow-service.js';
import { createIntegrationService } from './integrations/integration-service.js';
import { createConnectionPingService } from './integrator-io/connection-ping-service.js';
import { createFlowPorts } from './integrator-io/flow-ports.js';
import { createIntegrationFlowService } from './integrator-io/integration-flow-service.js';
import { createIntegrationLinksService } from './integrator-io/integration-links-service.js';
import { createJobErrorService } from './integrator-io/job-error-service.js';
import { createJobService } from './integrator-io/job-service.js';
import { createResourceService } from './integrator-io/resource-service.js';
import { createRevisionService } from './integrator-io/revision-service.js';
import { createShareService } from './integrator-io/share-service.js';
import { createTemplateService } from './integrator-io/template-service.js';
import { createWebhookService } from './integrator-io/webhook-service.js';
import { createAuditService } from './shared/audit-service.js';
import type { CoreContext } from './shared/context.js';
import { createApplicationService } from './tenancy/application-service.js';
import { createAuthService } from './tenancy/auth-service.js';
import { createSetupService } from './tenancy/setup-service.js';
import { createTokenService } from './tenancy/token-service.js';
import { createIntegrationCatalogService } from './truto/catalog-service.js';
import { createEffectiveConfig } from './truto/effective-config.js';
import { createInstallationService } from './truto/environment-integration-service.js';
import { createEnvironmentService } from './truto/environment-service.js';
import { createInboundWebhookService, DEFAULT_INBOUND_OPTIONS, type InboundOptions } from './truto/inbound-webhook-service.js';
import { createOutboundWebhookService } from './truto/outbound-webhook-service.js';

/** Upstream call limits of the engine, token refresh timing, the flow runtime's and the webhooks'; tests shorten them. */
export type RuntimeOptions = HttpOptions &
  TokenOptions & {
    flows: Partial<FlowRuntimeOptions>;
    deliveries?: Partial<DeliveryOptions>;
    inbound?: Partial<InboundOptions>;
    /** Where webhook deliveries connect (the egress policy's dispatcher); undici's global one when absent. */
    deliveryDispatcher?: () => Dispatcher | undefined;
  };

export function createCore(store: Store, secret: string, runtime: Partial<RuntimeOptions> = {}) {
  const ctx: CoreContext = {
    store,
    encryptionKey: deriveKey(secret, 'encryption'),
    signingKey: new Uint8Array(deriveKey(secret, 'token-signing')),
  };
  const auth = createAuthService(ctx);
  const tokens = createTokenService(ctx, auth);
  const integrations = createIntegrationService(ctx);
  const runtimeOptions: RuntimeOptions = { ...DEFAULT_HTTP_OPTIONS, ...DEFAULT_TOKEN_OPTIONS, flows: {}, ...runtime };
  const http = () => runtimeOptions;
  const callLog = createCallLog(ctx);
  const integratedAccounts = createIntegratedAccountService(ctx, integrations, callLog);
  const accountTokens = createAccountTokenService(ctx, integratedAccounts, http, runtimeOptions, callLog);
  const installations = createInstallationService(ctx);
  const effective = createEffectiveConfig(integrations, installations);
  const proxy = createProxyService(integrations, integratedAccounts, accountTokens, http, callLog, effective.overrideFor);
  const resources = createResourceService(ctx, integratedAccounts, effective.configOf, callLog);
  // Flow runs: the runtime gets what it needs as ports; the job service queues runs for it.
  const flowRuntime = createFlowRuntime(
    store,
    createFlowPorts(
      ctx,
      proxy,
      http,
      callLog,
      (job) => jobs.ended(job),
      async (organizationId, flowId, exportIds, key) => {
        await jobs.runBySystem(organizationId, flowId, { ...(exportIds ? { _exportIds: exportIds } : {}), trigger: 'schedule' }, key);
      },
    ),
    { ...DEFAULT_FLOW_RUNTIME, ...runtimeOptions.flows },
  );
  const jobs = createJobService(ctx, flowRuntime);
  // Webhook deliveries: the runtime reads the outbox the services write in their transactions.
  const deliveries = createDeliveryRuntime(
    store,
    { secretOf: (sealed) => decrypt(ctx.encryptionKey, sealed), dispatcher: runtimeOptions.deliveryDispatcher },
    { ...DEFAULT_DELIVERY_OPTIONS, ...runtimeOptions.deliveries },
  );
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
    resources,
    connectionPing: createConnectionPingService(ctx, integratedAccounts, proxy, http, callLog),
    integrationFlows: createIntegrationFlowService(ctx),
    integrationLinks: createIntegrationLinksService(ctx, integrations, resources.present),
    shares: createShareService(ctx),
    revisions: createRevisionService(ctx),
    templates: createTemplateService(ctx, deriveKey(secret, 'template-url')),
    integratedAccounts,
    proxy,
    // Truto: the integrations a team sees (own and shared), environments, installs.
    catalog: createIntegrationCatalogService(ctx, integrations),
    environments: createEnvironmentService(ctx),
    installations,
    // Truto webhooks: outbound subscriptions and their log; inbound, verified by the integration's config.
    outboundWebhooks: createOutboundWebhookService(ctx, deliveries),
    inboundWebhooks: createInboundWebhookService(ctx, effective, deliveries, { ...DEFAULT_INBOUND_OPTIONS, ...runtimeOptions.inbound }),
    // integrator.io flow runs
    jobs,
    jobErrors: createJobErrorService(ctx, jobs),
    webhooks: createWebhookService(ctx, jobs),
    /** Starts this node's flow runtime (queue worker, crash recovery; enqueueing a run starts it too) and webhook deliveries. */
    start: async () => {
      await flowRuntime.start();
      await deliveries.start();
    },
    /** Stops this node's flow runtime and deliveries (both drain); close does it too. */
    stopRuntime: async () => {
      await Promise.all([flowRuntime.stop(), deliveries.stop()]);
    },
    /** Writes what is still buffered (the upstream call log). */
    flush: () => callLog.flush(),
    /** Flushes, then closes the store. */
    async close() {
      await Promise.all([flowRuntime.stop(), deliveries.stop()]);
      await callLog.flush();
      await store.close();
    },
  };
}

export type Core = ReturnType<typeof createCore>;
