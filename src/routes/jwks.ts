/** @module GET /.well-known/jwks.json: the public keys, current and retired, that Verify's signatures verify against. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import { createRouter } from '../openapi/router.ts';

/** Partners cache the set; a rotation publishes the new key before anything is signed with it, so minutes are safe. */
const CACHE_CONTROL = 'public, max-age=300';

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Signatures'],
  summary: 'The public keys that verify snapshots, verdicts and webhook deliveries',
  responses: {
    200: {
      description: 'A JWKS of Ed25519 public keys, the current one first.',
      content: {
        'application/jwk-set+json': {
          schema: z.object({ keys: z.array(z.looseObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), kid: z.string() })) }),
          example: { keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'kZ3n…', alg: 'EdDSA', use: 'sig' }] },
        },
      },
    },
  },
});

export function jwksRoutes(jwks: JsonWebKeySet): OpenAPIHono {
  const body = JSON.stringify(jwks);
  const router = createRouter();
  router.openapi(route, (c) => c.body(body, 200, { 'Content-Type': 'application/jwk-set+json', 'Cache-Control': CACHE_CONTROL }) as never);
  return router;
}
