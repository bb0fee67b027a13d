export const MQTT_EXAMPLE = {
  name: 'Example Integrations',
  integrationType: 'mqtt',
  mqttConfig: {
    clientId: 'exampleClientId',
    host: '127.0.0.1',
    password: 'examplePassword',
    port: 8883,
    protocol: 'mqtts',
    username: 'exampleUsername',
  },
  topics: ['myTopic'],
};

export const integrationsPath = (applicationId: string) => `/applications/${applicationId}/integrations`;
export const MISSING_ID = '5f0000000000000000000000';
