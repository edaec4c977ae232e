/** @module The `import`, `export` and `snapshot-sql` CLI commands: the registry file in and out. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CLI_ACTOR } from '../core/admin/roles.ts';
import { writeRegistryFile } from '../core/registry/file.ts';
import { appendAudit } from '../db/audit-log.ts';
import { draftCounts } from '../db/draft-read.ts';
import { importDraft, type ImportOptions } from '../db/import-registry.ts';
import type { LibsqlHandle } from '../db/libsql.ts';
import { recordPublish } from '../db/publish-draft.ts';
import { readContent } from '../db/registry-content.ts';
import { publish, type PublishOptions } from '../db/registry-versions.ts';
import { snapshotSql } from '../db/snapshot-sql.ts';

/** Progress on one rewritten line when a person watches; nothing in pipes and CI logs. */
function progressPrinter(stream: NodeJS.WriteStream): Pick<ImportOptions, 'onStep' | 'onProgress'> {
  if (!stream.isTTY) return {};
  let last = 0;
  const show = (text: string) => stream.write(`\r\x1b[2K${text}`);
  return {
    onStep: (step) => show(`${step}…`),
    onProgress: (done, total) => {
      const t = Date.now();
      if (done < total && t - last < 100) return;
      last = t;
      show(`writing ${done.toLocaleString('en')} / ${total.toLocaleString('en')} entries`);
    },
  };
}

/**
 * Imports a file into the draft and, unless `publishing` is null (`--draft`), publishes it. The audit log
 * records the draft's size before and what the file brought, not the registry itself (the versions hold that).
 */
export async function importCommand(handle: LibsqlHandle, publishing: PublishOptions | null, file: string, replace: boolean): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const before = await draftCounts(handle.db);
  const progress = progressPrinter(process.stderr);
  const result = await importDraft(handle.db, json, { replace, ...progress });
  if (!result.ok) {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    console.error(`${file} was not imported; nothing was written. ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
    return 1;
  }
  progress.onStep?.('publishing');
  const published = publishing ? await publish(handle.db, publishing) : null;
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  const { counts } = result;
  await appendAudit(handle.db, {
    actor: CLI_ACTOR, action: 'registry.import', target: `file:${basename(file)}`,
    before: { draft: before }, after: { file: counts, replace, draft: await draftCounts(handle.db), published: published?.version ?? null },
  });
  if (published) await recordPublish(handle.db, CLI_ACTOR, published);
  console.log(
    `Imported ${counts.organizations} organizations, ${counts.channels} channels and ${counts.scams} scam entries` +
      ` (${replace ? 'replacing' : 'merged into'} the ${published ? 'registry' : 'draft'}).` +
      (published ? ` Published version ${published.version}, digest ${published.digest}.` : ' Not published: review it with GET /api/v1/admin/diff, then publish.'),
  );
  return 0;
}

export async function exportCommand(handle: LibsqlHandle, file: string | undefined): Promise<number> {
  const text = `${JSON.stringify(writeRegistryFile(await readContent(handle.db)), null, 2)}\n`;
  if (file) {
    await writeFile(file, text);
    console.error(`Wrote ${file}.`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

/** Writes the newest published version as SQL, for `wrangler d1 execute DB --file FILE`. */
export async function snapshotSqlCommand(handle: LibsqlHandle, file: string | undefined): Promise<number> {
  const sql = await snapshotSql(handle.db);
  if (sql === null) {
    console.error('No version has been published yet: import a registry first.');
    return 1;
  }
  if (file) await writeFile(file, sql);
  else process.stdout.write(sql);
  return 0;
}
