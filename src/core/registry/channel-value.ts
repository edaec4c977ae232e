/** @module Normalizing the values an organization writes in its registry file, with the same code lookups use. */
import { normalizeHost, parseDomainInput } from '../input/domain.ts';
import { parseEmailInput } from '../input/email.ts';
import { parsePhoneInput } from '../input/phone.ts';
import { normalizeHandle } from '../input/social/index.ts';
import { fail, ok, type ChannelKind, type Outcome, type Platform } from '../types.ts';

export interface NormalizedValue {
  value: string;
  accountId?: string;
}

function domainValue(text: string): Outcome<NormalizedValue> {
  if (/[/?#]/.test(text.replace(/^[a-z]+:\/\//i, ''))) {
    return fail('invalid_domain', 'A domain channel is a host name such as example.com, without a path.');
  }
  const host = parseDomainInput(text);
  if (!host.ok) return host;
  if (host.value.ip) return fail('invalid_domain', 'IP addresses cannot be registered as official domains.');
  return ok({ value: host.value.value });
}

function emailValue(text: string): Outcome<NormalizedValue> {
  if (text.startsWith('@')) {
    const host = normalizeHost(text.slice(1));
    if (!host.ok || host.value.ip || /[^a-z0-9.-]/i.test(text.slice(1))) {
      return fail('invalid_email', 'A sender domain is written as @example.com.');
    }
    return ok({ value: `@${host.value.value}` });
  }
  const email = parseEmailInput(text);
  return email.ok ? ok({ value: email.value.value }) : email;
}

/**
 * Normalizes one registry value of the given kind.
 * @example normalizeChannelValue('email', '@Binance.com') // ok: { value: '@binance.com' }
 */
export function normalizeChannelValue(kind: ChannelKind, text: string, platform?: Platform): Outcome<NormalizedValue> {
  const trimmed = text.trim();
  switch (kind) {
    case 'domain':
      return domainValue(trimmed);
    case 'email':
      return emailValue(trimmed);
    case 'phone': {
      const phone = parsePhoneInput(trimmed);
      return phone.ok ? ok({ value: phone.value.value }) : phone;
    }
    case 'social': {
      if (!platform) return fail('platform_required', 'Social channels need a platform.');
      const handle = normalizeHandle(platform, trimmed);
      if (!handle.ok) return handle;
      const value = handle.value.value ?? handle.value.accountId;
      if (!value) return fail('invalid_handle', 'This is not a handle.');
      return ok({ value, ...(handle.value.accountId ? { accountId: handle.value.accountId } : {}) });
    }
  }
}
