/** @module Tests of the social handle normalizer: every platform's links and names, and fuzzed invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHandle, parseSocialUrl, platformName } from '../../src/core/input/social/index.ts';
import { PLATFORMS, type Outcome, type Platform, type SocialContact } from '../../src/core/types.ts';

const UC = 'UCa1B2c3D4e5F6g7H8i9J0k_';
const SP = '0OdUWJ0sBjDrqHygGUXeCF';

/** What a case expects: a failure code, a phone reference, or the contact's fields. */
type Expected = { fail: string } | { phone: string } | { platform: Platform; value?: string; accountId?: string };

const fails = (code: string): Expected => ({ fail: code });
const NOT_PROFILE = fails('not_a_profile');
const INVALID = fails('invalid_handle');
const MISMATCH = fails('platform_mismatch');

function contact(platform: Platform, value?: string, accountId?: string): Expected {
  return { platform, ...(value !== undefined ? { value } : {}), ...(accountId !== undefined ? { accountId } : {}) };
}

function check(result: Outcome<unknown> | null, expected: Expected | null): void {
  if (expected === null) return void expect(result).toBeNull();
  if ('fail' in expected) {
    expect(result).toMatchObject({ ok: false, problem: { code: expected.fail } });
    if (result && !result.ok) expect(result.problem.message.length).toBeGreaterThan(10);
    return;
  }
  if ('phone' in expected) {
    return void expect(result).toEqual({ ok: true, value: { kind: 'phone', raw: expected.phone, via: 'whatsapp' } });
  }
  expect(result).toEqual({ ok: true, value: { kind: 'social', ...expected } });
}

