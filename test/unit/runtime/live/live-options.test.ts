import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryDelay } from '../../../../src/runtime/live/backoff.js';
import { mqttOptions, mqttUrl } from '../../../../src/runtime/live/mqtt-options.js';
import type { MqttConfig } from '../../../../src/runtime/live/ports.js';
import { webSocketOptions } from '../../../../src/runtime/live/ws-session.js';

const settings = { keepaliveSeconds: 30, connectTimeoutMs: 4_000 };
const PEM = { privateKey: '-----KEY-----', certificate: '-----CERT-----', caCertificate: '-----CA-----' };

test('retries double from the base up to the cap, never more, at most a fifth less', () => {
  const options = { baseMs: 1_000, capMs: 60_000 };
  const none = () => 0;
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => retryDelay(n, options, none)),
    [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000],
  );
  assert.equal(
    retryDelay(0, options, () => 1),
    800,
  );
  assert.equal(
    retryDelay(10, options, () => 0.5),
    54_000,
  );
});

test('the broker URL is the protocol, host and port; IPv6 hosts are bracketed; over WebSockets the path is /mqtt', () => {
  assert.equal(mqttUrl({ host: '127.0.0.1', port: 1883, protocol: 'mqtt' }), 'mqtt://127.0.0.1:1883');
  assert.equal(mqttUrl({ host: '::1', port: 8883, protocol: 'mqtts' }), 'mqtts://[::1]:8883');
  assert.equal(mqttUrl({ host: 'localhost', port: 9001, protocol: 'wss' }), 'wss://localhost:9001/mqtt');
});

test('every mqttConfig field reaches mqtt.js; reconnecting is left to the manager', () => {
  const config: MqttConfig = {
    host: '127.0.0.1',
    port: 8883,
    protocol: 'mqtts',
    clientId: 'device-1',
    username: 'u',
    password: 'p',
    clean: false,
    protocolVersion: '5',
    disableSSLVerification: true,
    ...PEM,
  };
  const options = mqttOptions(config, 'junction-x', settings);
  assert.equal(options.clientId, 'device-1');
  assert.equal(options.username, 'u');
  assert.equal(options.password, 'p');
  assert.equal(options.clean, false);
  assert.equal(options.protocolVersion, 5);
  assert.equal(options.keepalive, 30);
  assert.equal(options.connectTimeout, 4_000);
  assert.equal(options.reconnectPeriod, 0);
  assert.deepEqual(
    [options.key, options.cert, options.ca, options.rejectUnauthorized],
    [PEM.privateKey, PEM.certificate, PEM.caCertificate, false],
  );
  assert.equal(options.wsOptions, undefined);
});

test('a blank clientId gets the integration default; plain mqtt carries no TLS; wss gives TLS to the WebSocket too', () => {
  const plain = mqttOptions({ host: 'h', port: 1, protocol: 'mqtt', ...PEM }, 'junction-x', settings);
  assert.equal(plain.clientId, 'junction-x');
  assert.equal(plain.protocolVersion, 4);
  assert.equal(plain.clean, true);
  assert.equal(plain.key, undefined);
  assert.equal(plain.username, undefined);
  const wss = mqttOptions({ host: 'h', port: 1, protocol: 'wss', clientId: '', ...PEM }, 'junction-x', settings);
  assert.equal(wss.clientId, 'junction-x');
  assert.equal(wss.rejectUnauthorized, true);
  assert.deepEqual(wss.wsOptions, { key: PEM.privateKey, cert: PEM.certificate, ca: PEM.caCertificate, rejectUnauthorized: true });
});

test('websocketConfig: headers, basic credentials, TLS material and verification', () => {
  const options = webSocketOptions(
    {
      url: 'wss://127.0.0.1/x',
      username: 'u',
      password: 'p',
      headers: [
        { headerKey: 'x-a', headerValue: '1' },
        { headerKey: 'x-b', headerValue: '2' },
      ],
      disableSSLVerification: true,
      ...PEM,
    },
    3_000,
  );
  assert.deepEqual(options, {
    headers: { 'x-a': '1', 'x-b': '2' },
    handshakeTimeout: 3_000,
    auth: 'u:p',
    key: PEM.privateKey,
    cert: PEM.certificate,
    ca: PEM.caCertificate,
    rejectUnauthorized: false,
  });
  assert.deepEqual(webSocketOptions({ url: 'ws://127.0.0.1' }, 1), { headers: {}, handshakeTimeout: 1, rejectUnauthorized: true });
});
