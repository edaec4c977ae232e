/** @module Admin routes for editors: an organization's channels in the draft, added, changed and revoked (never deleted). */
import { Hono } from 'hono';
import * as z from 'zod';
import { channelKey } from '../../core/registry/entries.ts';
import { readChannelInput } from '../../core/registry/draft-input.ts';
import { channelSchema } from '../../core/registry/file-schema.ts';
import type { AppDatabase } from '../../db/database.ts';
import { getDraftChannel, getDraftOrganization } from '../../db/draft-read.ts';
import { channelFileForm } from '../../db/draft-rows.ts';
import { createChannel, revokeChannel, updateChannel } from '../../db/draft-write.ts';
import { ApiError } from '../../http/api-error.ts';
import { readJson, validate } from '../../http/read-json.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { adminBodyLimit, applyChange, entryOrThrow, idParam, notFound, reasonBody, slugParam, unlessDuplicate } from './admin-input.ts';

/** A new channel is active; revoking is its own route, which requires a reason. */
const createBody = channelSchema.omit({ status: true, reason: true, revokedAt: true });
/** The value, kind and platform are the channel's identity: a different value is a new channel. Null clears a field. */
const changeBody = z.strictObject({
  label: channelSchema.shape.label.nullable(),
  subdomains: channelSchema.shape.subdomains.nullable(),
  accountId: channelSchema.shape.accountId.nullable(),
  usage: channelSchema.shape.usage.nullable(),
  localPartCaseSensitive: channelSchema.shape.localPartCaseSensitive.nullable(),
});
const channelParams = slugParam.extend(idParam.shape);

export function adminChannelRoutes(db: AppDatabase): Hono<AdminEnv> {
  const editor = requireRole('editor');
  const existing = async (params: Record<string, string>) => {
    const { slug, id } = validate(channelParams, params);
    const channel = await getDraftChannel(db, slug, id);
    if (!channel) throw notFound(`channel ${id} of "${slug}"`);
    return channel;
  };

  return new Hono<AdminEnv>()
    .post('/organizations/:slug/channels', editor, adminBodyLimit, async (c) => {
      const { slug } = validate(slugParam, c.req.param());
      const body = await readJson(c, createBody);
      const org = await getDraftOrganization(db, slug);
      if (!org) throw notFound(`organization "${slug}"`);
      const channel = entryOrThrow(readChannelInput(slug, body));
      const twin = org.channels.find((other) => channelKey(other) === channelKey(channel));
      if (twin) throw new ApiError(409, 'channel_exists', `"${slug}" already has this channel (id ${twin.id}, ${twin.status}).`);
      const id = await unlessDuplicate(createChannel(db, c.get('actor'), channel), () => new ApiError(409, 'channel_exists', `"${slug}" already has this channel.`));
      return c.json({ channel: { id, ...channel } }, 201);
    })
    .patch('/organizations/:slug/channels/:id', editor, adminBodyLimit, async (c) => {
      const before = await existing(c.req.param());
      const change = await readJson(c, changeBody);
      // Read again as a whole, as an import would: a change must leave a channel the file format accepts.
      const after = entryOrThrow(readChannelInput(before.organization, applyChange(channelFileForm(before), change)));
      await updateChannel(db, c.get('actor'), before, after);
      return c.json({ channel: { id: before.id, ...after } });
    })
    .post('/organizations/:slug/channels/:id/revoke', editor, adminBodyLimit, async (c) => {
      const before = await existing(c.req.param());
      const { reason } = await readJson(c, reasonBody);
      if (before.status === 'revoked') throw new ApiError(409, 'already_revoked', `Channel ${before.id} was revoked at ${before.revokedAt}.`);
      return c.json({ channel: await revokeChannel(db, c.get('actor'), before, reason) });
    });
}
