/** @module The admin API's answers as documented: draft entries with their ids, as the draft tables hold them. */
import { z } from '@hono/zod-openapi';

const changeLists = z.object({ added: z.array(z.unknown()), changed: z.array(z.unknown()), revoked: z.array(z.unknown()), removed: z.array(z.unknown()) });

export const draftChannelSchema = z
  .looseObject({
    id: z.number().int(),
    organization: z.string(),
    kind: z.string(),
    platform: z.string().optional(),
    value: z.string().openapi({ description: 'Normalized, as lookups compare it.' }),
    display: z.string().openapi({ description: 'As written.' }),
    status: z.enum(['active', 'revoked']),
  })
  .openapi('AdminChannel');

export const draftOrganizationSchema = z
  .looseObject({ slug: z.string(), name: z.string(), channels: z.array(draftChannelSchema) })
  .openapi('AdminOrganization');

export const draftScamSchema = z
  .looseObject({ id: z.number().int(), kind: z.string(), platform: z.string().optional(), value: z.string(), display: z.string(), target: z.string(), reason: z.string() })
  .openapi('AdminScam');

/** The same comparison as /api/v1/registry/changes, per kind of entry. */
export const changesSchema = {
  organizations: changeLists,
  channels: changeLists,
  scams: changeLists,
};

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ id: z.string().nullable(), name: z.string() }),
    action: z.string().openapi({ example: 'channel.revoke' }),
    target: z.string().openapi({ example: 'channel:12' }),
    reason: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEntry');

export const publishedSchema = z.looseObject({
  version: z.number().int(),
  digest: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  counts: z.object({ organizations: z.number().int(), channels: z.number().int(), scams: z.number().int() }),
});
