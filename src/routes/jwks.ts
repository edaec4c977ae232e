/** @module GET /.well-known/jwks.json: the public keys, current and retired, that Verify's signatures verify against. */
import { Hono } from 'hono';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';

/** Partners cache the set; a rotation publishes the new key before anything is signed with it, so minutes are safe. */
const CACHE_CONTROL = 'public, max-age=300';

export function jwksRoutes(jwks: JsonWebKeySet): Hono {
  const body = JSON.stringify(jwks);
  return new Hono().get('/', (c) => c.body(body, 200, { 'Content-Type': 'application/jwk-set+json', 'Cache-Control': CACHE_CONTROL }));
}
