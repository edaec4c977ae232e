/** @module Raw message to postal-mime's parsed email: tolerant of malformed MIME, refusing only what is not an email at all. */
import PostalMime, { type Email } from 'postal-mime';
import { fail, ok, type Outcome } from '../types.ts';
import { PARSER_LIMITS } from './limits.ts';

export type ParsedEmail = Email;

/** Headers every delivered message has at least one of; pasted body text has none. */
const MESSAGE_HEADERS = new Set([
  'from', 'to', 'subject', 'date', 'received', 'message-id', 'return-path', 'authentication-results',
  'mime-version', 'content-type', 'delivered-to', 'reply-to', 'sender', 'dkim-signature',
]);

const NOT_AN_EMAIL =
  'This does not look like the full source of an email: it has no headers such as From, Date or Received. ' +
  'Copy the original message (Gmail: Show original; Outlook: View message source; Apple Mail: Raw Source; Proton: Export) rather than its text.';

/**
 * Parses a message. postal-mime reads broken boundaries, bad encodings and unknown charsets as best it
 * can; it throws only past its nesting and header-size guards, which is answered as a problem. The
 * problem never quotes the message.
 */
export async function parseMessage(raw: string | Uint8Array | ArrayBuffer): Promise<Outcome<ParsedEmail>> {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size === 0 || (typeof raw === 'string' && !raw.trim())) return fail('empty_message', 'The message is empty: paste or upload the full source of the email.');
  let email: ParsedEmail;
  try {
    email = await PostalMime.parse(raw, PARSER_LIMITS);
  } catch {
    return fail('unreadable_message', 'This message could not be read: its MIME structure is nested too deep or its headers are too large.');
  }
  if (!email.headers.some((h) => MESSAGE_HEADERS.has(h.key))) return fail('not_an_email', NOT_AN_EMAIL);
  return ok(email);
}
