/** @module The editor routes' contract for organizations: bodies (the registry file's own schema), answers, errors, examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { organizationSchema } from '../../core/registry/file-schema.ts';
import { errorResponse } from '../../openapi/responses.ts';
import { reasonBody, slugParam } from './admin-input.ts';
import { ADMIN_TAG, adminNotFound, adminSecurity, authErrors, bodyErrors, invalidAdminRequest, jsonAnswer, jsonBody, needsRole } from './admin-responses.ts';
import { draftOrganizationSchema } from './admin-schemas.ts';

/** Channels are added one by one through their own route, each with its own audit entry. */
export const createOrganizationBody = organizationSchema.omit({ channels: true }).openapi('NewOrganization');
/** Any field but the slug (the identity); null clears an optional one. */
export const changeOrganizationBody = z
  .strictObject({
    name: organizationSchema.shape.name.optional(),
    website: organizationSchema.shape.website.nullable(),
    advice: organizationSchema.shape.advice.nullable(),
    aliases: organizationSchema.shape.aliases.nullable(),
    legitimateLookalikes: organizationSchema.shape.legitimateLookalikes.nullable(),
    publicNetwork: organizationSchema.shape.publicNetwork.nullable(),
    ecosystemNames: organizationSchema.shape.ecosystemNames.nullable(),
    coinedNames: organizationSchema.shape.coinedNames.nullable(),
  })
  .openapi('OrganizationChange');

const editor = { tags: [ADMIN_TAG], security: adminSecurity('editor') };
const errors = { ...authErrors('editor'), ...bodyErrors };
const organization = z.object({ organization: draftOrganizationSchema });

export const createOrganizationRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/organizations',
  summary: 'Add an organization to the draft',
  description: needsRole('editor', 'Read as a one-entry registry file, so it is normalized exactly as an import would be. Add its channels with the channels route.'),
  request: { body: jsonBody(createOrganizationBody, { slug: 'acme-wallet', name: 'Acme Wallet', website: 'https://acme-wallet.example', advice: ['Acme staff never ask for your recovery phrase.'] }) },
  responses: {
    201: jsonAnswer('Added to the draft, without channels yet.', organization, { organization: { slug: 'acme-wallet', name: 'Acme Wallet', website: 'https://acme-wallet.example', advice: ['Acme staff never ask for your recovery phrase.'], channels: [] } }),
    400: invalidAdminRequest('slug: lower-case letters, digits and hyphens, at most 64'),
    409: errorResponse('The draft already has an organization with this slug.', 'organization_exists', 'The draft already has an organization "binance".'),
    ...errors,
  },
});

export const changeOrganizationRoute = createRoute({
  ...editor,
  method: 'patch',
  path: '/organizations/{slug}',
  summary: 'Change an organization\'s details',
  description: needsRole('editor', 'Fields given replace the stored ones; `null` clears an optional field. The slug cannot change.'),
  request: { params: slugParam('coinbase'), body: jsonBody(changeOrganizationBody, { advice: ['Coinbase support never asks for your password or recovery phrase.'] }) },
  responses: {
    200: jsonAnswer('The organization as changed, with its channels.', organization, { organization: { slug: 'coinbase', name: 'Coinbase', advice: ['Coinbase support never asks for your password or recovery phrase.'] } }),
    400: invalidAdminRequest('website: Invalid URL'),
    404: adminNotFound('organization "nobody"'),
    ...errors,
  },
});

export const revokeOrganizationRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/organizations/{slug}/revoke',
  summary: 'Revoke every active channel of an organization',
  description: needsRole('editor', 'The channels stay in the draft as revoked, with the reason, so lookups answer `revoked` once published.'),
  request: { params: slugParam('example-bank'), body: jsonBody(reasonBody, { reason: 'The bank closed; its addresses may be re-registered by others.' }) },
  responses: {
    200: jsonAnswer(
      'How many channels were revoked, and the organization now.',
      z.object({ revoked: z.number().int(), organization: draftOrganizationSchema }),
      { revoked: 8, organization: { slug: 'example-bank', channels: [{ id: 45, value: 'example.com', status: 'revoked', reason: 'The bank closed; its addresses may be re-registered by others.' }] } },
    ),
    400: invalidAdminRequest('reason: a reason is required'),
    404: adminNotFound('organization "nobody"'),
    ...errors,
  },
});
