/** @module The `npm run cli` entry: parses the command line and runs one command against DATABASE_URL. */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { openLibsql } from '../db/libsql.ts';
import { exportCommand, importCommand, snapshotSqlCommand } from './registry-commands.ts';

const USAGE = `Usage: npm run cli -- COMMAND

Commands:
  import FILE [--replace]   validate a registry file, write it (merge, or replace with --replace) and publish
  export [FILE]             write the registry file to FILE or standard output
  snapshot-sql [FILE]       write the newest published version as SQL, to publish it into a deployed D1:
                            npx wrangler d1 execute verify --remote --file FILE

The database is DATABASE_URL (default file:./data/verify.db).`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig(process.env);
  const handle = await openLibsql(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  try {
    switch (command) {
      case 'import':
        if (rest.length !== 1) break;
        return await importCommand(handle, rest[0]!, values.replace);
      case 'export':
        if (rest.length > 1) break;
        return await exportCommand(handle, rest[0]);
      case 'snapshot-sql':
        if (rest.length > 1) break;
        return await snapshotSqlCommand(handle, rest[0]);
    }
  } finally {
    handle.client.close();
  }
  console.error(USAGE);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof TypeError ? error.message : error);
    process.exit(1);
  },
);
