/** @module How pages name a channel: its kind in the reader's language ("Telegram account") and its value as written. */
import { platformName } from '../../core/input/social/index.ts';
import type { Platform } from '../../core/types.ts';
import type { Translator } from '../i18n/index.ts';

export interface ChannelLike {
  kind: string;
  platform?: string;
  value: string;
}

/** "Website", "Email sender", "Telegram account". */
export function kindName(t: Translator, channel: { kind: string; platform?: string }): string {
  if (channel.kind === 'social' && channel.platform) return t.t('kind.social', { platform: platformName(channel.platform as Platform) });
  return t.maybe(`kind.${channel.kind}`, channel.kind);
}

/**
 * A contact or channel value: isolated from the text around it (an address inside an Arabic sentence
 * keeps its own direction), never translated, and never a link (what is checked is never opened).
 */
export function Value({ children }: { children: unknown }) {
  return <bdi class="value" dir="ltr">{children}</bdi>;
}