const urlCases: [string, Expected | null][] = [
  // X
  ['https://x.com/Binance', contact('x', 'binance')],
  ['https://twitter.com/binance/', contact('x', 'binance')],
  ['http://www.twitter.com/Binance?lang=en#top', contact('x', 'binance')],
  ['https://mobile.twitter.com/binance', contact('x', 'binance')],
  ['https://m.x.com/binance', contact('x', 'binance')],
  ['https://x.com/binance/status/1234567890', contact('x', 'binance')],
  ['https://x.com/i/user/123456', contact('x', undefined, '123456')],
  ['https://x.com/intent/follow?screen_name=Binance', contact('x', 'binance')],
  ['https://x.com/home', NOT_PROFILE],
  ['https://x.com/explore', NOT_PROFILE],
  ['https://x.com/i/web/status/1', NOT_PROFILE],
  ['https://twitter.com/search?q=binance', NOT_PROFILE],
  ['https://x.com/intent/tweet?text=hi', NOT_PROFILE],
  ['https://x.com/', NOT_PROFILE],
  ['https://x.com/this_is_too_long_for_x', INVALID],
  ['https://x.com/bin-ance', INVALID],
  ['https://developer.x.com/en/docs', null],
  ['https://x.com.evil.example/binance', null],
  // Telegram
  ['https://t.me/BinanceExchange', contact('telegram', 'binanceexchange')],
  ['https://t.me/s/BinanceExchange', contact('telegram', 'binanceexchange')],
  ['https://t.me/binanceexchange/123', contact('telegram', 'binanceexchange')],
  ['https://telegram.me/binanceexchange', contact('telegram', 'binanceexchange')],
  ['https://telegram.dog/binanceexchange?start=x', contact('telegram', 'binanceexchange')],
  ['https://binance.t.me/', contact('telegram', 'binance')],
  ['https://t.me/+AbCdEfGhIjK12345', contact('telegram', '+AbCdEfGhIjK12345')],
  ['https://t.me/joinchat/AAAAAEHbEkejzxUjAUCzYA', contact('telegram', '+AAAAAEHbEkejzxUjAUCzYA')],
  ['https://t.me/c/1234567/89', contact('telegram', undefined, '1234567')],
  ['tg://resolve?domain=BinanceExchange', contact('telegram', 'binanceexchange')],
  ['tg:resolve?domain=binanceexchange', contact('telegram', 'binanceexchange')],
  ['tg://join?invite=AbCdEfGhIjK12345', contact('telegram', '+AbCdEfGhIjK12345')],
  ['tg://settings', NOT_PROFILE],
  ['https://t.me/share/url?url=https://example.com', NOT_PROFILE],
  ['https://t.me/addstickers/Pack', NOT_PROFILE],
  ['https://t.me/proxy?server=1.2.3.4', NOT_PROFILE],
  ['https://t.me/', NOT_PROFILE],
  ['https://t.me/abc', INVALID],
  ['https://t.me/1binance', INVALID],
  ['https://t.me/+short', INVALID],
  // Instagram
  ['https://www.instagram.com/Binance/', contact('instagram', 'binance')],
  ['https://instagram.com/binance.official?igsh=abc', contact('instagram', 'binance.official')],
  ['https://m.instagram.com/binance_', contact('instagram', 'binance_')],
  ['https://www.instagram.com/stories/binance/3141592653/', contact('instagram', 'binance')],
  ['https://www.instagram.com/p/Cabc123/', NOT_PROFILE],
  ['https://www.instagram.com/reel/Cabc123/', NOT_PROFILE],
  ['https://www.instagram.com/explore/tags/crypto/', NOT_PROFILE],
  ['https://www.instagram.com/stories/highlights/123/', NOT_PROFILE],
  ['https://www.instagram.com/accounts/login/', NOT_PROFILE],
  ['https://www.instagram.com/.binance', INVALID],
  ['https://www.instagram.com/bin..ance', INVALID],
  ['https://www.instagram.com/binance.', INVALID],
  // YouTube
  ['https://www.youtube.com/@Binance', contact('youtube', '@binance')],
  ['https://youtube.com/@binance/videos', contact('youtube', '@binance')],
  ['https://m.youtube.com/@binance', contact('youtube', '@binance')],
  [`https://www.youtube.com/channel/${UC}`, contact('youtube', `channel/${UC}`, UC)],
  ['https://www.youtube.com/c/Binance', contact('youtube', 'c/binance')],
  ['https://www.youtube.com/user/BinanceYoutube', contact('youtube', 'user/binanceyoutube')],
  ['https://www.youtube.com/Binance', contact('youtube', 'c/binance')],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', NOT_PROFILE],
  ['https://youtu.be/dQw4w9WgXcQ', NOT_PROFILE],
  ['https://www.youtube.com/shorts/abc', NOT_PROFILE],
  ['https://www.youtube.com/playlist?list=PL123', NOT_PROFILE],
  ['https://www.youtube.com/results?search_query=binance', NOT_PROFILE],
  ['https://www.youtube.com/channel/UCshort', INVALID],
  ['https://www.youtube.com/@ab', INVALID],
  // Facebook
  ['https://www.facebook.com/Binance', contact('facebook', 'binance')],
  ['https://facebook.com/binance.exchange/', contact('facebook', 'binanceexchange')],
  ['https://m.facebook.com/BinanceExchange/posts/123', contact('facebook', 'binanceexchange')],
  ['https://web.facebook.com/binanceexchange', contact('facebook', 'binanceexchange')],
  ['https://mbasic.facebook.com/binanceexchange', contact('facebook', 'binanceexchange')],
  ['https://fb.com/binanceexchange', contact('facebook', 'binanceexchange')],
  ['https://fb.me/binanceexchange', contact('facebook', 'binanceexchange')],
  ['https://www.facebook.com/profile.php?id=100064842735312', contact('facebook', undefined, '100064842735312')],
  ['https://www.facebook.com/people/Some-Name/100064842735312/', contact('facebook', undefined, '100064842735312')],
  ['https://www.facebook.com/pages/Binance/123456789', contact('facebook', undefined, '123456789')],
  ['https://www.facebook.com/groups/BinanceGroup/', contact('facebook', 'groups/binancegroup')],
  ['https://www.facebook.com/pg/Binance/posts/', contact('facebook', 'binance')],
  ['https://www.facebook.com/watch/?v=123', NOT_PROFILE],
  ['https://www.facebook.com/sharer/sharer.php?u=x', NOT_PROFILE],
  ['https://www.facebook.com/story.php?story_fbid=1', NOT_PROFILE],
  ['https://www.facebook.com/profile.php', NOT_PROFILE],
  ['https://fb.watch/abc123/', NOT_PROFILE],
  ['https://www.facebook.com/abc', INVALID],
  ['https://developers.facebook.com/docs', null],
  // TikTok
  ['https://www.tiktok.com/@Binance', contact('tiktok', 'binance')],
  ['https://tiktok.com/@binance/video/7234567890123456789', contact('tiktok', 'binance')],
  ['https://m.tiktok.com/@binance.official', contact('tiktok', 'binance.official')],
  ['https://vm.tiktok.com/ZMabc123/', NOT_PROFILE],
  ['https://vt.tiktok.com/ZSabc123/', NOT_PROFILE],
  ['https://www.tiktok.com/t/ZTabc123/', NOT_PROFILE],
  ['https://www.tiktok.com/discover/crypto', NOT_PROFILE],
  ['https://www.tiktok.com/@b', INVALID],
  // Discord
  ['https://discord.gg/binance', contact('discord', 'binance')],
  ['https://discord.com/invite/BinanceEN', contact('discord', 'BinanceEN')],
  ['https://discordapp.com/invite/AbC-12', contact('discord', 'AbC-12')],
  ['https://discord.com/users/80351110224678912', contact('discord', undefined, '80351110224678912')],
  ['https://discord.com/channels/123/456', NOT_PROFILE],
  ['https://discord.gg/', NOT_PROFILE],
  ['https://discord.gg/bad_code!', INVALID],
  // LinkedIn
  ['https://www.linkedin.com/company/Binance/', contact('linkedin', 'company/binance')],
  ['https://linkedin.com/company/binance/about/?trk=x', contact('linkedin', 'company/binance')],
  ['https://uk.linkedin.com/in/Some-Person', contact('linkedin', 'in/some-person')],
  ['https://www.linkedin.com/school/mit/', contact('linkedin', 'school/mit')],
  ['https://www.linkedin.com/showcase/binance-labs', contact('linkedin', 'showcase/binance-labs')],
  ['https://www.linkedin.com/feed/', NOT_PROFILE],
  ['https://www.linkedin.com/posts/binance_123', NOT_PROFILE],
  ['https://lnkd.in/abc', NOT_PROFILE],
  ['https://business.linkedin.com/talent', null],
  // Reddit
  ['https://www.reddit.com/r/Bitcoin/', contact('reddit', 'r/bitcoin')],
  ['https://old.reddit.com/r/binance/comments/abc/title/', contact('reddit', 'r/binance')],
  ['https://new.reddit.com/user/Spez', contact('reddit', 'u/spez')],
  ['https://np.reddit.com/u/some-user', contact('reddit', 'u/some-user')],
  ['https://www.reddit.com/r/de', contact('reddit', 'r/de')],
  ['https://www.reddit.com/r/all', NOT_PROFILE],
  ['https://www.reddit.com/search?q=x', NOT_PROFILE],
  ['https://redd.it/abc12', NOT_PROFILE],
  ['https://www.reddit.com/r/bad-name', INVALID],
  ['https://www.reddit.com/user/ab', INVALID],
  // Medium
  ['https://medium.com/@Binance', contact('medium', '@binance')],
  ['https://medium.com/@binance/some-post-1a2b3c', contact('medium', '@binance')],
  ['https://binance.medium.com/', contact('medium', '@binance')],
  ['https://medium.com/binance-labs', contact('medium', 'binance-labs')],
  ['https://medium.com/tag/crypto', NOT_PROFILE],
  ['https://medium.com/m/signin', NOT_PROFILE],
  ['https://medium.com/p/abc123', NOT_PROFILE],
  ['https://help.medium.com/hc/en-us', null],
  // Threads
  ['https://www.threads.net/@Binance', contact('threads', 'binance')],
  ['https://threads.com/@binance/post/Cabc', contact('threads', 'binance')],
  ['https://www.threads.net/search', NOT_PROFILE],
  ['https://www.threads.net/@bin..ance', INVALID],
  // Substack
  ['https://binance.substack.com/', contact('substack', 'binance')],
  ['https://Some-Pub.substack.com/p/post', contact('substack', 'some-pub')],
  ['https://substack.com/@Binance', contact('substack', '@binance')],
  ['https://substack.com/home', NOT_PROFILE],
  ['https://support.substack.com/hc', null],
  // Spotify
  [`https://open.spotify.com/artist/${SP}`, contact('spotify', `artist/${SP}`)],
  [`https://open.spotify.com/intl-de/artist/${SP}?si=abc`, contact('spotify', `artist/${SP}`)],
  [`https://open.spotify.com/show/${SP}`, contact('spotify', `show/${SP}`)],
  [`https://open.spotify.com/playlist/${SP}`, contact('spotify', `playlist/${SP}`)],
  [`https://open.spotify.com/album/${SP}`, contact('spotify', `album/${SP}`)],
  ['https://open.spotify.com/user/Spotify', contact('spotify', 'user/spotify')],
  [`spotify:artist:${SP}`, contact('spotify', `artist/${SP}`)],
  [`https://open.spotify.com/track/${SP}`, NOT_PROFILE],
  ['https://spotify.link/abc', NOT_PROFILE],
  ['https://open.spotify.com/artist/short', INVALID],
  ['https://www.spotify.com/us/premium/', null],
  // GitHub
  ['https://github.com/Binance', contact('github', 'binance')],
  ['https://www.github.com/binance-exchange/some-repo', contact('github', 'binance-exchange')],
  ['https://github.com/orgs/Binance/people', contact('github', 'binance')],
  ['https://github.com/settings/profile', NOT_PROFILE],
  ['https://github.com/marketplace', NOT_PROFILE],
  ['https://github.com/-binance', INVALID],
  ['https://github.com/bin--ance', INVALID],
  ['https://binance.github.io/', null],
  ['https://gist.github.com/binance', null],
  // WhatsApp
  ['https://wa.me/14155550100', { phone: '14155550100' }],
  ['https://wa.me/+14155550100?text=hi', { phone: '14155550100' }],
  ['https://api.whatsapp.com/send?phone=14155550100', { phone: '14155550100' }],
  ['https://api.whatsapp.com/send/?phone=%2B14155550100&text&type=phone_number', { phone: '14155550100' }],
  ['https://www.whatsapp.com/send?phone=14155550100', { phone: '14155550100' }],
  ['whatsapp://send?phone=14155550100', { phone: '14155550100' }],
  ['https://whatsapp.com/channel/0029VaAbCdEfGh1234567890', contact('whatsapp', 'channel/0029VaAbCdEfGh1234567890')],
  ['https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv', contact('whatsapp', 'chat/AbCdEfGhIjKlMnOpQrStUv')],
  ['https://wa.me/message/ABCDEF123', NOT_PROFILE],
  ['https://wa.me/', NOT_PROFILE],
  ['https://wa.me/abc', INVALID],
  ['https://www.whatsapp.com/download', null],
  // LINE
  ['https://line.me/R/ti/p/@Binance', contact('line', '@binance')],
  ['https://line.me/ti/p/~some.user', contact('line', 'some.user')],
  ['https://page.line.me/binance', contact('line', '@binance')],
  ['https://line.me/R/ti/p/AbCdEf12', contact('line', undefined, 'AbCdEf12')],
  ['https://lin.ee/abc123', NOT_PROFILE],
  ['https://line.me/R/ti/g/abc', NOT_PROFILE],
  ['https://line.me/en/', null],
  // Not platforms at all
  ['https://example.com/binance', null],
  ['https://binance.com/', null],
  ['mailto:someone@x.com', null],
  ['ftp://x.com/binance', null],
];

