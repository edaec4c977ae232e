/** @module Organizations and their official channels, as verify pages publish them. */
import { Hono } from 'hono';
import { viewChannel } from '../core/verdict.ts';
import { ApiError } from '../http/api-error.ts';
import type { RegistryHolder } from '../registry-holder.ts';

export function organizationRoutes(registry: RegistryHolder): Hono {
  const registryRef = () => ({ version: registry.index.version, digest: registry.index.digest || null });
  return new Hono()
    .get('/', (c) => {
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
      return c.json({ organizations, registry: registryRef() });
    })
    .get('/:slug', (c) => {
      const index = registry.index;
      const org = index.organizations.get(c.req.param('slug'));
      if (!org) throw new ApiError(404, 'organization_not_found', `No organization "${c.req.param('slug')}" in this registry.`);
      return c.json({
        organization: { ...org, advice: org.advice ?? [], channels: index.channelsOf(org.slug).map(viewChannel) },
        registry: registryRef(),
      });
    });
}
