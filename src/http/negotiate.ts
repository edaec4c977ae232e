/** @module Content negotiation for signed answers: whether a request asked for `application/jose+json`. */
import type { Context } from 'hono';
import { JOSE_JSON } from '../core/signing/jws.ts';

/** True when Accept lists application/jose+json with a non-zero quality (`;q=0` means "not this"). */
export function wantsJose(c: Context): boolean {
  const accept = c.req.header('accept');
  if (!accept) return false;
  return accept.split(',').some((range) => {
    const [type, ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    if (type !== JOSE_JSON) return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Whether an If-None-Match header matches an entity tag (weak comparison, RFC 9110 §13.1.2): the
 * client's copy is current and a 304 will do.
 */
export function matchesEtag(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
