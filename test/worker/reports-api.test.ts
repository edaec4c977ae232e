/** @module Scam reports on the Worker over D1: the upsert on the partial index of open reports, review through the admin API, known_scam once published, the per-isolate limit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminTokenSql } from '../../src/db/admin-token-sql.ts';
import { testEnv, worker } from './worker-env.ts';

const BASE = 'https://verify.test';
const tokens: Record<string, string> = {};

async function call(method: string, path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await worker.fetch(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

beforeAll(async () => {
  for (const role of ['editor', 'publisher'] as const) {
    const { token, sql } = await adminTokenSql(`worker ${role}`, role);
    const statements = sql.split('\n').filter((line) => line.trim() && !line.startsWith('--'));
    await testEnv.DB.batch(statements.map((s) => testEnv.DB.prepare(s)));
    tokens[role] = token;
  }
  // Storage is isolated per file: this file's registry is one organization, published by the Worker itself.
  expect((await call('POST', '/api/v1/admin/organizations', { slug: 'acme', name: 'Acme' }, tokens.editor)).status).toBe(201);
  expect((await call('POST', '/api/v1/admin/organizations/acme/channels', { kind: 'domain', value: 'acme.example' }, tokens.editor)).status).toBe(201);
  expect((await call('POST', '/api/v1/admin/publish', undefined, tokens.publisher)).status).toBe(201);
});

describe('scam reports on the Worker', () => {
  it('adds repeats to one open report in D1, refuses official channels, and serves a confirmed report as known_scam once published', async () => {
    const first = await call('POST', '/api/v1/reports', { input: 'https://acme-login-verify.example/x', note: 'Fake login page', contact: 'me@example.org' });
    expect(first).toMatchObject({ status: 201, body: { status: 'received', channel: { kind: 'domain', value: 'acme-login-verify.example' } } });
    const again = await call('POST', '/api/v1/reports', { input: 'ACME-login-verify.example' });
    expect(again.body.id).toBe(first.body.id);
    expect((await call('POST', '/api/v1/reports', { input: 'www.acme.example' })).body.error.code).toBe('official_channel');

    const queue = await call('GET', '/api/v1/admin/reports', undefined, tokens.editor);
    expect(queue.body.reports).toEqual([expect.objectContaining({ id: first.body.id, count: 2, notes: [expect.objectContaining({ note: 'Fake login page', contact: 'me@example.org' })] })]);

    const confirmed = await call('POST', `/api/v1/admin/reports/${first.body.id}/confirm`, { target: 'acme', reason: 'Fake Acme login' }, tokens.editor);
    expect(confirmed).toMatchObject({ status: 200, body: { report: { status: 'confirmed', notes: [{ note: 'Fake login page' }] }, scam: { value: 'acme-login-verify.example', target: 'acme' } } });
    expect(confirmed.body.report.notes[0].contact).toBeUndefined();
    const stored = await call('GET', '/api/v1/admin/reports?status=confirmed', undefined, tokens.editor);
    expect(stored.body.reports[0].notes).toEqual([{ at: expect.any(String), note: 'Fake login page' }]);
    expect((await call('POST', '/api/v1/admin/publish', undefined, tokens.publisher)).body).toMatchObject({ published: { version: 2 }, served: 2 });
    expect((await call('GET', '/api/v1/check?q=acme-login-verify.example')).body).toMatchObject({ verdict: 'known_scam', scam: { reason: 'Fake Acme login' } });
  });

  it('limits reports per client address in the isolate (REPORT_RATE_LIMIT from wrangler.toml)', async () => {
    const limit = Number(testEnv.REPORT_RATE_LIMIT);
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) statuses.push((await call('POST', '/api/v1/reports', { input: `other-${i}.example` })).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(limit);
  });
});
