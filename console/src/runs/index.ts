import type { ComponentType } from 'react';
import { FlowJobsPage } from './flow-jobs';
import { LiveStatusPage } from './live-status';
import { WebhookDeliveriesPage } from './webhook-deliveries';
import { WorkflowRunsPage } from './workflow-runs';

/**
 * What the Runs section lists: one source per runtime that exposes its history through a public API
 * (flow jobs, live integration status, workflow logs, webhook deliveries). The section and its nav entry
 * appear only when at least one source is registered here, so no page stands empty before its API exists.
 */
export interface RunSource {
  /** Route segment under #/runs/. */
  id: string;
  label: string;
  Page: ComponentType;
}

export const runSources: RunSource[] = [
  { id: 'flow-jobs', label: 'Flow jobs', Page: FlowJobsPage },
  { id: 'workflows', label: 'Workflow runs', Page: WorkflowRunsPage },
  { id: 'live', label: 'Live integrations', Page: LiveStatusPage },
  { id: 'webhooks', label: 'Webhook deliveries', Page: WebhookDeliveriesPage },
];
