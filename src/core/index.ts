import { decrypt, deriveKey } from '../lib/crypto.js';
import { createEgress } from '../runtime/egress/egress-agent.js';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from '../runtime/engine/http-client.js';
import { createDeliveryRuntime, DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from '../runtime/events/delivery-runtime.js';
import { createFlowRuntime, DEFAULT_FLOW_RUNTIME, type FlowRuntimeOptions } from '../runtime/flows/flow-runtime.js';
import type { LiveEventSink, LivePublisher } from '../runtime/live/live-events.js';
import { createLiveManager, DEFAULT_LIVE_OPTIONS, type LiveOptions } from '../runtime/live/live-manager.js';
import { createWorkflowRunner, type WorkflowRunnerSettings, workflowRunnerOptions } from '../runtime/workflows/workflow-runner.js';
import type { Store } from '../store/database.js';
import { createAccountTokenService, DEFAULT_TOKEN_OPTIONS, type TokenOptions } from './connections/account-token-service.js';
import { createCallLog } from './connections/call-log-service.js';
import { createIntegratedAccountService } from './connections/integrated-account-service.js';
import { createProxyService } from './connections/proxy-service.js';
import { createWorkflowLogService } from './flows/workflow-log-service.js';
import { createFlowService } from './flows/workflow-service.js';
import { createIntegrationService } from './integrations/integration-service.js';
import { createLivePorts } from './integrations/live-ports.js';
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
import { createMcpServerService } from './truto/mcp-server-service.js';
import { createOutboundWebhookService } from './truto/outbound-webhook-service.js';

/** Live connections' timing, and `tap`: also handed every live event (tests, benchmarks). */
export type LiveRuntimeOptions = Partial<LiveOptions> & { tap?: LiveEventSink };

/**
 * Upstream call limits of the engine, token refresh timing, the flow runtime's, the live connections' and
 * the workflow runner's, the webhooks'; tests shorten them. `livePublisher`: how workflows publish through live
 * integrations (this node's live connections unless a test gives another).
 */
export type RuntimeOptions = HttpOptions &
  TokenOptions & {
    flows: Partial<FlowRuntimeOptions>;
    live?: LiveRuntimeOptions;
    workflows?: WorkflowRunnerSettings;
    livePublisher?: LivePublisher;
    deliveries?: Partial<DeliveryOptions>;
    inbound?: Partial<InboundOptions>;
  };

export function createCore(store: Store, secret: string, runtime: Partial<RuntimeOptions> = {}) {
  // Every call made for a user leaves through this egress (EGRESS_ALLOW); the default refuses internal addresses.
  const egress = runtime.egress ?? createEgress();
  const ctx: CoreContext = {
    store,
    encryptionKey: deriveKey(secret, 'encryption'),
    signingKey: new Uint8Array(deriveKey(secret, 'token-signing')),
    egress: egress.allow,
  };
  const auth = createAuthService(ctx);
  const tokens = createTokenService(ctx, auth);
  const runtimeOptions: RuntimeOptions = { ...DEFAULT_HTTP_OPTIONS, ...DEFAULT_TOKEN_OPTIONS, flows: {}, ...runtime, egress };
  // Live MQTT/WebSocket connections: their events go to the workflow runner (and `tap`); the runner
  // publishes through them. The runner is made below; no event comes before `start`.
  const { tap, ...liveOptions } = runtimeOptions.live ?? {};
  const liveSink: LiveEventSink = (event) => {
    tap?.(event);
    return workflowRunner.sink(event);
  };
  const live = createLiveManager(store, createLivePorts(ctx), liveSink, { ...DEFAULT_LIVE_OPTIONS, ...liveOptions, egress });
  const integrations = createIntegrationService(ctx, { liveChanged: (id) => live.changed(id) });
  const http = () => runtimeOptions;
  const callLog = createCallLog(ctx);
  const integratedAccounts = createIntegratedAccountService(ctx, integrations, callLog);
  const accountTokens = createAccountTokenService(ctx, integratedAccounts, http, runtimeOptions, callLog);
  const installations = createInstallationService(ctx);
  const effective = createEffectiveConfig(integrations, installations);
  const proxy = createProxyService(
    integrations,
    integratedAccounts,
    accountTokens,
    http,
    callLog,
    effective.overrideFor,
    installations.activeOverride,
  );
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
    { secretOf: (sealed) => decrypt(ctx.encryptionKey, sealed), dispatcher: () => egress.dispatcher() },
    { ...DEFAULT_DELIVERY_OPTIONS, ...runtimeOptions.deliveries },
  );
  // Losant workflows: run in-process on live events (the runner's sink) and on timers.
  const workflowOptions = workflowRunnerOptions(runtimeOptions.workflows);
  const workflowRunner = createWorkflowRunner(
    store,
    { publisher: runtimeOptions.livePublisher ?? live, httpDispatcher: () => egress.dispatcher() },
    workflowOptions,
  );
  return {
    store,
    /** The checked way out for calls made for a user (webhook deliveries, workflow HTTP nodes, brokers). */
    egress,
    auth,
    tokens,
    applications: createApplicationService(ctx),
    integrations,
    flows: createFlowService(ctx, { changed: () => workflowRunner.invalidate() }),
    workflowLogs: createWorkflowLogService(ctx, { flush: () => workflowRunner.flushLogs(), periodMs: workflowOptions.log.periodMs }),
    /** Where live connections hand their events (the workflow runner's sink). */
    workflowRunner,
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
    // Truto: MCP servers of connected accounts, their tools run through the proxy.
    mcpServers: createMcpServerService(ctx, integratedAccounts, proxy, effective.configOf),
    // integrator.io flow runs
    jobs,
    jobErrors: createJobErrorService(ctx, jobs),
    webhooks: createWebhookService(ctx, jobs),
    /** Publishes through a live integration (what a workflow's MqttMessageNode calls); the connections held here. */
    live: { publish: live.publish, held: live.held },
    /** Starts this node's flow runtime (queue worker, crash recovery; enqueueing a run starts it too), workflow timers, live connections and webhook deliveries. */
    async start() {
      await flowRuntime.start();
      workflowRunner.start();
      live.start();
      await deliveries.start();
    },
    /** Stops this node's flow runtime, workflow runner and deliveries (all drain), then closes its live connections (freeing them for other nodes); close does it too. */
    async stopRuntime() {
      await Promise.all([flowRuntime.stop(), deliveries.stop(), workflowRunner.stop().then(() => live.stop())]);
    },
    /** Writes what is still buffered (the upstream call log). */
    flush: () => callLog.flush(),
    /** Flushes, then closes the store. */
    async close() {
      await Promise.all([flowRuntime.stop(), deliveries.stop(), workflowRunner.stop().then(() => live.stop())]);
      await callLog.flush();
      await egress.close();
      await store.close();
    },
  };
}

export type Core = ReturnType<typeof createCore>;
