/** @module The sender-side facts of a message's headers: From, Reply-To, Sender, Return-Path, and signs of tampering. */
import { decodeWords, type Address, type Mailbox } from 'postal-mime';
import type { ParsedEmail } from './parse-message.ts';

export interface HeaderFacts {
  /** The first address of the first From header: what postal-mime, and most mail apps, show. */
  from: Mailbox | null;
  /** From headers in the message; RFC 5322 allows one. */
  fromHeaders: number;
  /** Addresses in that first From header. */
  fromAddresses: number;
  replyTo: Mailbox[];
  sender: Mailbox | null;
  returnPath: string | null;
  /** Headers whose decoded value hides a line break or another control character (lower-case names). */
  injected: string[];
  /** Headers RFC 5322 allows once that appear more than once (From is counted apart). */
  duplicated: string[];
  subject: string | null;
  date: string | null;
}

/** RFC 5322 §3.6: at most one of each. */
const SINGLE = ['sender', 'reply-to', 'to', 'cc', 'bcc', 'message-id', 'in-reply-to', 'references', 'subject', 'date'];
/** Headers a mail app shows or acts on, where a smuggled line break could fake another header. */
const WATCHED = new Set(['from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'return-path']);
/** Tab is folding white space; every other C0 control, and DEL, has no place in a decoded header. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

const mailboxes = (addresses: Address[] | undefined): Mailbox[] =>
  (addresses ?? []).flatMap((a) => (a.group ? a.group : [a])).filter((m) => m.address);

function decodes(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/** Reads the facts; nothing here throws on malformed headers (postal-mime already parsed them leniently). */
export function readHeaderFacts(email: ParsedEmail): HeaderFacts {
  const counts = new Map<string, number>();
  const injected = new Set<string>();
  for (const { key, value } of email.headers) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (WATCHED.has(key) && CONTROL.test(decodes(value))) injected.add(key);
  }
  const from = mailboxes(email.from ? [email.from] : []);
  return {
    from: from[0] ?? null,
    fromHeaders: counts.get('from') ?? 0,
    fromAddresses: from.length,
    replyTo: mailboxes(email.replyTo),
    sender: mailboxes(email.sender ? [email.sender] : [])[0] ?? null,
    returnPath: email.returnPath || null,
    injected: [...injected],
    duplicated: SINGLE.filter((name) => (counts.get(name) ?? 0) > 1),
    subject: email.subject ?? null,
    date: email.date ?? null,
  };
}
