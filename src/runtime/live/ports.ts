/** `mqttConfig` of a Losant integration, as stored (secrets opened). */
export interface MqttConfig {
  host: string;
  port: number;
  protocol: 'mqtt' | 'mqtts' | 'ws' | 'wss';
  clientId?: string;
  username?: string;
  password?: string;
  clean?: boolean;
  privateKey?: string;
  certificate?: string;
  caCertificate?: string;
  disableSSLVerification?: boolean;
  protocolVersion?: '3.1.1' | '5';
}

/** `websocketConfig` of a Losant integration, as stored (secrets opened). */
export interface WebSocketConfig {
  url: string;
  username?: string;
  password?: string;
  privateKey?: string;
  certificate?: string;
  caCertificate?: string;
  disableSSLVerification?: boolean;
  headers?: Array<{ headerKey: string; headerValue: string }>;
}

/** What the connection manager needs of one integration. */
export interface LiveIntegration {
  id: string;
  organizationId: string;
  applicationId: string;
  type: 'mqtt' | 'websocket';
  /** The integration's version: a new one means something changed. */
  version: number;
  enabled: boolean;
  topics: string[];
  mqttConfig?: MqttConfig;
  websocketConfig?: WebSocketConfig;
}

/** What the core hands the connection manager: it knows integrations and their secrets. */
export interface LivePorts {
  /** The integration if it exists and is of a live type (enabled or not), else null. */
  load(integrationId: string): Promise<LiveIntegration | null>;
}
