/** @module Which endpoints webhooks may reach: address classes (IPv4, IPv6, IPv4-mapped), URL form, DNS, and the test-only loopback switch. */
import { describe, expect, it } from 'vitest';
import { addressClass } from '../../src/core/net/ip-address.ts';
import { backoffDelay } from '../../src/webhooks/backoff.ts';
import { endpointAllowed, urlAllowed } from '../../src/webhooks/endpoint-policy.ts';

const strict = { allowLoopback: false };
const testing = { allowLoopback: true };

describe('addressClass', () => {
  it.each([
    ['8.8.8.8', null], ['1.1.1.1', null], ['2606:4700:4700::1111', null], ['::ffff:8.8.8.8', null],
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['::1', 'loopback'], ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'],
    ['10.0.0.1', 'private'], ['172.16.5.4', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
    ['fc00::1', 'private'], ['fd12:3456::1', 'private'], ['::ffff:192.168.0.1', 'private'], ['64:ff9b::a00:1', 'private'],
    ['169.254.169.254', 'link-local'], ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'],
    ['100.64.0.1', 'cgnat'], ['100.127.255.255', 'cgnat'], ['::ffff:100.64.0.1', 'cgnat'],
    ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'], ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'],
    ['192.0.2.1', 'reserved'], ['2001:db8::1', 'reserved'], ['255.255.255.255', 'reserved'], ['not an address', 'reserved'],
  ])('%s is %s', (address, expected) => {
    expect(addressClass(address)).toBe(expected);
  });

  it('keeps public neighbours of special ranges public', () => {
    expect(addressClass('172.32.0.1')).toBeNull();
    expect(addressClass('100.128.0.1')).toBeNull();
    expect(addressClass('11.0.0.1')).toBeNull();
    expect(addressClass('fe00::1')).toBeNull();
  });
});

describe('endpointAllowed', () => {
  it('refuses loopback, private, link-local, CGNAT and multicast hosts, literal or by name', async () => {
    for (const url of [
      'https://127.0.0.1/hook', 'https://[::1]/hook', 'https://[::ffff:127.0.0.1]/hook', 'https://localhost/hook',
      'https://10.1.2.3/', 'https://192.168.0.10/', 'https://[fd00::1]/', 'https://169.254.169.254/latest/meta-data',
      'https://100.64.1.1/', 'https://224.0.0.251/', 'https://[ff02::1]/', 'https://0.0.0.0/',
    ]) {
      const verdict = await endpointAllowed(url, strict);
      expect(verdict.ok, url).toBe(false);
    }
    expect(await endpointAllowed('https://localhost/hook', strict)).toEqual({ ok: false, reason: expect.stringMatching(/localhost resolves to .* loopback address/) });
  });

  it('wants https, no credentials, and a name that resolves', async () => {
    expect(urlAllowed('http://example.com/hook', strict)).toMatchObject({ ok: false, reason: 'webhook URLs must use https' });
    expect(urlAllowed('ftp://example.com/', strict).ok).toBe(false);
    expect(urlAllowed('https://user:pw@example.com/', strict)).toMatchObject({ ok: false, reason: expect.stringContaining('credentials') });
    expect(urlAllowed('not a url', strict).ok).toBe(false);
    expect(await endpointAllowed('https://no-such-host.invalid/', strict)).toMatchObject({ ok: false, reason: expect.stringContaining('does not resolve') });
    expect(await endpointAllowed('https://8.8.8.8/hook', strict)).toEqual({ ok: true, addresses: ['8.8.8.8'] });
  });

  it('allows loopback, and http to it, only under the test switch; never private addresses', async () => {
    expect((await endpointAllowed('http://127.0.0.1:9/hook', testing)).ok).toBe(true);
    expect((await endpointAllowed('https://[::1]/hook', testing)).ok).toBe(true);
    expect((await endpointAllowed('http://127.0.0.1:9/hook', strict)).ok).toBe(false);
    expect((await endpointAllowed('https://10.0.0.1/', testing)).ok).toBe(false);
    expect(urlAllowed('http://example.com/', testing).ok).toBe(false);
  });
});

describe('backoffDelay', () => {
  const options = { baseMs: 1000, maxMs: 30_000 };
  it('doubles per retry, is bounded, and jitters between half and all of the step', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => backoffDelay(r, options, () => 1))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect([1, 2, 3].map((r) => backoffDelay(r, options, () => 0))).toEqual([500, 1000, 2000]);
    for (let i = 0; i < 1000; i++) {
      const d = backoffDelay(3, options);
      expect(d).toBeGreaterThanOrEqual(2000);
      expect(d).toBeLessThanOrEqual(4000);
    }
  });
});
