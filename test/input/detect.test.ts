/** @module Table tests for auto-detection: which kind of contact free text is, and the options that steer it. */
import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/core/input/index.ts';
import type { ParseOptions } from '../../src/core/types.ts';

/** [input, options, kind, platform (social), normalized value] */
const cases: Array<[string, ParseOptions, string, string | null | undefined, string | undefined]> = [
  ['binance.com', {}, 'domain', undefined, 'binance.com'],
  ['support@binance.com', {}, 'email', undefined, 'support@binance.com'],
  ['+1 415 555 0100', {}, 'phone', undefined, '+14155550100'],
  ['@binance', {}, 'social', null, 'binance'],
  ['binance', {}, 'social', null, 'binance'],
  ['Binance_Support', {}, 'social', null, 'Binance_Support'],
  ['@binance', { platform: 'telegram' }, 'social', 'telegram', 'binance'],
  ['binance', { platform: 'x' }, 'social', 'x', 'binance'],
  ['@BinanceExchange', { type: 'social', platform: 'telegram' }, 'social', 'telegram', 'binanceexchange'],
  ['r/bitcoin', { platform: 'reddit' }, 'social', 'reddit', 'r/bitcoin'],
  ['company/okx', { platform: 'linkedin' }, 'social', 'linkedin', 'company/okx'],
  ['channel/UCabcdefghijklmnopqrstuv', { platform: 'youtube' }, 'social', 'youtube', 'channel/UCabcdefghijklmnopqrstuv'],
  ['https://t.me/binanceexchange', { platform: 'telegram' }, 'social', 'telegram', 'binanceexchange'],
  ['https://binance.com', { platform: 'telegram' }, 'domain', undefined, 'binance.com'],
  ['t.me/binanceexchange', { platform: 'x' }, 'social', 'telegram', 'binanceexchange'],
  ['tg://resolve?domain=BinanceExchange', {}, 'social', 'telegram', 'binanceexchange'],
  ['tg:resolve?domain=binanceexchange', {}, 'social', 'telegram', 'binanceexchange'],
  ['spotify:artist:0OdUWJ0sBjDrqHygGUXeCF', {}, 'social', 'spotify', 'artist/0OdUWJ0sBjDrqHygGUXeCF'],
  ['https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF', {}, 'social', 'spotify', 'artist/0OdUWJ0sBjDrqHygGUXeCF'],
  ['https://www.instagram.com/binance/', {}, 'social', 'instagram', 'binance'],
  ['instagram.com/binance', {}, 'social', 'instagram', 'binance'],
  ['https://binance.github.io', {}, 'domain', undefined, 'binance.github.io'],
  ['https://wa.me/14155550100', {}, 'phone', undefined, '+14155550100'],
  ['1.2.3.4', {}, 'domain', undefined, '1.2.3.4'],
  ['4155550100', { country: 'US' }, 'phone', undefined, '+14155550100'],
  ['4155550100', { type: 'social', platform: 'telegram' }, 'social', 'telegram', undefined],
  ['binance.com', { type: 'email' }, 'invalid', undefined, undefined],
  ['binance.com', { type: 'phone' }, 'invalid', undefined, undefined],
  ['support@binance.com', { type: 'domain' }, 'domain', undefined, 'binance.com'],
  ['https://t.me/binanceexchange', { type: 'url' }, 'social', 'telegram', 'binanceexchange'],
  ['https://t.me/binanceexchange', { type: 'domain' }, 'domain', undefined, 't.me'],
  ['mailto:support@binance.com', { type: 'auto' }, 'email', undefined, 'support@binance.com'],
  ['ｓｕｐｐｏｒｔ＠ｂｉｎａｎｃｅ．ｃｏｍ', {}, 'invalid', undefined, undefined],
  ['https://x.com/home', {}, 'invalid', undefined, undefined],
  ['github.com', {}, 'domain', undefined, 'github.com'],
  ['https://t.me/', {}, 'domain', undefined, 't.me'],
  ['www.instagram.com', {}, 'domain', undefined, 'www.instagram.com'],
];

describe('auto-detection', () => {
  it.each(cases)('%s %j → %s %s %s', (input, options, kind, platform, value) => {
    const result = parseContact(input, options);
    if (kind === 'invalid') return expect(result.ok).toBe(false);
    expect(result).toMatchObject({ ok: true, value: { kind } });
    if (!result.ok) return;
    const contact = result.value;
    expect(contact.value).toBe(value);
    if (contact.kind === 'social') expect(contact.platform).toBe(platform);
  });

  it('reads an all-digit handle too long for the platform as an account id', () => {
    expect(parseContact('877807935493033984', { platform: 'x' })).toEqual({
      ok: true,
      value: { kind: 'social', platform: 'x', accountId: '877807935493033984' },
    });
  });
});
