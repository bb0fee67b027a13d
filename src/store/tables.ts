import type { Selectable, Updateable } from 'kysely';

/** Times are ISO-8601 UTC text; JSON is text; booleans are 0/1 integers (portable across SQLite and PostgreSQL). */
export interface OrganizationTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface ApplicationTable {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApiTokenTable {
  id: string;
  organization_id: string;
  application_id: string | null;
  name: string;
  description: string | null;
  scopes: string;
  status: string;
  expires_at: string | null;
  creator_type: string;
  creator_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface IntegrationTable {
  id: string;
  organization_id: string;
  application_id: string | null;
  name: string;
  name_lower: string;
  description: string | null;
  integration_type: string | null;
  category: string | null;
  enabled: number;
  sharing: string;
  is_beta: number;
  version: number;
  attributes: string;
  config: string;
  settings: string;
  secrets: string | null;
  created_at: string;
  updated_at: string;
}

export interface FlowTable {
  id: string;
  organization_id: string;
  application_id: string | null;
  integration_id: string | null;
  name: string;
  description: string | null;
  enabled: number;
  triggers: string;
  nodes: string;
  attributes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FlowIntegrationTriggerTable {
  flow_id: string;
  integration_id: string;
}

export interface AuditEventTable {
  id: string;
  organization_id: string;
  application_id: string | null;
  integration_id: string | null;
  resource_type: string;
  resource_id: string;
  event: string;
  source: string;
  actor_type: string;
  actor_id: string | null;
  field_changes: string;
  time: string;
}

export interface InstallationTable {
  id: string;
  /** The installing organization (the environment's). */
  organization_id: string;
  /** The integration's organization. */
  owner_organization_id: string;
  integration_id: string;
  application_id: string;
  override: string;
  secrets: string | null;
  is_enabled: number;
  /** `active`, or `pending` until the integration's owner approves it (sharing `ask`). */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface UpstreamCallTable {
  id: string;
  organization_id: string;
  /** The connection (a connected account or a plain integrator.io connection) the call was made for. */
  integrated_account_id: string;
  /** Null for a plain integrator.io connection. */
  integration_id: string | null;
  resource: string;
  method: string;
  http_method: string;
  path: string;
  status: number | null;
  duration_ms: number;
  attempts: number;
  error: string | null;
  created_at: string;
  /** The flow run (job) the call was made for. */
  job_id: string | null;
}

/** One counter per event stream (an account, an install, a flow): bumping it orders the stream. */
export interface EventStreamTable {
  stream_key: string;
  last_seq: number;
}

/** The outbox: events written in the transaction of the change they tell of. `payload` is JSON. */
export interface EventTable {
  id: string;
  organization_id: string;
  /** The environment (application); null for organization-wide events (flow jobs). */
  application_id: string | null;
  stream_key: string;
  seq: number;
  event_type: string;
  payload: string;
  created_at: string;
}

/** An outbound webhook subscription; `event_types` is a JSON array, `secret` sealed. */
export interface WebhookTable {
  id: string;
  organization_id: string;
  /** Null: a subscription of the whole organization. */
  application_id: string | null;
  target_url: string;
  is_active: number;
  event_types: string;
  secret: string;
  /** When the current run of failed deliveries began; null while deliveries succeed. */
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

/** One event for one webhook: `pending` (due at `next_at`), `sending` (claimed until), `delivered`, `failed`. */
export interface WebhookDeliveryTable {
  id: string;
  webhook_id: string;
  event_id: string;
  stream_key: string;
  seq: number;
  status: string;
  attempts: number;
  next_at: string;
  claimed_until: string | null;
  node_id: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** Every attempt of a delivery (and of a test send, which has no delivery). */
export interface WebhookAttemptTable {
  id: string;
  organization_id: string;
  application_id: string | null;
  webhook_id: string;
  delivery_id: string | null;
  event_id: string;
  event_type: string;
  attempt: number;
  target_url: string;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  created_at: string;
}

export interface Database {
  organizations: OrganizationTable;
  applications: ApplicationTable;
  api_tokens: ApiTokenTable;
  integrations: IntegrationTable;
  flows: FlowTable;
  flow_integration_triggers: FlowIntegrationTriggerTable;
  audit_events: AuditEventTable;
  resources: ResourceTable;
  flow_resource_refs: FlowResourceRefTable;
  shares: ShareTable;
  revisions: RevisionTable;
  upstream_calls: UpstreamCallTable;
  installations: InstallationTable;
  leases: LeaseTable;
  jobs: JobTable;
  job_errors: JobErrorTable;
  live_status: LiveStatusTable;
  integration_counts: IntegrationCountTable;
  workflow_log_periods: WorkflowLogPeriodTable;
  workflow_runs: WorkflowRunTable;
  workflow_errors: WorkflowErrorTable;
  mcp_servers: McpServerTable;
  event_streams: EventStreamTable;
  events: EventTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
}

export type EventRow = Selectable<EventTable>;
export type WebhookRow = Selectable<WebhookTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptTable>;

export type OrganizationRow = Selectable<OrganizationTable>;
export type ApplicationRow = Selectable<ApplicationTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type IntegrationRow = Selectable<IntegrationTable>;
export type IntegrationUpdate = Updateable<IntegrationTable>;
export type FlowRow = Selectable<FlowTable>;
export type AuditEventRow = Selectable<AuditEventTable>;

/**
 * integrator.io connections, exports and imports (`kind`). A connection with an `integration_id` is a
 * connected account: `attributes` holds its context, and it belongs to an application.
 */
export interface ResourceTable {
  id: string;
  organization_id: string;
  kind: string;
  connection_id: string | null;
  name: string;
  attributes: string;
  secrets: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  application_id: string | null;
  integration_id: string | null;
  status: string | null;
  authentication_method: string | null;
}

export interface FlowResourceRefTable {
  flow_id: string;
  resource_id: string;
}

export interface ShareTable {
  id: string;
  organization_id: string;
  integration_id: string;
  email: string;
  access_level: string;
  accepted: number;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface RevisionTable {
  id: string;
  organization_id: string;
  integration_id: string;
  type: string;
  status: string;
  description: string | null;
  snapshot: string;
  content_hash: string;
  by_id: string | null;
  created_at: string;
}

export type ResourceRow = Selectable<ResourceTable>;
export type ShareRow = Selectable<ShareTable>;
export type RevisionRow = Selectable<RevisionTable>;
export type UpstreamCallRow = Selectable<UpstreamCallTable>;
export type InstallationRow = Selectable<InstallationTable>;

/** A named lease held by one node until `expires_at`; see `repositories/leases.ts`. */
export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: string;
  note: string | null;
  created_at: string;
}

export type LeaseRow = Selectable<LeaseTable>;

/** What the node holding a live integration's connection last saw of it; see `repositories/live-status.ts`. */
export interface LiveStatusTable {
  integration_id: string;
  connected_at: string | null;
  disconnected_at: string | null;
  error: string | null;
  last_keep_alive_at: string | null;
  next_attempt_at: string | null;
  updated_at: string;
}

export type LiveStatusRow = Selectable<LiveStatusTable>;

/** Per application, kept by triggers (migration 0012): its integrations' count and change generation. */
export interface IntegrationCountTable {
  application_id: string;
  total: number | string;
  generation: number | string;
}

/** An integrator.io job: a flow run (`type` flow) or one of its steps (`export`, `import`). */
export interface JobTable {
  id: string;
  organization_id: string;
  integration_id: string | null;
  flow_id: string;
  flow_job_id: string | null;
  type: string;
  export_id: string | null;
  import_id: string | null;
  status: string;
  started_at: string | null;
  ended_at: string | null;
  done_exporting: number;
  num_success: number;
  num_error: number;
  num_ignore: number;
  /** Pages exported (flow, export) or processed (import). */
  num_pages: number;
  retriable: number;
  attempt: number;
  run_after: string | null;
  /** JSON: what the run was asked (`_exportIds`, dates, a retry's errors). */
  options: string;
  /** JSON: the run's progress (delta times, the page it is at). */
  state: string | null;
  message: string | null;
  node_id: string | null;
  heartbeat_at: string | null;
  trigger_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobErrorTable {
  id: string;
  organization_id: string;
  flow_id: string;
  flow_job_id: string;
  job_id: string;
  /** The export or import that failed. */
  step_id: string;
  source: string;
  code: string;
  message: string;
  o_index: number | null;
  retry_data_key: string | null;
  /** JSON: the record as the step received it. */
  retry_data: string | null;
  resolved: number;
  resolved_at: string | null;
  occurred_at: string;
}

export type JobRow = Selectable<JobTable>;
export type JobErrorRow = Selectable<JobErrorTable>;

/** Losant workflow logs (bounded per workflow): per-minute counts, the latest runs, the latest node errors. */
export interface WorkflowLogPeriodTable {
  flow_id: string;
  period_start: string;
  run_count: number;
  paths_completed: number;
  paths_failed: number;
  wall_time_ms: number;
}

export interface WorkflowRunTable {
  id: string;
  flow_id: string;
  trigger_type: string;
  trigger_id: string;
  /** `completed` or `failed`. */
  status: string;
  started_at: string;
  wall_time_ms: number;
  steps: number;
  paths_completed: number;
  paths_failed: number;
  /** JSON: the debug nodes' entries. */
  debug: string;
  /** JSON: the node errors. */
  errors: string;
}

export interface WorkflowErrorTable {
  id: string;
  flow_id: string;
  run_id: string;
  time: string;
  node_id: string;
  node_label: string | null;
  name: string;
  message: string;
}

export type WorkflowLogPeriodRow = Selectable<WorkflowLogPeriodTable>;
export type WorkflowRunRow = Selectable<WorkflowRunTable>;
export type WorkflowErrorRow = Selectable<WorkflowErrorTable>;
/** An MCP server of a connected account; `token_hash` is the SHA-256 (hex) of its bearer token. */
export interface McpServerTable {
  id: string;
  organization_id: string;
  application_id: string | null;
  integrated_account_id: string;
  name: string;
  /** JSON: `{methods?, tags?}`. */
  config: string;
  token_hash: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export type McpServerRow = Selectable<McpServerTable>;
