/** @module Admin routes for editors: an organization's channels in the draft, added, changed and revoked (never deleted). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { channelKey } from '../../core/registry/entries.ts';
import { readChannelInput } from '../../core/registry/draft-input.ts';
import type { AppDatabase } from '../../db/database.ts';
import { getDraftChannel, getDraftOrganization } from '../../db/draft-read.ts';
import { channelFileForm } from '../../db/draft-rows.ts';
import { createChannel, revokeChannel, updateChannel } from '../../db/draft-write.ts';
import { ApiError } from '../../http/api-error.ts';
import { requireJsonBody } from '../../http/json-body.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import { adminBodyLimit, applyChange, entryOrThrow, notFound, unlessDuplicate } from './admin-input.ts';
import { changeChannelRoute, createChannelRoute, revokeChannelRoute } from './channel-spec.ts';

export function adminChannelRoutes(db: AppDatabase): OpenAPIHono<AdminEnv> {
  // The role is checked before the body is read or validated.
  const middleware = [requireRole('editor'), adminBodyLimit, requireJsonBody];
  const existing = async ({ slug, id }: { slug: string; id: number }) => {
    const channel = await getDraftChannel(db, slug, id);
    if (!channel) throw notFound(`channel ${id} of "${slug}"`);
    return channel;
  };

  const router = createRouter<AdminEnv>();
  router.openapi({ ...createChannelRoute, middleware }, async (c) => {
    const { slug } = c.req.valid('param');
    const body = c.req.valid('json');
    const org = await getDraftOrganization(db, slug);
    if (!org) throw notFound(`organization "${slug}"`);
    const channel = entryOrThrow(readChannelInput(slug, body));
    const twin = org.channels.find((other) => channelKey(other) === channelKey(channel));
    if (twin) throw new ApiError(409, 'channel_exists', `"${slug}" already has this channel (id ${twin.id}, ${twin.status}).`);
    const id = await unlessDuplicate(createChannel(db, c.get('actor'), channel), () => new ApiError(409, 'channel_exists', `"${slug}" already has this channel.`));
    return c.json({ channel: { id, ...channel } }, 201);
  });
  router.openapi({ ...changeChannelRoute, middleware }, async (c) => {
    const before = await existing(c.req.valid('param'));
    const change = c.req.valid('json');
    // Read again as a whole, as an import would: a change must leave a channel the file format accepts.
    const after = entryOrThrow(readChannelInput(before.organization, applyChange(channelFileForm(before), change)));
    await updateChannel(db, c.get('actor'), before, after);
    return c.json({ channel: { id: before.id, ...after } }, 200);
  });
  router.openapi({ ...revokeChannelRoute, middleware }, async (c) => {
    const before = await existing(c.req.valid('param'));
    const { reason } = c.req.valid('json');
    if (before.status === 'revoked') throw new ApiError(409, 'already_revoked', `Channel ${before.id} was revoked at ${before.revokedAt}.`);
    return c.json({ channel: await revokeChannel(db, c.get('actor'), before, reason) }, 200);
  });
  return router;
}
