/** @module `reports list [--status S] | confirm ID [--target SLUG] [--reason TEXT] | reject ID [--reason TEXT]`: reviewing scam reports as actor `cli`. */
import { CLI_ACTOR } from '../core/admin/roles.ts';
import { REPORT_STATUSES, type ReportStatus } from '../core/reports/reported-channel.ts';
import type { AppDatabase } from '../db/database.ts';
import { confirmReport, rejectReport, type Accepted, type Reviewed } from '../db/report-review.ts';
import { listReports, type Report } from '../db/reports.ts';
import { parseId } from './key-commands.ts';

export interface ReviewOptions {
  target?: string;
  reason?: string;
}

const PAGE = 500;

/** One report as lines; notes are JSON-quoted, so nothing a reporter typed is read by the terminal. */
function describeReport(r: Report): string {
  const channel = `${r.kind}${r.platform ? `:${r.platform}` : ''} ${r.value}`;
  const review = r.reviewedAt ? `  ${r.status} ${r.reviewedAt} by ${r.reviewedBy}${r.scamId ? ` (scam entry ${r.scamId})` : ''}` : '';
  const head = `${r.id}\t${r.status}\t×${r.count}\t${channel}\ttarget ${r.suggestedTarget ?? '-'}\tlast ${r.lastReportedAt}${review}`;
  const notes = r.notes.map((n) => `\t  ${n.at}${n.note ? ` note ${JSON.stringify(n.note)}` : ''}${n.contact ? ` contact ${JSON.stringify(n.contact)}` : ''}`);
  return [head, ...notes].join('\n');
}

export async function listReportsCommand(db: AppDatabase, status: string | undefined): Promise<number> {
  const wanted = (status ?? 'received') as ReportStatus;
  if (!REPORT_STATUSES.includes(wanted)) return console.error(`--status must be one of ${REPORT_STATUSES.join(', ')}, not ${JSON.stringify(status)}.`), 2;
  let after: number | undefined;
  let shown = 0;
  do {
    const page = await listReports(db, { status: wanted, limit: PAGE, after });
    for (const report of page.items) console.log(describeReport(report));
    shown += page.items.length;
    after = page.next === null ? undefined : Number(page.next);
  } while (after !== undefined);
  if (!shown) console.log(`No ${wanted} reports.`);
  return 0;
}

/** The outcome as one line, or the refusal on standard error (exit 1). */
function printed<T>(result: Reviewed<T>, done: (accepted: Accepted<T>) => string): number {
  if (!result.ok) return console.error(result.problem.message), 1;
  console.log(done(result));
  return 0;
}

/** The report id, or null after saying why it is not one. */
function reportId(text: string | undefined): number | null {
  const id = parseId(text);
  if (id === null) console.error(`Give a report id (from reports list), not ${JSON.stringify(text ?? '')}.`);
  return id;
}

/** A reason given on the command line obeys the API's rule: 1 to 500 characters. */
function badReason(reason: string | undefined): boolean {
  const bad = reason !== undefined && (!reason.trim() || reason.trim().length > 500);
  if (bad) console.error('--reason must be 1 to 500 characters.');
  return bad;
}

export async function confirmReportCommand(db: AppDatabase, idText: string | undefined, options: ReviewOptions): Promise<number> {
  const id = reportId(idText);
  if (id === null || badReason(options.reason)) return 2;
  return printed(await confirmReport(db, CLI_ACTOR, id, { target: options.target, reason: options.reason?.trim() }), ({ report, scam }) =>
    `Confirmed report ${id}: ${report.value} is scam entry ${scam.id} of the draft, impersonating ${scam.target}. Publish to serve it as known_scam.`);
}

export async function rejectReportCommand(db: AppDatabase, idText: string | undefined, options: ReviewOptions): Promise<number> {
  const id = reportId(idText);
  if (id === null || badReason(options.reason)) return 2;
  return printed(await rejectReport(db, CLI_ACTOR, id, { reason: options.reason?.trim() }), ({ report }) =>
    `Rejected report ${id} (${report.value}); its notes and contact addresses are erased.`);
}
