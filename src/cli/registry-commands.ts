/** @module The `import`, `export` and `snapshot-sql` CLI commands: the registry file in and out. */
import { readFile, writeFile } from 'node:fs/promises';
import { writeRegistryFile } from '../core/registry/file.ts';
import { importRegistry, type ImportOptions } from '../db/import-registry.ts';
import type { LibsqlHandle } from '../db/libsql.ts';
import { readContent } from '../db/registry-content.ts';
import type { PublishOptions } from '../db/registry-versions.ts';
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

export async function importCommand(handle: LibsqlHandle, publishing: PublishOptions, file: string, replace: boolean): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const result = await importRegistry(handle.db, json, { replace, key: publishing.key, expiryDays: publishing.expiryDays, ...progressPrinter(process.stderr) });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  if (!result.ok) {
    console.error(`${file} was not imported; nothing was written. ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
    return 1;
  }
  const { counts, published } = result;
  console.log(
    `Imported ${counts.organizations} organizations, ${counts.channels} channels and ${counts.scams} scam entries` +
      ` (${replace ? 'replacing' : 'merged into'} the registry). Published version ${published.version}, digest ${published.digest}.`,
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
