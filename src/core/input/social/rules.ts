/** @module The table of platform rules, and finding the rule for a platform, a host or a URL scheme. */
import type { Platform } from '../../types.ts';
import type { SocialRule } from './rule.ts';
import { discord } from './platforms/discord.ts';
import { facebook } from './platforms/facebook.ts';
import { github } from './platforms/github.ts';
import { instagram } from './platforms/instagram.ts';
import { line } from './platforms/line.ts';
import { linkedin } from './platforms/linkedin.ts';
import { medium } from './platforms/medium.ts';
import { reddit } from './platforms/reddit.ts';
import { spotify } from './platforms/spotify.ts';
import { substack } from './platforms/substack.ts';
import { telegram } from './platforms/telegram.ts';
import { threads } from './platforms/threads.ts';
import { tiktok } from './platforms/tiktok.ts';
import { wechat } from './platforms/wechat.ts';
import { whatsapp } from './platforms/whatsapp.ts';
import { x } from './platforms/x.ts';
import { youtube } from './platforms/youtube.ts';

export const RULES: readonly SocialRule[] = [
  x, telegram, instagram, youtube, facebook, tiktok, discord, linkedin, reddit,
  medium, threads, substack, spotify, github, whatsapp, wechat, line,
];

const byPlatform = new Map<string, SocialRule>(RULES.map((rule) => [rule.platform, rule]));
const byHost = new Map<string, SocialRule>(RULES.flatMap((rule) => rule.hosts.map((host) => [host, rule] as const)));
const byScheme = new Map<string, SocialRule>(
  RULES.flatMap((rule) => (rule.schemes ?? []).map((scheme) => [scheme, rule] as const)),
);

/** The rule of a platform; undefined for a string that is not one (callers in plain JS can pass anything). */
export const ruleFor = (platform: Platform | string): SocialRule | undefined => byPlatform.get(platform);

export const ruleForScheme = (protocol: string): SocialRule | undefined => byScheme.get(protocol.toLowerCase());

export interface HostMatch {
  rule: SocialRule;
  base: string;
  sub: string;
}

/**
 * Finds the rule whose base host is the host itself or its nearest parent, so that vm.tiktok.com
 * reaches TikTok with sub 'vm' while tiktok.com.evil.example reaches nobody.
 * @example matchHost('binance.t.me') // { rule: telegram, base: 't.me', sub: 'binance' }
 */
export function matchHost(hostname: string): HostMatch | null {
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  // Each parent in turn, cut from the host after each dot: every link is asked, most match nothing.
  for (let at = 0; at !== -1; ) {
    const base = at === 0 ? host : host.slice(at);
    const rule = byHost.get(base);
    if (rule) return { rule, base, sub: at === 0 ? '' : host.slice(0, at - 1) };
    const dot = host.indexOf('.', at);
    at = dot === -1 ? -1 : dot + 1;
  }
  return null;
}
