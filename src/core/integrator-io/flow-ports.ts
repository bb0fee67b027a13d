import { AppError } from '../../lib/errors.js';
import type { HttpOptions } from '../../runtime/engine/http-client.js';
import type { FlowDocuments, FlowPorts, StepAnswer, StepOwner, StepRequest } from '../../runtime/flows/ports.js';
import { findFlow } from '../../store/repositories/flows.js';
import { findResource, findResources } from '../../store/repositories/resources.js';
import type { CallLog } from '../connections/call-log-service.js';
import { isAccountRow, rowToAccount } from '../connections/integrated-account-model.js';
import type { createProxyService } from '../connections/proxy-service.js';
import { rowToFlow } from '../flows/flow-model.js';
import type { CoreContext } from '../shared/context.js';
import { openJson } from '../shared/sealed-json.js';
import { httpStepCall, stepContext, stepMethod } from './http-connection-call.js';
import { flowRefs } from './integration-flow-service.js';

/**
 * What the flow runtime gets from the core: flows with their exports and imports, and one upstream
 * request over a connection (plain or a connected account) through the engine, logged with the job id.
 */
export function createFlowPorts(
  ctx: CoreContext,
  proxy: ReturnType<typeof createProxyService>,
  http: () => HttpOptions,
  callLog: CallLog,
  ended: FlowPorts['ended'],
  fire: FlowPorts['fire'],
): FlowPorts {
  return {
    async load(organizationId, flowId): Promise<FlowDocuments | null> {
      const row = await findFlow(ctx.store.db, flowId);
      if (!row || row.organization_id !== organizationId) return null;
      const flow = rowToFlow(row);
      const doc = { ...flow.attributes, name: flow.name, disabled: !flow.enabled };
      const ids = [...new Set(flowRefs(doc).map((r) => r.id.toLowerCase()))];
      const exports = new Map();
      const imports = new Map();
      for (const r of await findResources(ctx.store.db, organizationId, ids)) {
        const resource = { ...JSON.parse(r.attributes), _id: r.id, _connectionId: r.connection_id ?? undefined };
        if (r.kind === 'export') exports.set(r.id, resource);
        if (r.kind === 'import') imports.set(r.id, resource);
      }
      return {
        flow: { id: flow.id, organizationId, integrationId: flow.integrationId, disabled: !flow.enabled, doc },
        exports,
        imports,
      };
    },

    async send(owner: StepOwner, request: StepRequest): Promise<StepAnswer> {
      const row = await findResource(ctx.store.db, 'connection', owner.connectionId.toLowerCase());
      if (!row || row.organization_id !== owner.organizationId)
        throw new AppError('unprocessable', `Connection ${owner.connectionId} was not found.`);
      if (isAccountRow(row)) {
        const account = rowToAccount(ctx.encryptionKey, row);
        const result = await proxy.flowStep(
          account,
          stepMethod(request),
          { jobId: owner.jobId, context: stepContext(request) },
          request.body,
        );
        return { status: result.status, headers: result.headers ?? {}, body: result.body };
      }
      const call = httpStepCall(openJson(ctx.encryptionKey, row.attributes, row.secrets), request);
      const result = await callLog.execute(
        { organizationId: row.organization_id, connectionId: row.id, integrationId: null, jobId: owner.jobId },
        call,
        http(),
      );
      return { status: result.status, headers: result.headers ?? {}, body: result.body };
    },

    ended,
    fire,
  };
}
