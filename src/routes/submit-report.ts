/** @module Receiving one scam report, the one core behind the API and the report page: read as lookups read it, refused when official, stored in canonical form. */
import { parseContact } from '../core/input/index.ts';
import { reportedChannel, type ReportedChannel } from '../core/reports/reported-channel.ts';
import { checkContact, type CheckAnswer } from '../core/verdict.ts';
import type { AppDatabase } from '../db/database.ts';
import { receiveReport } from '../db/reports.ts';
import { ApiError } from '../http/api-error.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { PRIVACY_STATEMENT, type ReportRequest } from './report-spec.ts';

export interface ReportReceipt {
  id: number;
  status: 'received';
  channel: ReportedChannel;
  privacy: string;
}

/** The organization a verdict names (imitated, already listed, or whose retired channel this was): the default target on review. */
const namedOrganization = (answer: CheckAnswer): string | null =>
  answer.verdict === 'lookalike' ? (answer.matches[0]?.organization.slug ?? null) : (answer.organization?.slug ?? null);

/**
 * Stores a valid report and returns its receipt; throws ApiError 400 (the contact cannot be read or
 * listed) or 422 `official_channel`, so each surface renders the refusal its own way.
 */
export async function submitReport(db: AppDatabase, registry: RegistryHolder, request: ReportRequest, at: Date): Promise<ReportReceipt> {
  const { input, note, contact: reporterContact, ...options } = request;
  const contact = parseContact(input, options);
  if (!contact.ok) throw new ApiError(400, contact.problem.code, contact.problem.message);
  const channel = reportedChannel(contact.value);
  if (!channel.ok) throw new ApiError(400, channel.problem.code, channel.problem.message);
  const answer = checkContact(registry.index, input, contact.value, at);
  if (answer.verdict === 'official') {
    throw new ApiError(422, 'official_channel', `${channel.value.value} is an official channel of ${answer.organization?.name}; it cannot be reported as a scam.`);
  }
  const id = await receiveReport(db, {
    channel: channel.value, note, contact: reporterContact, suggestedTarget: namedOrganization(answer), at: at.toISOString(),
  });
  return { id, status: 'received', channel: channel.value, privacy: PRIVACY_STATEMENT };
}
