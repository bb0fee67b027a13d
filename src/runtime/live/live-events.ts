/**
 * The seam between live connections (runtime/live) and the workflow runner (runtime/workflows):
 * the connection manager reports what happened on a connection; the runner publishes through one.
 */

/** `data` of a Losant integration trigger payload. */
export type LiveEventData =
  | { type: 'message'; message: unknown; topic?: string }
  | { type: 'connect'; topics?: string[] }
  | { type: 'disconnect'; disconnectReason: unknown }
  | { type: 'failure'; failureReason: unknown };

export interface LiveEvent {
  integrationId: string;
  organizationId: string;
  /** The Losant application that holds the integration. */
  applicationId: string;
  integrationType: 'mqtt' | 'websocket';
  time: Date;
  data: LiveEventData;
}

/** Where the connection manager hands its events; the runner runs the workflows they trigger. */
export type LiveEventSink = (event: LiveEvent) => void | Promise<void>;

/** How a workflow node sends through a live integration; `topic` is ignored for WebSocket integrations. */
export interface LivePublisher {
  publish(integrationId: string, topic: string | undefined, message: string | Buffer): Promise<void>;
}
