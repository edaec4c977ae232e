/** @module Organizations and their official channels, as verify pages publish them. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { viewChannel } from '../core/verdict.ts';
import { ApiError } from '../http/api-error.ts';
import { errorResponse, optionalKey, rateLimitedResponse, unauthorizedResponse } from '../openapi/responses.ts';
import { createRouter } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';

const registryRef = z.object({ version: z.number().int(), digest: z.string().nullable() });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Registry'],
  summary: 'List organizations',
  security: optionalKey,
  responses: {
    200: {
      description: 'Every organization with its numbers of active and revoked channels.',
      content: {
        'application/json': {
          schema: z.object({
            organizations: z.array(z.object({ slug: z.string(), name: z.string(), website: z.string().optional(), channels: z.object({ active: z.number().int(), revoked: z.number().int() }) })),
            registry: registryRef,
          }),
          example: { organizations: [{ slug: 'binance', name: 'Binance', website: 'https://www.binance.com', channels: { active: 17, revoked: 1 } }], registry: { version: 1, digest: '2b9beb7a…' } },
        },
      },
    },
    401: unauthorizedResponse,
    429: rateLimitedResponse,
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/{slug}',
  tags: ['Registry'],
  summary: 'One organization, its advice and every channel',
  security: optionalKey,
  request: { params: z.object({ slug: z.string().openapi({ example: 'binance', description: 'The organization\'s slug.' }) }) },
  responses: {
    200: {
      description: 'The organization; revoked channels have `status: "revoked"`, a reason and a date.',
      content: {
        'application/json': {
          schema: z.object({ organization: z.looseObject({ slug: z.string(), name: z.string(), advice: z.array(z.string()), channels: z.array(z.record(z.string(), z.unknown())) }), registry: registryRef }),
          example: { organization: { slug: 'binance', name: 'Binance', website: 'https://www.binance.com', channels: [{ kind: 'domain', value: 'binance.com', normalized: 'binance.com', status: 'active' }] }, registry: { version: 1, digest: '2b9beb7a…' } },
        },
      },
    },
    404: errorResponse('No organization has this slug.', 'organization_not_found', 'No organization "nope" in this registry.'),
    401: unauthorizedResponse,
    429: rateLimitedResponse,
  },
});

export function organizationRoutes(registry: RegistryHolder): OpenAPIHono {
  const ref = () => ({ version: registry.index.version, digest: registry.index.digest || null });
  const router = createRouter();
  router.openapi(listRoute, (c) => {
    const index = registry.index;
    const organizations = [...index.organizations.values()].map((org) => {
      const channels = index.channelsOf(org.slug);
      return {
        slug: org.slug,
        name: org.name,
        ...(org.website ? { website: org.website } : {}),
        channels: { active: channels.filter((ch) => ch.status === 'active').length, revoked: channels.filter((ch) => ch.status === 'revoked').length },
      };
    });
    return c.json({ organizations, registry: ref() }, 200);
  });
  router.openapi(oneRoute, (c) => {
    const { slug } = c.req.valid('param');
    const index = registry.index;
    const org = index.organizations.get(slug);
    if (!org) throw new ApiError(404, 'organization_not_found', `No organization "${slug}" in this registry.`);
    const organization = { ...org, advice: org.advice ?? [], channels: index.channelsOf(org.slug).map(viewChannel) };
    return c.json({ organization, registry: ref() } as never, 200);
  });
  return router;
}
