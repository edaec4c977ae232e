/** @module A raw message at the HTTP layer, for the API and the page alike: its size against the limit, and a check that never logs what it says. */
import { checkEmail, MAX_MESSAGE_BYTES, type EmailAnswer, type EmailCheckOptions } from '../core/email/index.ts';
import type { RegistryIndex } from '../core/registry/registry-index.ts';
import { fail, type Outcome } from '../core/types.ts';

/** Whether a message passes 5 MB: bytes as they are, text as UTF-8 (encoded only when it could be that long: at most 3 bytes per UTF-16 unit). */
export function isTooLarge(raw: string | ArrayBuffer): boolean {
  if (typeof raw !== 'string') return raw.byteLength > MAX_MESSAGE_BYTES;
  return raw.length * 3 > MAX_MESSAGE_BYTES && new TextEncoder().encode(raw).byteLength > MAX_MESSAGE_BYTES;
}

/**
 * checkEmail, with an unexpected failure answered as `unreadable_message` instead of thrown. The log says
 * where it failed, never what the message said: error messages may quote it.
 */
export async function checkEmailQuietly(index: RegistryIndex, raw: string | ArrayBuffer, options: EmailCheckOptions, now: Date): Promise<Outcome<EmailAnswer>> {
  try {
    return await checkEmail(index, raw, options, now);
  } catch (error) {
    console.error('email check failed:', error instanceof Error ? `${error.name}\n${error.stack?.split('\n').slice(1).join('\n')}` : typeof error);
    return fail('unreadable_message', 'This message could not be analysed.');
  }
}
