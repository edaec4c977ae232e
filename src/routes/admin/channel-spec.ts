/** @module The editor routes' contract for channels: bodies (the registry file's channel schema), answers, errors, examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { channelSchema } from '../../core/registry/file-schema.ts';
import { errorResponse } from '../../openapi/responses.ts';
import { channelParams, reasonBody, slugParam } from './admin-input.ts';
import { ADMIN_TAG, adminNotFound, adminSecurity, authErrors, bodyErrors, invalidAdminRequest, jsonAnswer, jsonBody, needsRole } from './admin-responses.ts';
import { draftChannelSchema } from './admin-schemas.ts';

/** A new channel is active; revoking is its own route, which requires a reason. */
export const createChannelBody = channelSchema.omit({ status: true, reason: true, revokedAt: true }).openapi('NewChannel');
/** The value, kind and platform are the channel's identity: a different value is a new channel. Null clears a field. */
export const changeChannelBody = z
  .strictObject({
    label: channelSchema.shape.label.nullable(),
    subdomains: channelSchema.shape.subdomains.nullable(),
    accountId: channelSchema.shape.accountId.nullable(),
    usage: channelSchema.shape.usage.nullable(),
    localPartCaseSensitive: channelSchema.shape.localPartCaseSensitive.nullable(),
  })
  .openapi('ChannelChange');

const editor = { tags: [ADMIN_TAG], security: adminSecurity('editor') };
const errors = { ...authErrors('editor'), ...bodyErrors };
const channel = z.object({ channel: draftChannelSchema });

export const createChannelRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/organizations/{slug}/channels',
  summary: 'Add a channel to an organization',
  description: needsRole('editor', 'Normalized as an import would: `https://T.me/s/Binance_Helpdesk` is stored as `binance_helpdesk`, displayed as written. Official once published.'),
  request: { params: slugParam('binance'), body: jsonBody(createChannelBody, { kind: 'social', platform: 'telegram', value: 'https://T.me/s/Binance_Helpdesk' }) },
  responses: {
    201: jsonAnswer('The channel as stored, with its id.', channel, { channel: { organization: 'binance', kind: 'social', platform: 'telegram', value: 'binance_helpdesk', display: 'https://T.me/s/Binance_Helpdesk', status: 'active' } }),
    400: invalidAdminRequest('value: a phone number needs a country code (+…)'),
    404: adminNotFound('organization "nobody"'),
    409: errorResponse('The organization already has this channel (active or revoked).', 'channel_exists', '"binance" already has this channel (id 6, active).'),
    ...errors,
  },
});

export const changeChannelRoute = createRoute({
  ...editor,
  method: 'patch',
  path: '/organizations/{slug}/channels/{id}',
  summary: 'Change a channel\'s details',
  description: needsRole('editor', 'Its label, subdomains, account id, usage or case sensitivity; `null` clears one. A different value is a new channel.'),
  request: { params: channelParams('kraken', 41), body: jsonBody(changeChannelBody, { label: 'Main website' }) },
  responses: {
    200: jsonAnswer('The channel as changed.', channel, { channel: { id: 41, organization: 'kraken', kind: 'domain', value: 'kraken.com', label: 'Main website', status: 'active' } }),
    400: invalidAdminRequest('id: id must be a whole number'),
    404: adminNotFound('channel 999 of "kraken"'),
    ...errors,
  },
});

export const revokeChannelRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/organizations/{slug}/channels/{id}/revoke',
  summary: 'Revoke a channel',
  description: needsRole('editor', 'The channel stays, with `status: "revoked"`, the reason and `revokedAt`, so lookups answer `revoked` once published.'),
  request: { params: channelParams('crypto-com', 29), body: jsonBody(reasonBody, { reason: 'Mailing domain retired' }) },
  responses: {
    200: jsonAnswer('The revoked channel.', channel, { channel: { id: 29, organization: 'crypto-com', value: '@mail.crypto.com', status: 'revoked', reason: 'Mailing domain retired', revokedAt: '2026-11-26T02:00:00.000Z' } }),
    400: invalidAdminRequest('reason: a reason is required'),
    404: adminNotFound('channel 999 of "crypto-com"'),
    409: errorResponse('The channel is already revoked.', 'already_revoked', 'Channel 29 was revoked at 2026-11-26T02:00:00.000Z.'),
    ...errors,
  },
});
