/**
 * @module Reviewing scam reports, for the admin API and the CLI alike: confirming lists the channel as a
 * scam entry in the draft (published with the next version), rejecting closes the report. Each review
 * writes the report, any new entry and the audit entries in one batch, and erases what reporters gave
 * that the outcome no longer needs.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AdminActor } from '../core/admin/roles.ts';
import { readScamInput } from '../core/registry/draft-input.ts';
import type { ChannelEntry, ScamEntry } from '../core/registry/entries.ts';
import { candidateValues, officialMatches } from '../core/reports/official-match.ts';
import type { ReportStatus } from '../core/reports/reported-channel.ts';
import { auditInsert } from './audit-log.ts';
import type { AppDatabase } from './database.ts';
import { findDraftScam } from './draft-read.ts';
import { channelEntry, type DraftScam } from './draft-rows.ts';
import { scamCreation } from './draft-write.ts';
import { storedSlugs } from './registry-content.ts';
import { getReport, type Report } from './reports.ts';
import { channels, reports, scams } from './schema.ts';

export type ReviewProblemCode = 'not_found' | 'report_already_reviewed' | 'official_channel' | 'target_required' | 'invalid_request';
/** Why a review did not happen: the API answers each code with its status, the CLI prints the message. */
export type Refusal = { ok: false; problem: { code: ReviewProblemCode; message: string } };
export type Accepted<T = object> = { ok: true; report: Report } & T;
export type Reviewed<T = object> = Accepted<T> | Refusal;

/** The reason published with a confirmed entry when the reviewer gives none. */
export const DEFAULT_CONFIRM_REASON = 'Reported as a scam and confirmed by review';

const refuse = (code: ReviewProblemCode, message: string): Refusal => ({ ok: false, problem: { code, message } });

/** What the append-only audit log keeps of a report: never its notes or contact addresses, which reviews erase. */
const auditView = ({ notes, ...report }: Report) => ({ ...report, notes: notes.length });

const reviewed = (report: Report, actor: AdminActor, status: ReportStatus, notes: Report['notes']): Report =>
  ({ ...report, status, reviewedAt: new Date().toISOString(), reviewedBy: actor.name, notes });

/**
 * What a review keeps of the notes, computed by SQLite from the stored ones: a report of the same channel
 * arriving while the reviewer decides is erased too, instead of overwritten by what was read before it.
 */
const KEPT_NOTES = {
  withoutContacts: sql`(SELECT json_group_array(json(json_remove(value, '$.contact'))) FROM (SELECT value FROM json_each(${reports.notes}) ORDER BY key))`,
  none: sql`'[]'`,
};

/** The update closing a report, only while it is still open. */
const closeReport = (db: AppDatabase, after: Report, notes: SQL, scamId?: SQL) =>
  db.update(reports)
    .set({ status: after.status, reviewedAt: after.reviewedAt, reviewedBy: after.reviewedBy, notes, ...(scamId ? { scamId } : {}) })
    .where(and(eq(reports.id, after.id), eq(reports.status, 'received')));

async function openReport(db: AppDatabase, id: number): Promise<Report | Refusal> {
  const report = await getReport(db, id);
  if (!report) return refuse('not_found', `No report ${id}.`);
  if (report.status !== 'received') return refuse('report_already_reviewed', `Report ${id} was already ${report.status} (${report.reviewedAt} by ${report.reviewedBy}).`);
  return report;
}

/** Active channels of the draft (what the next version publishes) that make the reported channel official. */
async function officialInDraft(db: AppDatabase, report: Report): Promise<ChannelEntry[]> {
  const rows = await db.select().from(channels).where(and(
    eq(channels.kind, report.kind), eq(channels.platform, report.platform ?? ''), eq(channels.status, 'active'),
    inArray(sql`lower(${channels.value})`, candidateValues(report)),
  ));
  return officialMatches(report, rows.map(channelEntry));
}

/**
 * Lists the reported channel as a scam entry of the draft, impersonating `target` (by default the
 * organization the verdict named). Refused while the channel is official in the draft.
 */
export async function confirmReport(db: AppDatabase, actor: AdminActor, id: number, options: { target?: string; reason?: string }): Promise<Reviewed<{ scam: DraftScam }>> {
  const report = await openReport(db, id);
  if ('ok' in report) return report;
  const [official] = await officialInDraft(db, report);
  if (official) {
    return refuse('official_channel', `Not confirming: ${report.value} is an official channel of ${official.organization} in the draft, and an official channel is never listed as a scam.`);
  }
  const target = options.target ?? report.suggestedTarget;
  if (!target) return refuse('target_required', `Report ${id} names no organization: give the target, the slug of the organization it impersonates.`);
  const reason = options.reason ?? DEFAULT_CONFIRM_REASON;
  const read = readScamInput({ kind: report.kind, platform: report.platform, value: report.value, target, reason }, await storedSlugs(db));
  if (!read.ok) return refuse('invalid_request', `${read.problems[0]!.path}: ${read.problems[0]!.message}`);
  const entry = read.value;
  const listed = await findDraftScam(db, entry);
  // Contact addresses served questions during the review; the notes stay as the evidence behind the listing.
  const after = reviewed(report, actor, 'confirmed', report.notes.map(({ contact, ...kept }) => kept));
  const scamId = sql`(SELECT ${scams.id} FROM ${scams} WHERE ${scams.kind} = ${entry.kind} AND ${scams.platform} = ${entry.platform ?? ''} AND ${scams.value} = ${entry.value})`;
  // The entry is inserted before the update that reads its id back.
  await db.batch([
    auditInsert(db, { actor, action: 'report.confirm', target: `report:${id}`, reason, before: auditView(report), after: { ...auditView(after), scam: listed ?? entry } }),
    ...(listed ? [] : scamCreation(db, actor, entry)),
    closeReport(db, after, KEPT_NOTES.withoutContacts, scamId),
  ]);
  const scam = listed ?? (await findDraftScam(db, entry))!;
  return { ok: true, report: { ...after, scamId: scam.id }, scam };
}

/** Closes a report without listing anything; its notes and contact addresses are erased, as nothing needs them now. */
export async function rejectReport(db: AppDatabase, actor: AdminActor, id: number, options: { reason?: string }): Promise<Reviewed> {
  const report = await openReport(db, id);
  if ('ok' in report) return report;
  const after = reviewed(report, actor, 'rejected', []);
  await db.batch([
    closeReport(db, after, KEPT_NOTES.none),
    auditInsert(db, { actor, action: 'report.reject', target: `report:${id}`, reason: options.reason, before: auditView(report), after: auditView(after) }),
  ]);
  return { ok: true, report: after };
}
