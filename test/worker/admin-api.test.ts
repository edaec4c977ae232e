/** @module The admin API on the Worker over D1: a token stored with the SQL `admin-tokens create --sql` prints, edits, publishing and the audit triggers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminTokenSql } from '../../src/db/admin-token-sql.ts';
import { testEnv, worker } from './worker-env.ts';

const BASE = 'https://verify.test';
const tokens: Record<string, string> = {};

/** Runs what `wrangler d1 execute --file` would: the statements of the printed SQL, comments left out. */
async function executeSql(sql: string): Promise<void> {
  const statements = sql.split('\n').filter((line) => line.trim() && !line.startsWith('--'));
  await testEnv.DB.batch(statements.map((s) => testEnv.DB.prepare(s)));
}

async function admin(method: string, path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await worker.fetch(`${BASE}/api/v1/admin${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  for (const role of ['viewer', 'editor', 'publisher'] as const) {
    const { token, sql } = await adminTokenSql(`worker ${role}`, role);
    await executeSql(sql);
    tokens[role] = token;
  }
});

describe('Worker admin API on D1', () => {
  it('authenticates tokens stored through SQL, and checks roles', async () => {
    expect((await admin('GET', '/draft', null)).status).toBe(401);
    expect((await admin('GET', '/draft', `${tokens.viewer}x`)).status).toBe(401);
    expect(await admin('GET', '/draft', tokens.viewer!)).toMatchObject({ status: 200, body: { published: null } });
    expect((await admin('POST', '/organizations', tokens.viewer!, { slug: 'acme', name: 'Acme' })).status).toBe(403);
  });

  it('edits the draft and publishes it as a signed version the Worker then serves', async () => {
    expect((await admin('POST', '/organizations', tokens.editor!, { slug: 'acme', name: 'Acme' })).status).toBe(201);
    expect((await admin('POST', '/organizations/acme/channels', tokens.editor!, { kind: 'domain', value: 'ACME.example' })).status).toBe(201);
    expect((await admin('POST', '/publish', tokens.editor!)).status).toBe(403);
    const published = await admin('POST', '/publish', tokens.publisher!);
    expect(published).toMatchObject({ status: 201, body: { published: { version: 1 }, served: 1 } });
    const check = (await (await worker.fetch(`${BASE}/api/v1/check?q=acme.example`)).json()) as any;
    expect(check.verdict).toBe('official');
    const audit = await admin('GET', '/audit', tokens.viewer!);
    expect(audit.body.entries.map((e: any) => e.action).slice(0, 3)).toEqual(['registry.publish', 'channel.create', 'organization.create']);
  });

  it('refuses UPDATE and DELETE of audit rows (the migration\'s triggers work on D1)', async () => {
    await expect(testEnv.DB.prepare("UPDATE audit_log SET actor_name = 'someone else'").run()).rejects.toThrow(/append-only/);
    await expect(testEnv.DB.prepare('DELETE FROM audit_log').run()).rejects.toThrow(/append-only/);
  });
});
