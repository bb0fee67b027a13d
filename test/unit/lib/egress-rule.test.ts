import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addressRefusal,
  classifyAddress,
  hostAllowed,
  literalUrlRefusal,
  NO_EGRESS_ALLOW,
  parseEgressAllow,
} from '../../../src/lib/egress-rule.js';

// Pure address rules: nothing here connects anywhere.

test('the default policy refuses loopback, private, link-local (cloud metadata) and unspecified addresses', () => {
  const refused: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.100.100.200', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['ff02::1', 'reserved'],
  ];
  for (const [address, kind] of refused) {
    assert.equal(classifyAddress(address), kind, address);
    assert.equal(addressRefusal(NO_EGRESS_ALLOW, address), kind, address);
  }
});

test('IPv6 forms carrying an IPv4 address are judged by that address', () => {
  for (const address of ['::ffff:127.0.0.1', '::ffff:7f00:1', '::FFFF:127.0.0.1', '[::ffff:127.0.0.1]'])
    assert.equal(addressRefusal(NO_EGRESS_ALLOW, address), 'loopback', address);
  assert.equal(addressRefusal(NO_EGRESS_ALLOW, '::ffff:169.254.169.254'), 'link-local');
  assert.equal(addressRefusal(NO_EGRESS_ALLOW, '::ffff:10.0.0.1'), 'private');
  assert.equal(addressRefusal(NO_EGRESS_ALLOW, '64:ff9b::a00:1'), 'private');
  assert.equal(addressRefusal(NO_EGRESS_ALLOW, '::ffff:0.0.0.0'), 'unspecified');
  assert.equal(addressRefusal(NO_EGRESS_ALLOW, '::ffff:8.8.8.8'), null);
});

test('public addresses are allowed; boundaries of the private ranges are exact', () => {
  for (const address of [
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.0',
    '192.169.0.1',
    '11.0.0.1',
    '169.255.0.1',
    '2001:4860:4860::8888',
    '2606:4700::1111',
  ])
    assert.equal(addressRefusal(NO_EGRESS_ALLOW, address), null, address);
  assert.equal(classifyAddress('8.8.8.8'), 'public');
  assert.equal(classifyAddress('example.com'), null);
  assert.equal(classifyAddress('1.2.3'), null);
  assert.equal(classifyAddress('1:2:3:4:5:6:7:8:9'), null);
  assert.equal(addressRefusal(NO_EGRESS_ALLOW, 'not-an-address'), 'reserved');
});

test('EGRESS_ALLOW: CIDR ranges, addresses and host names allow what they name and nothing else', () => {
  const { allow, problems } = parseEgressAllow(' 127.0.0.0/8, 10.20.0.0/16 ,::1,fd00::/8, 192.168.1.7, Localhost, *.corp.internal. ');
  assert.deepEqual(problems, []);
  for (const address of ['127.0.0.1', '::ffff:127.0.0.1', '10.20.3.4', '::1', 'fd00::5', '192.168.1.7'])
    assert.equal(addressRefusal(allow, address), null, address);
  for (const address of ['10.21.0.1', '192.168.1.8', 'fc00::1', '169.254.169.254', '0.0.0.0'])
    assert.notEqual(addressRefusal(allow, address), null, address);
  assert.ok(hostAllowed(allow, 'localhost'));
  assert.ok(hostAllowed(allow, 'LOCALHOST.'));
  assert.ok(hostAllowed(allow, 'crm.corp.internal'));
  assert.ok(hostAllowed(allow, 'a.b.corp.internal'));
  assert.ok(!hostAllowed(allow, 'corp.internal'));
  assert.ok(!hostAllowed(allow, 'evilcorp.internal'));
  assert.ok(!hostAllowed(allow, 'localhost.evil.test'));
});

test('an IPv4-mapped range allows the IPv4 range it covers', () => {
  const { allow, problems } = parseEgressAllow('::ffff:10.0.0.0/104');
  assert.deepEqual(problems, []);
  assert.equal(addressRefusal(allow, '10.9.9.9'), null);
  assert.equal(addressRefusal(allow, '11.0.0.1'), null);
  assert.equal(addressRefusal(allow, '127.0.0.1'), 'loopback');
});

test('every bad EGRESS_ALLOW entry is reported, the good ones kept', () => {
  const { allow, problems } = parseEgressAllow('10.0.0.0/33,300.1.1.1,10.1,fe80::/129,a b,127.0.0.0/8/1,-bad-.host,,10.0.0.0/8');
  assert.equal(problems.length, 7, problems.join('\n'));
  assert.match(problems[0], /EGRESS_ALLOW: "10\.0\.0\.0\/33"/);
  assert.equal(addressRefusal(allow, '10.1.2.3'), null);
  assert.deepEqual(parseEgressAllow(undefined), { allow: { ranges: [], hosts: [] }, problems: [] });
});

test('a saved URL is refused only when its host is a literal refused address', () => {
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://10.0.0.1/api'), 'private');
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'https://[::1]:8443'), 'loopback');
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://[::ffff:127.0.0.1]/'), 'loopback');
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://169.254.169.254/latest/meta-data'), 'link-local');
  // WHATWG URL parsing turns other spellings of an address into the dotted one.
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://2130706433/'), 'loopback');
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://0x7f.1/'), 'loopback');
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://0/'), 'unspecified');
  // Names wait for connect time; templates are not URLs yet.
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'http://localhost:3000'), null);
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'https://{{context.subdomain}}.api.test'), null);
  assert.equal(literalUrlRefusal(NO_EGRESS_ALLOW, 'https://8.8.8.8/'), null);
  assert.equal(literalUrlRefusal(parseEgressAllow('10.0.0.0/8').allow, 'http://10.0.0.1/api'), null);
});
