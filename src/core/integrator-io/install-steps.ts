import { AppError } from '../../lib/errors.js';
import type { JsonObject } from '../../lib/json.js';
import type { Integration, IntegrationFields } from '../integrations/integration-model.js';

export type StepList = 'installSteps' | 'uninstallSteps';

export function stepsOf(integration: { attributes: JsonObject }, list: StepList): JsonObject[] {
  const steps = integration.attributes[list];
  return Array.isArray(steps) ? (steps as JsonObject[]) : [];
}

/** The first step not yet completed, which is the one a POST completes. */
export function currentStep(integration: { attributes: JsonObject }, list: StepList): JsonObject | undefined {
  return stepsOf(integration, list).find((step) => step.completed !== true);
}

export function isConnectionStep(step: JsonObject): boolean {
  return typeof step.type === 'string' && step.type.toLowerCase() === 'connection';
}

/**
 * Completes the current step. A connection step needs `_connectionId` (checked by the caller), which is
 * kept on the step and registered to the integration. Finishing the install moves `mode` to `settings`;
 * starting an uninstall moves it to `uninstall`.
 */
export function completeStep(current: Integration, list: StepList, input: { _connectionId?: string }): IntegrationFields {
  const steps = stepsOf(current, list).map((s) => ({ ...s }));
  const index = steps.findIndex((step) => step.completed !== true);
  const what = list === 'installSteps' ? 'install' : 'uninstall';
  if (index < 0) {
    const message = `Every ${what} step is already completed.`;
    throw new AppError('unprocessable', message, [{ message, code: 'invalid_install_step' }]);
  }
  const step = steps[index];
  const attributes: JsonObject = { ...current.attributes, [list]: steps };
  if (isConnectionStep(step)) {
    if (!input._connectionId) {
      const message = `Install step is invalid: "${String(step.name ?? index)}" needs a _connectionId.`;
      throw new AppError('unprocessable', message, [{ path: '_connectionId', message, code: 'missing_required_field' }]);
    }
    step._connectionId = input._connectionId;
    const registered = Array.isArray(attributes._registeredConnectionIds) ? (attributes._registeredConnectionIds as string[]) : [];
    attributes._registeredConnectionIds = [...new Set([...registered, input._connectionId])];
  }
  step.completed = true;
  const done = steps.every((s) => s.completed === true);
  if (list === 'installSteps' && done) attributes.mode = 'settings';
  if (list === 'uninstallSteps') attributes.mode = 'uninstall';
  return { ...current, attributes };
}
