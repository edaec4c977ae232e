/** @module Liveness, the registry version a server answers from, why it is degraded, and configuration warnings. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createRouter } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Service'],
  summary: 'Health and the registry version served',
  responses: {
    200: {
      description: '`ok`, or `degraded` with a `problem` while no version verifies or the newest was refused.',
      content: {
        'application/json': {
          schema: z.object({
            status: z.enum(['ok', 'degraded']),
            registry: z.object({ version: z.number().int(), digest: z.string().nullable(), issuedAt: z.string().nullable(), expiresAt: z.string().nullable(), loadedAt: z.string().nullable() }),
            problem: z.string().optional(),
            warnings: z.array(z.string()).optional(),
          }),
          example: { status: 'ok', registry: { version: 1, digest: '2b9beb7a…', issuedAt: '2026-11-25T22:00:00.000Z', expiresAt: '2026-12-25T22:00:00.000Z', loadedAt: '2026-11-25T22:00:01.000Z' } },
        },
      },
    },
  },
});

export function healthRoutes(registry: RegistryHolder, warnings: readonly string[] = []): OpenAPIHono {
  const router = createRouter();
  router.openapi(route, (c) => {
    const { problem, ...status } = registry.status;
    const degraded = problem !== null || status.version === 0;
    return c.json({
      status: degraded ? ('degraded' as const) : ('ok' as const),
      registry: status,
      ...(degraded ? { problem: problem ?? 'no registry version has been published yet' } : {}),
      ...(warnings.length ? { warnings: [...warnings] } : {}),
    }, 200);
  });
  return router;
}
