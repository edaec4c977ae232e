/** @module The `npm run cli` entry: parses the command line and runs one command against DATABASE_URL. */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openLibsql, type LibsqlHandle } from '../db/libsql.ts';
import type { PublishOptions } from '../db/registry-versions.ts';
import { newestVersionProblem } from '../db/verified-versions.ts';
import { loadNodeSigning } from '../keys/node-signing.ts';
import type { Signing } from '../signing.ts';
import {
  createTokenCommand, createTokenSqlCommand, listTokensCommand, revokeTokenCommand, revokeTokenSqlCommand,
} from './admin-token-commands.ts';
import { createKeyCommand, keyUsageCommand, listKeysCommand, revokeKeyCommand } from './key-commands.ts';
import { publishCommand, verifyCommand } from './publish-commands.ts';
import { confirmReportCommand, listReportsCommand, rejectReportCommand } from './report-commands.ts';
import { exportCommand, importCommand, snapshotSqlCommand } from './registry-commands.ts';
import { generateKeyCommand, rotateKeyCommand } from './signing-key-commands.ts';
import { notifyWebhooks } from '../webhooks/notify.ts';
import { addWebhookCommand, listWebhooksCommand, removeWebhookCommand } from './webhook-commands.ts';

const USAGE = `Usage: npm run cli -- COMMAND

Commands:
  import FILE [--replace] [--draft]
                            validate a registry file, write it into the draft (merge, or replace with
                            --replace) and publish it, unless --draft
  publish                   publish the database's registry as the next signed version
  export [FILE]             write the registry file to FILE or standard output
  snapshot-sql [FILE]       write the newest published version as SQL, to publish it into a deployed D1:
                            npx wrangler d1 execute verify --remote --file FILE
  verify FILE [--jwks FILE|URL] [--allow-expired]
                            check a saved snapshot (GET /api/v1/registry) offline: signature, digest, expiry
  signing-key generate [--out FILE]
                            print a new private key (JWK) for REGISTRY_SIGNING_KEY, or write it to FILE
  signing-key rotate [--out FILE]
                            make a new current key; the old public key stays trusted and published
  admin-tokens create --name NAME --role viewer|editor|publisher [--sql]
                            make an admin API token and print it once (last); with --sql, print the SQL
                            that stores it (for npx wrangler d1 execute verify --remote --file FILE)
                            instead of writing to the database, and the token on standard error
  admin-tokens list         list admin tokens (id, role, state, name); tokens themselves are never stored
  admin-tokens revoke ID [--sql]
                            revoke an admin token for good (with --sql, print the SQL that does it)
  keys create --name NAME [--rate-limit N]
                            make a partner API key (N requests a minute, default 600); printed once, last
  keys list | keys revoke ID | keys usage ID
                            list keys, revoke one, or print its lookups per day and verdict
  webhooks add URL | webhooks list | webhooks remove ID
                            endpoints told (signed, with retries) about every version import/publish makes
  reports list [--status received|confirmed|rejected]
                            scam reports to review (received, the default), with counts and notes
  reports confirm ID [--target SLUG] [--reason TEXT]
                            list the reported channel as a scam entry of the draft (target: the organization
                            impersonated, by default the suggested one); publish to serve it
  reports reject ID [--reason TEXT]
                            close a report without listing it; its notes and contact addresses are erased

The database is DATABASE_URL (default file:./data/verify.db); the signing key REGISTRY_SIGNING_KEY
(without it, a development key in the database's folder).`;

type Values = {
  replace: boolean; draft: boolean; out?: string; jwks?: string; 'allow-expired': boolean; name?: string; role?: string; sql: boolean;
  'rate-limit'?: string; status?: string; target?: string; reason?: string;
};

/** Commands that need no database. Undefined when the command is not one of them. */
async function runKeyless(config: Config, command: string, rest: string[], values: Values): Promise<number | undefined> {
  if (command === 'signing-key' && rest.length === 1 && rest[0] === 'generate') return generateKeyCommand(values.out);
  if (command === 'signing-key' && rest.length === 1 && rest[0] === 'rotate') return rotateKeyCommand(config, values.out);
  if (command === 'admin-tokens' && values.sql && rest.length === 1 && rest[0] === 'create') return createTokenSqlCommand(values);
  if (command === 'admin-tokens' && values.sql && rest.length === 2 && rest[0] === 'revoke') return revokeTokenSqlCommand(rest[1]!);
  if (command === 'verify' && rest.length === 1) return verifyCommand(config, rest[0]!, { jwks: values.jwks, allowExpired: values['allow-expired'] });
  return undefined;
}

/** A publish the CLI declines, with the reason for the operator. */
class PublishRefused extends Error {}

