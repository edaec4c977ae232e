/** @module The public scam-report route: a contact read as lookups read it, refused when official, stored for review in canonical form. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { parseContact } from '../core/input/index.ts';
import { reportedChannel } from '../core/reports/reported-channel.ts';
import { checkContact, type CheckAnswer } from '../core/verdict.ts';
import type { AppDatabase } from '../db/database.ts';
import { receiveReport } from '../db/reports.ts';
import { ApiError } from '../http/api-error.ts';
import { requireJsonBody } from '../http/json-body.ts';
import { limitBody } from '../middleware/body-limit.ts';
import { createRouter } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { PRIVACY_STATEMENT, REPORT_BODY_LIMIT, reportRoute } from './report-spec.ts';

/** The organization a verdict names (imitated, already listed, or whose retired channel this was): the default target on review. */
const namedOrganization = (answer: CheckAnswer): string | null =>
  answer.verdict === 'lookalike' ? (answer.matches[0]?.organization.slug ?? null) : (answer.organization?.slug ?? null);

export function reportRoutes(db: AppDatabase, registry: RegistryHolder, now: () => Date): OpenAPIHono {
  const router = createRouter();
  router.openapi({ ...reportRoute, middleware: [limitBody(REPORT_BODY_LIMIT), requireJsonBody] }, async (c) => {
    const { input, note, contact: reporterContact, ...options } = c.req.valid('json');
    const contact = parseContact(input, options);
    if (!contact.ok) throw new ApiError(400, contact.problem.code, contact.problem.message);
    const channel = reportedChannel(contact.value);
    if (!channel.ok) throw new ApiError(400, channel.problem.code, channel.problem.message);
    const at = now();
    const answer = checkContact(registry.index, input, contact.value, at);
    if (answer.verdict === 'official') {
      throw new ApiError(422, 'official_channel', `${channel.value.value} is an official channel of ${answer.organization?.name}; it cannot be reported as a scam.`);
    }
    const id = await receiveReport(db, {
      channel: channel.value, note, contact: reporterContact, suggestedTarget: namedOrganization(answer), at: at.toISOString(),
    });
    return c.json({ id, status: 'received' as const, channel: channel.value, privacy: PRIVACY_STATEMENT }, 201);
  });
  return router;
}
