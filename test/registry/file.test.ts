/** @module Registry file validation: every bad entry named by its JSON path, and the write/read round trip. */
import { describe, expect, it } from 'vitest';
import { readRegistryFile, writeRegistryFile } from '../../src/core/registry/file.ts';
import { readSample } from '../support/context.ts';

const org = (channels: unknown[], extra: object = {}) => ({ organizations: [{ slug: 'acme', name: 'Acme', channels, ...extra }] });

describe('readRegistryFile', () => {
  it('accepts the sample registry and normalizes every value', async () => {
    const result = readRegistryFile(await readSample());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const values = result.content.channels.map((c) => `${c.kind}:${c.platform ?? ''}:${c.value}`);
    expect(values).toContain('phone::+14155550100');
    expect(values).toContain('email::@binance.com');
    expect(values).toContain('social:x:binance');
    expect(values).toContain('social:linkedin:company/okx');
    expect(values).toContain('social:discord:binanceofficial');
    expect(values).toContain('domain::xn--bcher-kva.example');
  });

  it.each([
    [{}, 'organizations', /expected array/i],
    [{ organizations: [{ slug: 'Bad Slug', name: 'x' }] }, 'organizations[0].slug', /lower-case/],
    [{ organizations: [{ slug: 'a', name: '' }] }, 'organizations[0].name', /.+/],
    [org([{ kind: 'fax', value: '1' }]), 'organizations[0].channels[0].kind', /.+/],
    [org([{ kind: 'domain' }]), 'organizations[0].channels[0].value', /.+/],
    [org([{ kind: 'social', value: 'acme' }]), 'organizations[0].channels[0]', /need a platform/],
    [org([{ kind: 'domain', value: 'acme.com', platform: 'x' }]), 'organizations[0].channels[0]', /social channels only/],
    [org([{ kind: 'domain', value: 'not a domain' }]), 'organizations[0].channels[0].value', /.+/],
    [org([{ kind: 'domain', value: 'acme.com/path' }]), 'organizations[0].channels[0].value', /without a path/],
    [org([{ kind: 'domain', value: '10.0.0.1' }]), 'organizations[0].channels[0].value', /IP addresses/],
    [org([{ kind: 'email', value: 'not-an-email' }]), 'organizations[0].channels[0].value', /.+/],
    [org([{ kind: 'phone', value: '555 0100' }]), 'organizations[0].channels[0].value', /country code/],
    [org([{ kind: 'phone', value: '+1 415 555 0100', usage: ['fax'] }]), 'organizations[0].channels[0].usage[0]', /.+/],
    [org([{ kind: 'domain', value: 'acme.com', usage: ['voice'] }]), 'organizations[0].channels[0]', /usage applies/],
    [org([{ kind: 'social', platform: 'telegram', value: 'ab' }]), 'organizations[0].channels[0].value', /.+/],
    [org([{ kind: 'domain', value: 'acme.com', status: 'gone' }]), 'organizations[0].channels[0].status', /.+/],
    [org([{ kind: 'domain', value: 'acme.com', reason: 'why' }]), 'organizations[0].channels[0]', /revoked channels only/],
    [org([{ kind: 'domain', value: 'acme.com', colour: 'red' }]), 'organizations[0].channels[0]', /unrecognized key/i],
    [org([{ kind: 'domain', value: 'acme.com' }, { kind: 'domain', value: 'ACME.com.' }]), 'organizations[0].channels[1]', /same channel as organizations\[0\]\.channels\[0\]/],
    [{ organizations: [{ slug: 'a', name: 'A' }, { slug: 'a', name: 'B' }] }, 'organizations[1].slug', /duplicate slug/],
    [{ organizations: [], scams: [{ kind: 'domain', value: 'x.com', target: 'nobody', reason: 'r' }] }, 'scams[0].target', /no organization "nobody"/],
    [{ organizations: [{ slug: 'a', name: 'A' }], scams: [{ kind: 'domain', value: 'x.com', target: 'a' }] }, 'scams[0].reason', /.+/],
  ])('refuses %j at %s', (json, path, message) => {
    const result = readRegistryFile(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('reports every bad entry, not just the first', () => {
    const result = readRegistryFile(org([{ kind: 'domain', value: 'bad domain' }, { kind: 'domain', value: 'ok.com' }, { kind: 'phone', value: 'x' }]));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'organizations[0].channels[0].value',
      'organizations[0].channels[2].value',
    ]);
  });

  it('normalizes declared legitimate lookalikes and names bad ones by path', () => {
    const ok = readRegistryFile(org([], { legitimateLookalikes: [{ kind: 'domain', value: 'KrakenD.io' }] }));
    expect(ok.ok && ok.content.organizations[0]!.legitimateLookalikes).toEqual([{ kind: 'domain', value: 'krakend.io', display: 'KrakenD.io' }]);
    const bad = readRegistryFile(org([], { legitimateLookalikes: [{ kind: 'social', value: 'x' }] }));
    expect(bad.ok ? [] : bad.problems).toEqual([{ path: 'organizations[0].legitimateLookalikes[0]', message: 'social channels need a platform' }]);
  });

  it('keeps aliases as written and refuses ones without a letter or digit', () => {
    const ok = readRegistryFile(org([], { aliases: [' IG ', 'Prime Video'] }));
    expect(ok.ok && ok.content.organizations[0]!.aliases).toEqual(['IG', 'Prime Video']);
    const bad = readRegistryFile(org([], { aliases: ['--'] }));
    expect(bad.ok ? [] : bad.problems).toEqual([{ path: 'organizations[0].aliases[0]', message: 'an alias needs a letter or digit' }]);
    expect(readRegistryFile(org([], { aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) })).ok).toBe(false);
    expect(readRegistryFile(org([], { aliases: ['x'.repeat(65)] })).ok).toBe(false);
  });

  it('lets scam entries target organizations already stored', () => {
    const json = { organizations: [], scams: [{ kind: 'domain', value: 'x.com', target: 'acme', reason: 'r' }] };
    expect(readRegistryFile(json, new Set(['acme'])).ok).toBe(true);
  });
});

describe('writeRegistryFile', () => {
  it('round-trips: reading what was written gives the same content', async () => {
    const first = readRegistryFile(await readSample());
    if (!first.ok) throw new Error('sample invalid');
    const second = readRegistryFile(JSON.parse(JSON.stringify(writeRegistryFile(first.content))));
    expect(second).toEqual(first);
  });
});
