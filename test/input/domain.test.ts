/** @module Table tests for links and bare domains. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasValidLabels } from '../../src/core/input/domain.ts';
import { parseContact } from '../../src/core/input/index.ts';

/** [input, host, registrable domain] */
const hosts: Array<[string, string, string | null]> = [
  ['binance.com', 'binance.com', 'binance.com'],
  ['BINANCE.COM', 'binance.com', 'binance.com'],
  ['Binance.Com.', 'binance.com', 'binance.com'],
  ['https://www.binance.com/en/login?ref=1#top', 'www.binance.com', 'binance.com'],
  ['http://binance.com:8080/path', 'binance.com', 'binance.com'],
  ['//binance.com/x', 'binance.com', 'binance.com'],
  ['ftp://files.binance.com', 'files.binance.com', 'binance.com'],
  ['https://binance.com@evil.example/', 'evil.example', 'evil.example'],
  ['https://user:pass@binance.com.evil.example/login', 'binance.com.evil.example', 'evil.example'],
  ['binance.com.login-secure.xyz', 'binance.com.login-secure.xyz', 'login-secure.xyz'],
  ['https://binance.com.login-secure.xyz/verify', 'binance.com.login-secure.xyz', 'login-secure.xyz'],
  ['bіnance.com', 'xn--bnance-pvf.com', 'xn--bnance-pvf.com'],
  ['xn--bnance-pvf.com', 'xn--bnance-pvf.com', 'xn--bnance-pvf.com'],
  ['https://XN--BNANCE-PVF.COM/', 'xn--bnance-pvf.com', 'xn--bnance-pvf.com'],
  ['bücher.example', 'xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ['BÜCHER.example', 'xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ['ｂｉｎａｎｃｅ．ｃｏｍ', 'binance.com', 'binance.com'],
  ['例え.jp', 'xn--r8jz45g.jp', 'xn--r8jz45g.jp'],
  ['foo.github.io', 'foo.github.io', 'foo.github.io'],
  ['https://binance.github.io/docs', 'binance.github.io', 'binance.github.io'],
  ['shop.example.co.uk', 'shop.example.co.uk', 'example.co.uk'],
  ['example.co.uk', 'example.co.uk', 'example.co.uk'],
  ['a.b.c.binance.com', 'a.b.c.binance.com', 'binance.com'],
  ['binance-support.xyz', 'binance-support.xyz', 'binance-support.xyz'],
  ['  binance.com  ', 'binance.com', 'binance.com'],
  ['\u200bbinance.com\u200b', 'binance.com', 'binance.com'],
  ['https://binance.com/path with spaces', 'binance.com', 'binance.com'],
  ['HTTPS://WWW.OKX.COM', 'www.okx.com', 'okx.com'],
  ['okx.com/join/123', 'okx.com', 'okx.com'],
  ['https://binance.com?x=@evil.example', 'binance.com', 'binance.com'],
  ['https://binance.com#@evil.example', 'binance.com', 'binance.com'],
  ['https://evil.example\\@binance.com', 'evil.example', 'evil.example'],
  ['https://binance.com.', 'binance.com', 'binance.com'],
  ['app.unknown-tld-xyzzy', 'app.unknown-tld-xyzzy', 'app.unknown-tld-xyzzy'],
  ['my_host.example.com', 'my_host.example.com', 'example.com'],
];

/** [input, host] of IP literals */
const ips: Array<[string, string]> = [
  ['http://127.0.0.1/', '127.0.0.1'],
  ['1.2.3.4', '1.2.3.4'],
  ['http://0x7f.1/', '127.0.0.1'],
  ['http://2130706433/', '127.0.0.1'],
  ['http://[::1]:8080/', '[::1]'],
  ['https://[2001:db8::1]/login', '[2001:db8::1]'],
];

const invalid: Array<[string, string]> = [
  ['http://', 'invalid_url'],
  ['https://exa mple.com', 'invalid_url'],
  ['http://localhost/', 'invalid_domain'],
  ['http://-bad-.com', 'invalid_domain'],
  [`http://${'a'.repeat(64)}.com`, 'invalid_domain'],
];

describe('links and domains', () => {
  it.each(hosts)('%s → %s', (input, host, registrable) => {
    const result = parseContact(input);
    expect(result).toMatchObject({ ok: true, value: { kind: 'domain', value: host, registrableDomain: registrable, ip: false } });
  });

  it.each(ips)('IP literal %s → %s', (input, host) => {
    expect(parseContact(input)).toMatchObject({ ok: true, value: { kind: 'domain', value: host, ip: true, registrableDomain: null } });
  });

  it.each(invalid)('%s is refused with %s', (input, code) => {
    expect(parseContact(input)).toMatchObject({ ok: false, problem: { code } });
  });

  it('keeps what a link writes before "@" in front of its host, decoded, apart from the host it opens', () => {
    expect(parseContact('https://binance.com@evil.example/login')).toEqual({
      ok: true,
      value: { kind: 'domain', value: 'evil.example', unicode: 'evil.example', registrableDomain: 'evil.example', ip: false, userinfo: 'binance.com', path: '/login' },
    });
    expect(parseContact('https://www.binance.com:sign%20in@185.23.1.9/')).toMatchObject({ ok: true, value: { value: '185.23.1.9', ip: true, userinfo: 'www.binance.com:sign in' } });
    expect(parseContact('https://a%ZZ@evil.example/', { type: 'domain' })).toMatchObject({ ok: true, value: { userinfo: 'a%ZZ' } });
    expect(parseContact('https://evil.example/')).toMatchObject({ ok: true, value: { userinfo: undefined } });
  });

  it('keeps the page a link names, decoded, and nothing for the site itself', () => {
    expect(parseContact('https://sites.google.com/view/metamask%20support?x=1#top')).toMatchObject({ ok: true, value: { value: 'sites.google.com', path: '/view/metamask support' } });
    for (const input of ['https://sites.google.com/', 'sites.google.com', 'https://sites.google.com?x=1']) expect(parseContact(input)).toMatchObject({ ok: true, value: { path: undefined } });
    // Absent fields stay out of the answer's JSON.
    expect(JSON.stringify(parseContact('https://sites.google.com/'))).not.toMatch(/path|userinfo/);
  });

  it('reads a redirect link as the address it opens, naming the redirect pages, without fetching anything', () => {
    expect(parseContact('https://www.google.com/url?q=https://evil.example/login&sa=D')).toMatchObject({ ok: true, value: { kind: 'domain', value: 'evil.example', redirects: ['www.google.com'] } });
    expect(parseContact('https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2F&data=x')).toMatchObject({ ok: true, value: { value: 'evil.example', redirects: ['nam12.safelinks.protection.outlook.com'] } });
    expect(parseContact('https://l.facebook.com/l.php?u=https%3A%2F%2Fwa.me%2F14155550100')).toMatchObject({ ok: true, value: { kind: 'phone', value: '+14155550100', redirects: ['l.facebook.com'] } });
    // Three redirects deep at most: a fourth is the redirect page itself.
    const wrap = (target: string) => `https://www.google.com/url?q=${encodeURIComponent(target)}`;
    expect(parseContact(wrap(wrap(wrap('https://evil.example/'))))).toMatchObject({ ok: true, value: { value: 'evil.example', redirects: ['www.google.com', 'www.google.com', 'www.google.com'] } });
    expect(parseContact(wrap(wrap(wrap(wrap('https://evil.example/')))))).toMatchObject({ ok: true, value: { value: 'www.google.com', path: '/url' } });
    // Only web addresses are followed, and only from redirect pages.
    for (const input of ['https://www.google.com/url?q=javascript:alert(1)', 'https://www.google.com/search?q=https://evil.example']) {
      expect(parseContact(input), input).toMatchObject({ ok: true, value: { value: 'www.google.com' } });
      expect(parseContact(input), input).not.toHaveProperty('value.redirects');
    }
  });

  it("reads a host of Google Translate's proxy as the host it shows, decoded from its name", () => {
    expect(parseContact('www-amazon-nl.translate.goog')).toMatchObject({ ok: true, value: { value: 'www.amazon.nl', registrableDomain: 'amazon.nl', redirects: ['www-amazon-nl.translate.goog'] } });
    // A doubled hyphen is a hyphen of the host; the proxy's own query is left behind, the page kept.
    expect(parseContact('https://1-hi--in-facebook-com.translate.goog/groups/x?_x_tr_sl=auto')).toMatchObject({ ok: true, value: { value: '1.hi-in.facebook.com', path: '/groups/x' } });
    // translate.goog itself is what it is.
    expect(parseContact('translate.goog')).toMatchObject({ ok: true, value: { value: 'translate.goog' } });
    expect(parseContact('translate.goog')).not.toHaveProperty('value.redirects');
  });

  it('decodes internationalized names for display', () => {
    expect(parseContact('xn--bcher-kva.example')).toMatchObject({ ok: true, value: { unicode: 'bücher.example' } });
    expect(parseContact('bіnance.com')).toMatchObject({ ok: true, value: { unicode: 'bіnance.com' } });
  });

  it('treats type=domain and type=url inputs as links', () => {
    expect(parseContact('t.me/binance', { type: 'domain' })).toMatchObject({ ok: true, value: { kind: 'domain', value: 't.me' } });
    expect(parseContact('binance.com', { type: 'url' })).toMatchObject({ ok: true, value: { kind: 'domain', value: 'binance.com' } });
  });
});

describe('label rules', () => {
  /** The rules as regular expressions, one per label: what the one-pass check must equal. */
  const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
  const byExpressions = (host: string) => host.split('.').every((label) => LABEL.test(label)) && !/^\d+$/.test(host.split('.').at(-1)!);
  const hostLike = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'ab9_-.'), maxLength: 12 }),
    fc.string({ unit: fc.constantFrom(...'ab0-.ÀZ é'), maxLength: 12 }),
    fc.array(fc.oneof(fc.string({ unit: fc.constantFrom(...'xy1-_'), minLength: 60, maxLength: 66 }), fc.stringMatching(/^[0-9]{1,4}$/), fc.constant('')), { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')),
  );

  it('agree with a regular expression per label on any text', () => {
    fc.assert(fc.property(hostLike, (host) => {
      expect(hasValidLabels(host), host).toBe(byExpressions(host));
    }), { numRuns: 5000, seed: 20261127 });
  });

  it.each([
    ['binance.com', true], ['my_host.example.com', true], ['a.b', true], ['-bad.com', false], ['bad-.com', false],
    ['a..com', false], ['.com', false], ['com.', false], ['example.123', false], ['123.example', true], [`${'a'.repeat(63)}.com`, true],
    [`${'a'.repeat(64)}.com`, false], ['bücher.example', false], ['UPPER.com', false],
  ])('%s → %s', (host, valid) => {
    expect(hasValidLabels(host)).toBe(valid);
  });
});
