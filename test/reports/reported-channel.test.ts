/** @module What a report is about: contacts read into the canonical channel a scam entry stores, and the official check by the lookup path's rules. */
import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/core/input/index.ts';
import { readRegistryFile } from '../../src/core/registry/file.ts';
import { candidateValues, officialMatches } from '../../src/core/reports/official-match.ts';
import { reportedChannel } from '../../src/core/reports/reported-channel.ts';
import type { ParseOptions } from '../../src/core/types.ts';

const channelOf = (input: string, options: ParseOptions = {}) => {
  const contact = parseContact(input, options);
  if (!contact.ok) throw new Error(`${input}: ${contact.problem.message}`);
  return reportedChannel(contact.value);
};

describe('reportedChannel', () => {
  it.each([
    ['https://Binance-Verify-Login.com/secure?email=me@example.org#x', {}, { kind: 'domain', value: 'binance-verify-login.com' }],
    ['bіnance.com', {}, { kind: 'domain', value: 'xn--bnance-pvf.com' }],
    ['"Binance Security" <Alerts@Binance-Alerts.com>', {}, { kind: 'email', value: 'Alerts@binance-alerts.com' }],
    ['mailto:help@okx-support.example', {}, { kind: 'email', value: 'help@okx-support.example' }],
    ['(415) 555-0199', { country: 'US' }, { kind: 'phone', value: '+14155550199' }],
    ['https://wa.me/14155550199', {}, { kind: 'phone', value: '+14155550199' }],
    ['https://t.me/s/Binance_Helpdesk', {}, { kind: 'social', platform: 'telegram', value: 'binance_helpdesk' }],
    ['@Binance_Helpdesk', { platform: 'telegram' }, { kind: 'social', platform: 'telegram', value: 'binance_helpdesk' }],
    ['https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv', {}, { kind: 'social', platform: 'youtube', value: 'channel/UCabcdefghijklmnopqrstuv' }],
  ] as const)('%s is %o', (input, options, expected) => {
    expect(channelOf(input, options)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['@binance_helpdesk', {}, 'platform_required'],
    ['https://x.com/i/user/877807935493033984', {}, 'invalid_handle'],
    ['http://192.168.0.1/login', {}, 'invalid_domain'],
    ['http://0x7f.1/', {}, 'invalid_domain'],
  ] as const)('%s cannot be listed: %s', (input, options, code) => {
    const result = channelOf(input, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('gives the value a scam entry of the same contact stores, so confirming lists exactly what was reported', () => {
    for (const [input, options] of [['https://T.me/s/Binance_Helpdesk', {}], ['+44 20 7946 0000', {}], ['Sec@Binance-Alerts.COM', {}], ['WWW.Binance-Login.xyz', {}]] as const) {
      const reported = channelOf(input, options);
      if (!reported.ok) throw new Error(reported.problem.message);
      const { kind, platform, value } = reported.value;
      const read = readRegistryFile({ organizations: [{ slug: 'x', name: 'X' }], scams: [{ kind, platform, value, target: 'x', reason: 'r' }] });
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.content.scams[0]!.value, input).toBe(value);
    }
  });
});

describe('officialMatches', () => {
  const channels = (() => {
    const read = readRegistryFile({
      organizations: [{
        slug: 'acme', name: 'Acme',
        channels: [
          { kind: 'domain', value: 'acme.example' },
          { kind: 'domain', value: 'shop.acme-store.example', subdomains: false },
          { kind: 'domain', value: 'old-acme.example', status: 'revoked', reason: 'Sold' },
          { kind: 'email', value: '@mail.acme.example' },
          { kind: 'social', platform: 'x', value: '@AcmeCorp' },
        ],
      }],
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    return read.content.channels;
  })();
  const official = (kind: 'domain' | 'email' | 'social', value: string, platform?: 'x') =>
    officialMatches({ kind, value, ...(platform ? { platform } : {}) }, channels).map((c) => c.value);

  it('finds a domain official through a parent that covers its subdomains, as lookups do', () => {
    expect(official('domain', 'acme.example')).toEqual(['acme.example']);
    expect(official('domain', 'login.acme.example')).toEqual(['acme.example']);
    expect(official('domain', 'shop.acme-store.example')).toEqual(['shop.acme-store.example']);
    expect(official('domain', 'x.shop.acme-store.example')).toEqual([]);
    expect(official('domain', 'acme.example.evil.example')).toEqual([]);
  });

  it('leaves revoked channels out: a retired domain can be listed', () => {
    expect(official('domain', 'old-acme.example')).toEqual([]);
  });

  it('finds addresses official through their registered sender domain only', () => {
    expect(official('email', 'support@mail.acme.example')).toEqual(['@mail.acme.example']);
    expect(official('email', 'support@acme.example')).toEqual([]);
  });

  it('matches accounts by platform and canonical handle', () => {
    expect(official('social', 'acmecorp', 'x')).toEqual(['acmecorp']);
    expect(official('social', 'acmecorp_help', 'x')).toEqual([]);
  });

  it('asks the database only for the values that could match', () => {
    expect(candidateValues({ kind: 'domain', value: 'a.b.acme.example' })).toEqual(['a.b.acme.example', 'b.acme.example', 'acme.example']);
    expect(candidateValues({ kind: 'email', value: 'Help@mail.acme.example' })).toEqual(['help@mail.acme.example', '@mail.acme.example', '@acme.example']);
    expect(candidateValues({ kind: 'social', platform: 'x', value: 'acmecorp' })).toEqual(['acmecorp']);
  });
});
