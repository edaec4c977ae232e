/** @module Scam reports in the database: received (repeats of an open report add to it), listed and read for review. */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { ReportedChannel, ReportNote, ReportStatus } from '../core/reports/reported-channel.ts';
import type { AppDatabase } from './database.ts';
import type { Page } from './draft-read.ts';
import { reports } from './schema.ts';

/** Notes kept per report: enough to review it, bounded whatever a crowd sends. Later reports still count. */
export const MAX_NOTES_PER_REPORT = 20;

export interface Report extends ReportedChannel {
  id: number;
  status: ReportStatus;
  count: number;
  suggestedTarget: string | null;
  notes: ReportNote[];
  firstReportedAt: string;
  lastReportedAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  scamId: number | null;
}

export interface Submission {
  channel: ReportedChannel;
  note?: string;
  contact?: string;
  /** The organization the verdict named, if any. */
  suggestedTarget: string | null;
  at: string;
}

function reportOf(row: typeof reports.$inferSelect): Report {
  const { platform, ...rest } = row;
  return { ...rest, ...(platform ? { platform: platform as Report['platform'] } : {}) };
}

/**
 * Stores a report, or adds it to the open report of the same channel (one upsert on the partial unique
 * index of open reports, so concurrent repeats cannot make two rows). Returns the report's id.
 */
export async function receiveReport(db: AppDatabase, submission: Submission): Promise<number> {
  const { channel, note, contact, suggestedTarget, at } = submission;
  const entry: ReportNote | null = note || contact ? { at, ...(note ? { note } : {}), ...(contact ? { contact } : {}) } : null;
  const [row] = await db
    .insert(reports)
    .values({ ...channel, platform: channel.platform ?? '', suggestedTarget, notes: entry ? [entry] : [], firstReportedAt: at, lastReportedAt: at })
    .onConflictDoUpdate({
      target: [reports.kind, reports.platform, reports.value],
      targetWhere: sql`status = 'received'`,
      set: {
        count: sql`${reports.count} + 1`,
        lastReportedAt: at,
        suggestedTarget: sql`coalesce(${reports.suggestedTarget}, excluded.suggested_target)`,
        notes: entry
          ? sql`CASE WHEN json_array_length(${reports.notes}) < ${MAX_NOTES_PER_REPORT}
                THEN json_insert(${reports.notes}, '$[#]', json(${JSON.stringify(entry)})) ELSE ${reports.notes} END`
          : sql`${reports.notes}`,
      },
    })
    .returning({ id: reports.id });
  return row!.id;
}

export async function getReport(db: AppDatabase, id: number): Promise<Report | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row ? reportOf(row) : null;
}

/** Reports of one status in id order (oldest first: the review queue), after id `after`. */
export async function listReports(db: AppDatabase, page: { status: ReportStatus; limit: number; after?: number }): Promise<Page<Report>> {
  const rows = await db
    .select()
    .from(reports)
    .where(and(eq(reports.status, page.status), page.after === undefined ? undefined : gt(reports.id, page.after)))
    .orderBy(asc(reports.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return { items: shown.map(reportOf), next: rows.length > page.limit ? String(shown.at(-1)!.id) : null };
}
