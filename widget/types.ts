/** @module What the widget reads from Verify's API: the answer of /api/v1/check (the fields it shows) and its messages. */
import type { VerdictCode } from '../src/core/verdict.ts';

export interface Ref {
  slug: string;
  name: string;
}

export interface Channel {
  kind: string;
  platform?: string;
  value: string;
  label?: string;
  reason?: string;
  revokedAt?: string;
}

export interface Segment {
  text: string;
  differs: boolean;
}

export interface Match {
  organization: Ref;
  channel: Channel;
  reasons: string[];
  explanation: string;
  comparison?: { contact: Segment[]; official: Segment[] };
}

/** A verdict from /api/v1/check, or (`invalid`, with `error`) the error it answered instead: what `verify-result` carries. */
export interface Answer {
  input: string;
  type?: string | null;
  normalized?: { platform?: string | null } | null;
  verdict: VerdictCode;
  organization?: Ref;
  channel?: Channel;
  channels?: Channel[];
  scam?: { reason: string; target: Ref };
  scope?: Ref;
  matches?: Match[];
  error?: { code: string; message: string };
}

/** GET /api/v1/widget-messages */
export interface Setup {
  lang: string;
  dir: 'ltr' | 'rtl';
  messages: Record<string, string>;
  platforms: Record<string, string>;
  organization?: Ref;
}