/** The signing key and expiry to publish with, once the version to chain onto is known to verify. */
async function publishing(config: Config, handle: LibsqlHandle): Promise<PublishOptions & { signing: Signing }> {
  const signing = await loadNodeSigning(config);
  for (const warning of signing.warnings) console.error(`Warning: ${warning}.`);
  const problem = await newestVersionProblem(handle.db, signing.jwks);
  if (problem) {
    throw new PublishRefused(`Not publishing: the newest stored version does not verify (${problem}). ` +
      'Remove it from registry_versions if it was not published by you, or trust its key (REGISTRY_JWKS).');
  }
  return { key: signing.key!, expiryDays: config.REGISTRY_EXPIRY_DAYS, signing };
}

/** Runs a publishing command; when it published, this process delivers the new version to the webhooks. */
async function publishThenNotify(config: Config, handle: LibsqlHandle, run: (options: PublishOptions) => Promise<number>): Promise<number> {
  const options = await publishing(config, handle);
  const code = await run(options);
  if (code === 0) await notifyWebhooks(handle.db, config, options.signing);
  return code;
}

function keysCommand(handle: LibsqlHandle, rest: string[], values: Values): Promise<number> | undefined {
  const [sub, arg, ...extra] = rest;
  if (extra.length) return undefined;
  if (sub === 'create' && arg === undefined) return createKeyCommand(handle.db, values.name, values['rate-limit']);
  if (sub === 'list' && arg === undefined) return listKeysCommand(handle.db);
  if (sub === 'revoke') return revokeKeyCommand(handle.db, arg);
  if (sub === 'usage') return keyUsageCommand(handle.db, arg);
  return undefined;
}

function reportsCommand(handle: LibsqlHandle, rest: string[], values: Values): Promise<number> | undefined {
  const [sub, arg, ...extra] = rest;
  if (extra.length) return undefined;
  if (sub === 'list' && arg === undefined) return listReportsCommand(handle.db, values.status);
  if (sub === 'confirm') return confirmReportCommand(handle.db, arg, values);
  if (sub === 'reject') return rejectReportCommand(handle.db, arg, values);
  return undefined;
}

function webhooksCommand(config: Config, handle: LibsqlHandle, rest: string[]): Promise<number> | undefined {
  const [sub, arg, ...extra] = rest;
  if (extra.length) return undefined;
  if (sub === 'add' && arg !== undefined) return addWebhookCommand(handle.db, config, arg);
  if (sub === 'list' && arg === undefined) return listWebhooksCommand(handle.db);
  if (sub === 'remove') return removeWebhookCommand(handle.db, arg);
  return undefined;
}

async function runWithDatabase(config: Config, handle: LibsqlHandle, command: string, rest: string[], values: Values): Promise<number | undefined> {
  switch (command) {
    case 'import':
      if (rest.length !== 1) return undefined;
      // A draft import publishes nothing, so there is nothing to tell the webhooks.
      if (values.draft) return importCommand(handle, null, rest[0]!, values.replace);
      return publishThenNotify(config, handle, (options) => importCommand(handle, options, rest[0]!, values.replace));
    case 'publish':
      return rest.length === 0 ? publishThenNotify(config, handle, (options) => publishCommand(handle, options)) : undefined;
    case 'keys':
      return keysCommand(handle, rest, values);
    case 'webhooks':
      return webhooksCommand(config, handle, rest);
    case 'reports':
      return reportsCommand(handle, rest, values);
    case 'export':
      return rest.length <= 1 ? exportCommand(handle, rest[0]) : undefined;
    case 'snapshot-sql':
      return rest.length <= 1 ? snapshotSqlCommand(handle, rest[0]) : undefined;
    case 'admin-tokens':
      return adminTokensCommand(handle, rest, values);
  }
  return undefined;
}

function adminTokensCommand(handle: LibsqlHandle, rest: string[], values: Values): Promise<number> | undefined {
  const [action, ...args] = rest;
  if (action === 'create' && args.length === 0) return createTokenCommand(handle, values);
  if (action === 'list' && args.length === 0) return listTokensCommand(handle);
  if (action === 'revoke' && args.length === 1) return revokeTokenCommand(handle, args[0]!);
  return undefined;
}

const DATABASE_COMMANDS = new Set(['import', 'publish', 'export', 'snapshot-sql', 'admin-tokens', 'keys', 'webhooks', 'reports']);

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      draft: { type: 'boolean', default: false },
      name: { type: 'string' },
      role: { type: 'string' },
      sql: { type: 'boolean', default: false },
      out: { type: 'string' },
      jwks: { type: 'string' },
      'allow-expired': { type: 'boolean', default: false },
      'rate-limit': { type: 'string' },
      status: { type: 'string' },
      target: { type: 'string' },
      reason: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig(process.env);
  const keyless = await runKeyless(config, command, rest, values);
  if (keyless !== undefined) return keyless;
  if (DATABASE_COMMANDS.has(command)) {
    const handle = await openLibsql(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
    try {
      const code = await runWithDatabase(config, handle, command, rest, values);
      if (code !== undefined) return code;
    } finally {
      handle.client.close();
    }
  }
  console.error(USAGE);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof TypeError || error instanceof PublishRefused ? error.message : error);
    process.exit(1);
  },
);
