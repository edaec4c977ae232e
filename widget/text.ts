/** @module The widget's words: messages from the server's catalogues with their {placeholders} filled, names of kinds and platforms, dates. */
import type { Channel, Setup } from './types.ts';

export interface Text {
  lang: string;
  /** The message with its {placeholders} filled; `fallback` (or the key) when the set has no such message. */
  (key: string, params?: Record<string, string>, fallback?: string): string;
  /** "Website", "Telegram account". */
  kind(channel: Channel): string;
  /** An ISO date as the language writes it (registry dates are UTC days). */
  date(iso: string): string;
}

export function textOf(setup: Setup): Text {
  const dates = new Intl.DateTimeFormat(setup.lang, { dateStyle: 'long', timeZone: 'UTC' });
  const t = ((key, params = {}, fallback = key) =>
    (setup.messages[key] ?? fallback).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)) as Text;
  t.lang = setup.lang;
  t.kind = (channel) =>
    channel.kind === 'social' && channel.platform
      ? t('kind.social', { platform: setup.platforms[channel.platform] ?? channel.platform })
      : t(`kind.${channel.kind}`, {}, channel.kind);
  t.date = (iso) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : dates.format(time);
  };
  return t;
}
