/** @module What a scam report is about: the reported contact as one canonical channel, the form a scam entry stores. */
import { normalizeChannelValue } from '../registry/channel-value.ts';
import { fail, ok, type ChannelKind, type Contact, type Outcome, type Platform } from '../types.ts';

export const REPORT_STATUSES = ['received', 'confirmed', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** One reporter's words, kept only when they gave some. */
export interface ReportNote {
  at: string;
  note?: string;
  contact?: string;
}

export interface ReportedChannel {
  kind: ChannelKind;
  platform?: Platform;
  /** Normalized exactly as a scam entry's value, so confirming lists what was reported. */
  value: string;
}

/**
 * The channel a parsed contact names, normalized as the registry normalizes a scam entry's value; or why
 * it cannot be listed. A bare handle names no single account, and an IP address is not listable.
 * @example reportedChannel(parseContact('https://t.me/Binance_Helpdesk').value) // ok: { kind: 'social', platform: 'telegram', value: 'binance_helpdesk' }
 */
export function reportedChannel(contact: Contact): Outcome<ReportedChannel> {
  if (contact.kind === 'domain' && contact.ip) {
    return fail('invalid_domain', 'A bare IP address cannot be listed as a scam; report the link by its host name.');
  }
  if (contact.kind === 'social') {
    if (!contact.platform) return fail('platform_required', 'Say which platform this handle is on (platform), so the report names one account.');
    if (!contact.value) return fail('invalid_handle', 'Report the account by its name or profile link, not by its numeric id alone.');
  }
  const platform = contact.kind === 'social' ? contact.platform! : undefined;
  const value = contact.kind === 'social' ? contact.value! : contact.value;
  const normalized = normalizeChannelValue(contact.kind, value, platform);
  if (!normalized.ok) return normalized;
  return ok({ kind: contact.kind, ...(platform ? { platform } : {}), value: normalized.value.value });
}