const handleCases: [Platform, string, Expected][] = [
  // X
  ['x', '@Binance', contact('x', 'binance')],
  ['x', '  binance  ', contact('x', 'binance')],
  ['x', 'https://x.com/Binance', contact('x', 'binance')],
  ['x', 'twitter.com/binance/', contact('x', 'binance')],
  ['x', 'www.x.com/binance?s=20', contact('x', 'binance')],
  ['x', 'i/user/123456', contact('x', undefined, '123456')],
  ['x', '877807935493033984', contact('x', undefined, '877807935493033984')],
  ['x', '123456', contact('x', '123456')],
  ['x', 'x.com', NOT_PROFILE],
  ['x', 'x.com/home', NOT_PROFILE],
  ['x', 'bin-ance', INVALID],
  ['x', 'a_very_long_handle_16', INVALID],
  ['x', '', INVALID],
  ['x', '@', INVALID],
  ['x', 'instagram.com/binance', MISMATCH],
  ['x', 'https://t.me/binance', MISMATCH],
  ['x', 'https://example.com/binance', INVALID],
  // Telegram
  ['telegram', '@BinanceExchange', contact('telegram', 'binanceexchange')],
  ['telegram', 't.me/binanceexchange', contact('telegram', 'binanceexchange')],
  ['telegram', 'binance.t.me', contact('telegram', 'binance')],
  ['telegram', '+AbCdEfGhIjK12345', contact('telegram', '+AbCdEfGhIjK12345')],
  ['telegram', 'https://t.me/joinchat/AbCdEfGhIjK12345', contact('telegram', '+AbCdEfGhIjK12345')],
  ['telegram', 'tg://resolve?domain=binanceexchange', contact('telegram', 'binanceexchange')],
  ['telegram', 's/binanceexchange', contact('telegram', 'binanceexchange')],
  ['telegram', 'abcd', INVALID],
  ['telegram', '_binance', INVALID],
  ['telegram', 'a'.repeat(33), INVALID],
  ['telegram', 't.me/share', NOT_PROFILE],
  // Instagram
  ['instagram', '@Binance', contact('instagram', 'binance')],
  ['instagram', 'binance.com', contact('instagram', 'binance.com')],
  ['instagram', 'instagram.com/binance', contact('instagram', 'binance')],
  ['instagram', 'bin..ance', INVALID],
  ['instagram', 'a'.repeat(31), INVALID],
  ['instagram', 'bin ance', INVALID],
  ['instagram', 'threads.net/@binance', MISMATCH],
  // YouTube
  ['youtube', '@Binance', contact('youtube', '@binance')],
  ['youtube', 'binance', contact('youtube', '@binance')],
  ['youtube', UC, contact('youtube', `channel/${UC}`, UC)],
  ['youtube', `channel/${UC}`, contact('youtube', `channel/${UC}`, UC)],
  ['youtube', 'c/Binance', contact('youtube', 'c/binance')],
  ['youtube', 'user/BinanceYT', contact('youtube', 'user/binanceyt')],
  ['youtube', 'youtube.com/@binance', contact('youtube', '@binance')],
  ['youtube', 'ab', INVALID],
  ['youtube', 'youtu.be/dQw4w9WgXcQ', NOT_PROFILE],
  // Facebook
  ['facebook', 'Binance.Exchange', contact('facebook', 'binanceexchange')],
  ['facebook', 'facebook.com/binanceexchange', contact('facebook', 'binanceexchange')],
  ['facebook', '100064842735312', contact('facebook', undefined, '100064842735312')],
  ['facebook', 'profile.php?id=123', contact('facebook', undefined, '123')],
  ['facebook', 'groups/binancegroup', contact('facebook', 'groups/binancegroup')],
  ['facebook', 'a.b.c', INVALID],
  ['facebook', 'bin_ance', INVALID],
  // TikTok
  ['tiktok', '@Binance', contact('tiktok', 'binance')],
  ['tiktok', 'tiktok.com/@binance', contact('tiktok', 'binance')],
  ['tiktok', 'b', INVALID],
  ['tiktok', 'vm.tiktok.com/ZMabc', NOT_PROFILE],
  // Discord
  ['discord', 'discord.gg/binance', contact('discord', 'binance')],
  ['discord', 'BinanceEN', contact('discord', 'BinanceEN')],
  ['discord', 'invite/BinanceEN', contact('discord', 'BinanceEN')],
  ['discord', '80351110224678912', contact('discord', undefined, '80351110224678912')],
  ['discord', 'bad code', INVALID],
  // LinkedIn
  ['linkedin', 'company/Binance', contact('linkedin', 'company/binance')],
  ['linkedin', 'in/some-person', contact('linkedin', 'in/some-person')],
  ['linkedin', 'linkedin.com/company/binance/', contact('linkedin', 'company/binance')],
  ['linkedin', 'binance', INVALID],
  ['linkedin', 'jobs/view/123', NOT_PROFILE],
  // Reddit
  ['reddit', 'r/Bitcoin', contact('reddit', 'r/bitcoin')],
  ['reddit', '/r/bitcoin/', contact('reddit', 'r/bitcoin')],
  ['reddit', 'u/Spez', contact('reddit', 'u/spez')],
  ['reddit', 'user/spez', contact('reddit', 'u/spez')],
  ['reddit', 'reddit.com/r/binance', contact('reddit', 'r/binance')],
  ['reddit', 'bitcoin', INVALID],
  ['reddit', 'r/a', INVALID],
  // Medium
  ['medium', '@Binance', contact('medium', '@binance')],
  ['medium', 'binance-labs', contact('medium', 'binance-labs')],
  ['medium', 'binance.medium.com', contact('medium', '@binance')],
  ['medium', 'medium.com/@binance', contact('medium', '@binance')],
  ['medium', 'medium.com/tag/crypto', NOT_PROFILE],
  // Threads
  ['threads', '@Binance', contact('threads', 'binance')],
  ['threads', 'threads.net/@binance', contact('threads', 'binance')],
  ['threads', 'instagram.com/binance', MISMATCH],
  // Substack
  ['substack', 'binance', contact('substack', 'binance')],
  ['substack', '@Binance', contact('substack', '@binance')],
  ['substack', 'binance.substack.com', contact('substack', 'binance')],
  ['substack', 'bin_ance', INVALID],
  // Spotify
  ['spotify', `artist/${SP}`, contact('spotify', `artist/${SP}`)],
  ['spotify', `spotify:artist:${SP}`, contact('spotify', `artist/${SP}`)],
  ['spotify', 'user/SomeUser', contact('spotify', 'user/someuser')],
  ['spotify', SP, INVALID],
  ['spotify', 'artist/short', INVALID],
  // GitHub
  ['github', '@Binance', contact('github', 'binance')],
  ['github', 'github.com/binance/some-repo', contact('github', 'binance')],
  ['github', 'orgs/binance', contact('github', 'binance')],
  ['github', 'binance-', INVALID],
  ['github', 'binance.github.io', INVALID],
  // WhatsApp
  ['whatsapp', 'channel/0029VaAbCdEfGh1234567890', contact('whatsapp', 'channel/0029VaAbCdEfGh1234567890')],
  ['whatsapp', 'chat/AbCdEfGhIjKlMnOpQrStUv', contact('whatsapp', 'chat/AbCdEfGhIjKlMnOpQrStUv')],
  ['whatsapp', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv', contact('whatsapp', 'chat/AbCdEfGhIjKlMnOpQrStUv')],
  ['whatsapp', 'wa.me/14155550100', INVALID],
  ['whatsapp', '+1 415 555 0100', INVALID],
  ['whatsapp', 'binance', INVALID],
  ['x', 'wa.me/14155550100', MISMATCH],
  // WeChat
  ['wechat', 'Binance_CN', contact('wechat', 'binance_cn')],
  ['wechat', '1binance', INVALID],
  ['wechat', 'abc', INVALID],
  ['wechat', 'weixin.qq.com/r/abc', INVALID],
  // LINE
  ['line', '@Binance', contact('line', '@binance')],
  ['line', '~some.user', contact('line', 'some.user')],
  ['line', 'some.user', contact('line', 'some.user')],
  ['line', 'line.me/R/ti/p/@binance', contact('line', '@binance')],
  ['line', '@abc', INVALID],
  ['line', 'lin.ee/abc', NOT_PROFILE],
];

describe('parseSocialUrl', () => {
  it.each(urlCases)('%s', (url, expected) => check(parseSocialUrl(new URL(url)), expected));
});

describe('normalizeHandle', () => {
  it.each(handleCases)('%s %s', (platform, text, expected) => check(normalizeHandle(platform, text), expected));

  it('answers an unknown platform with a failure instead of throwing', () => {
    check(normalizeHandle('myspace' as Platform, 'binance'), INVALID);
  });
});

describe('platformName', () => {
  it.each([
    ['x', 'X'], ['telegram', 'Telegram'], ['youtube', 'YouTube'], ['linkedin', 'LinkedIn'], ['github', 'GitHub'],
    ['whatsapp', 'WhatsApp'], ['wechat', 'WeChat'], ['line', 'LINE'], ['tiktok', 'TikTok'],
  ] as [Platform, string][])('%s is %s', (platform, name) => expect(platformName(platform)).toBe(name));

  it('names every platform', () => {
    for (const platform of PLATFORMS) expect(platformName(platform)).not.toBe(platform);
  });
});

// Hosts, subdomains and path pieces that reach every rule, so the fuzzer spends its time inside them.
const HOSTS = [
  'x.com', 'twitter.com', 't.me', 'telegram.me', 'instagram.com', 'youtube.com', 'youtu.be', 'facebook.com', 'fb.me',
  'tiktok.com', 'discord.gg', 'discord.com', 'linkedin.com', 'reddit.com', 'medium.com', 'threads.net',
  'substack.com', 'spotify.com', 'github.com', 'github.io', 'wa.me', 'whatsapp.com', 'line.me', 'lin.ee', 'example.com',
];
const SUBS = ['', 'www.', 'm.', 'open.', 'old.', 'chat.', 'api.', 'page.', 'vm.', 'uk.', 'binance.', 'a.b.'];
const PIECES = [
  '@', '+', '~', 'r', 'u', 'user', 'c', 'channel', 'company', 'in', 'artist', 'groups', 'chat', 's', 'joinchat',
  'orgs', 'invite', 'users', 'i', 'stories', 'people', 'R', 'ti', 'p', 'send', 'profile.php', 'intl-de', UC, SP,
];
const segment = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.stringMatching(/^[@+~]?[A-Za-z0-9._%-]{1,40}$/),
  fc.string({ maxLength: 12 }),
);
// "r/name", "company/name", "artist/ID": the written forms of platform paths, with names that often pass the rules.
const platformPath = fc
  .tuple(
    fc.constantFrom('r', 'u', 'user', 'c', 'channel', 'company', 'in', 'artist', 'show', 'groups', 'chat', 's', 'orgs', 'invite'),
    fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_.-]{2,30}$/),
      fc.stringMatching(/^[A-Za-z0-9_]{3,20}$/),
      fc.stringMatching(/^[A-Za-z0-9]{22}$/),
      fc.constant(UC),
    ),
  )
  .map(([kind, name]) => `${kind}/${name}`);
