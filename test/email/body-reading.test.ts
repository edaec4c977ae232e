/** @module Reading bodies: written contacts with their handles' platforms, and HTML anchors with the text they show. */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/core/email/html.ts';
import { shownHost } from '../../src/core/email/link-text.ts';
import { findWrittenContacts } from '../../src/core/email/written-contacts.ts';

describe('findWrittenContacts', () => {
  it('finds links, addresses, international numbers and handles with the platform named before them', () => {
    const found = findWrittenContacts('Write to help@shop-example.com or visit shop-example.com/help. Call +44 20 7946 0000. Telegram: @shop_help, on X @ShopHelp, or @shop.');
    expect(found.links).toEqual(['help@shop-example.com', 'shop-example.com/help']);
    expect(found.phones).toEqual(['+44 20 7946 0000']);
    expect(found.handles).toEqual([
      { handle: '@shop_help', platform: 'telegram' },
      { handle: '@ShopHelp', platform: 'x' },
      { handle: '@shop', platform: 'x' },
    ]);
  });

  it('reads a bare domain as a link only with a real top-level domain; with a scheme, any', () => {
    expect(findWrittenContacts('see shop.example or https://shop.example/x').links).toEqual(['https://shop.example/x']);
  });

  it('leaves out what is not a handle: addresses, link paths, @domains', () => {
    expect(findWrittenContacts('mail a@b.example, see https://medium.com/@writer and @example.com').handles).toEqual([]);
  });

  it('reads national numbers only with a country', () => {
    expect(findWrittenContacts('Call (415) 555-0100').phones).toEqual([]);
    expect(findWrittenContacts('Call (415) 555-0100', 'US').phones).toEqual(['(415) 555-0100']);
  });
});

describe('readHtml', () => {
  it('gives each target with the text it shows, and visible text without scripts, styles or link text', () => {
    const html = '<style>a{}</style><p>Hi&nbsp;there</p><a href="https://evil.example">https://www.<b>binance</b>.com</a><script>var u="https://x.example"</script>' +
      '<map><area href="https://map.example"></map><form action="https://form.example"><input></form><div>Call us</div>';
    const read = readHtml(html);
    expect(read.anchors).toEqual([
      { href: 'https://evil.example', text: 'https://www.binance.com' },
      { href: 'https://map.example', text: '' },
      { href: 'https://form.example', text: '' },
    ]);
    expect(read.text.replace(/\s+/g, ' ').trim()).toBe('Hi there Call us');
    expect(read.truncated).toBe(false);
  });
});

describe('shownHost', () => {
  it.each([
    ['https://www.binance.com', 'www.binance.com'],
    ['binance.com/login', 'binance.com'],
    ['user.github.io', 'user.github.io'],
    ['Click here', null],
    ['v1.2', null],
    ['report.pdf', null],
    ['support@binance.com', null],
  ])('%s → %s', (text, host) => expect(shownHost(text)).toBe(host));
});