const platform = fc.constantFrom(...PLATFORMS);
const link = fc
  .tuple(
    fc.constantFrom('https://', 'http://', ''),
    fc.constantFrom(...SUBS),
    fc.constantFrom(...HOSTS),
    fc.array(segment, { maxLength: 4 }),
    fc.constantFrom('', '/', '?id=123', '?phone=14155550100', '?domain=binance_x', '#x'),
  )
  .map(([scheme, sub, host, path, tail]) => `${scheme}${sub}${host}/${path.join('/')}${tail}`);
const handleText = fc.oneof(
  platformPath,
  fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
  fc.stringMatching(/^[@+~]?[A-Za-z0-9._-]{1,40}$/),
  link,
  fc.string(),
);
const FUZZ = { numRuns: 20_000, seed: 20_240_611 };

function toUrlOrNull(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

describe('invariants', () => {
  it('never throws, on any text or link', () => {
    fc.assert(
      fc.property(platform, fc.oneof(handleText, fc.webUrl(), fc.string({ unit: 'binary' })), (p, text) => {
        const result = normalizeHandle(p, text);
        expect(typeof result.ok).toBe('boolean');
        for (const candidate of [text, `https://${text}`]) {
          const url = toUrlOrNull(candidate);
          if (url) parseSocialUrl(url);
        }
      }),
      FUZZ,
    );
  });

  it('is idempotent: the canonical value normalizes to itself', () => {
    fc.assert(
      fc.property(platform, handleText, (p, text) => {
        const first = normalizeHandle(p, text);
        if (!first.ok || first.value.value === undefined) return;
        expect(normalizeHandle(p, first.value.value)).toEqual(first);
      }),
      FUZZ,
    );
  });

  it('reads a profile link the same way through either function', () => {
    fc.assert(
      fc.property(link, (text) => {
        const url = toUrlOrNull(text.includes('://') ? text : `https://${text}`);
        const found = url && parseSocialUrl(url);
        if (!found?.ok || found.value.kind !== 'social' || !found.value.platform) return;
        const again: Outcome<SocialContact> = normalizeHandle(found.value.platform, url!.href);
        expect(again).toEqual(found);
      }),
      FUZZ,
    );
  });
});
