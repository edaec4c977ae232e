/** @module Reviewing reports over the admin API: the queue, confirm (a scam entry in the draft, known_scam once published), reject, roles, the audit log and erasure. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdminToken } from '../../src/db/admin-tokens.ts';
import { listAudit } from '../../src/db/audit-log.ts';
import { DEFAULT_CONFIRM_REASON } from '../../src/db/report-review.ts';
import { getReport } from '../../src/db/reports.ts';
import { adminClient } from '../support/admin.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
let viewer: ReturnType<typeof adminClient>;
let editor: ReturnType<typeof adminClient>;
let publisher: ReturnType<typeof adminClient>;
/** The editor's Authorization header, for requests the client does not make (other body types, no body). */
let editorAuthorization: string;
beforeEach(async () => {
  ctx = await createTestContext();
  const token = async (role: 'viewer' | 'editor' | 'publisher') => (await createAdminToken(ctx.handle.db, `alice ${role}`, role)).token;
  const editorToken = await token('editor');
  editorAuthorization = `Bearer ${editorToken}`;
  [viewer, editor, publisher] = [adminClient(ctx.app, await token('viewer')), adminClient(ctx.app, editorToken), adminClient(ctx.app, await token('publisher'))];
});
afterEach(() => ctx.close());

async function report(body: Record<string, unknown>): Promise<number> {
  const res = await ctx.app.request('/api/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const check = async (q: string) => (await (await ctx.app.request(`/api/v1/check?q=${encodeURIComponent(q)}`)).json()) as any;

describe('report → confirm → publish', () => {
  it('serves a confirmed report as known_scam in the next published, signed version, and not before', async () => {
    const input = 'https://secure-binance-wallet-sync.com/restore';
    expect((await check(input)).verdict).toBe('lookalike');
    const id = await report({ input, note: 'A pop-up asked for my seed phrase.', contact: 'reporter@example.org' });

    const confirmed = await editor.post(`/reports/${id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.scam).toEqual({ id: expect.any(Number), kind: 'domain', value: 'secure-binance-wallet-sync.com', display: 'secure-binance-wallet-sync.com', target: 'binance', reason: DEFAULT_CONFIRM_REASON });
    expect(confirmed.body.report).toMatchObject({ id, status: 'confirmed', reviewedBy: 'alice editor', scamId: confirmed.body.scam.id });
    expect((await check(input)).verdict).toBe('lookalike');

    const published = await publisher.post('/publish');
    expect(published.status).toBe(201);
    const answer = await check(input);
    expect(answer).toMatchObject({ verdict: 'known_scam', scam: { reason: DEFAULT_CONFIRM_REASON, target: { slug: 'binance' } }, registry: { version: published.body.published.version } });
    // A listed domain covers its subdomains and the addresses at it, like any scam entry.
    expect((await check('login.secure-binance-wallet-sync.com')).verdict).toBe('known_scam');
    expect((await check('help@secure-binance-wallet-sync.com')).verdict).toBe('known_scam');
  });

  it('takes the target and reason the reviewer gives', async () => {
    const id = await report({ input: '@okx_refund_desk', platform: 'x' });
    const confirmed = await editor.post(`/reports/${id}/confirm`, { target: 'okx', reason: 'Fake refund desk' });
    expect(confirmed.body.scam).toMatchObject({ kind: 'social', platform: 'x', value: 'okx_refund_desk', target: 'okx', reason: 'Fake refund desk' });
    await publisher.post('/publish');
    expect(await check('https://x.com/OKX_Refund_Desk')).toMatchObject({ verdict: 'known_scam', scam: { reason: 'Fake refund desk', target: { slug: 'okx' } } });
  });

  it('confirms a channel the draft already lists without a second entry', async () => {
    const id = await report({ input: 'binance-support.xyz' });
    const scams = (await viewer.get('/scams?limit=100')).body.scams;
    const listed = scams.find((s: any) => s.value === 'binance-support.xyz');
    const confirmed = await editor.post(`/reports/${id}/confirm`, {});
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.scam).toEqual(listed);
    expect((await viewer.get('/scams?limit=100')).body.scams).toHaveLength(scams.length);
  });
});

describe('what a confirmation refuses', () => {
  it('never lists a channel that is official in the draft, even when it became official after the report', async () => {
    const id = await report({ input: 'binance-pay.example' });
    expect((await editor.post('/organizations/binance/channels', { kind: 'domain', value: 'binance-pay.example' })).status).toBe(201);
    const refused = await editor.post(`/reports/${id}/confirm`, { target: 'binance' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({ code: 'official_channel', message: expect.stringContaining('official channel of binance') });
    expect((await getReport(ctx.handle.db, id))!.status).toBe('received');

    const sub = await report({ input: 'checkout.binance-pay2.example' });
    await editor.post('/organizations/binance/channels', { kind: 'domain', value: 'binance-pay2.example' });
    expect((await editor.post(`/reports/${sub}/confirm`, { target: 'binance' })).body.error.code).toBe('official_channel');
  });

  it('needs a target when the report names none, and an organization that exists', async () => {
    const id = await report({ input: 'my-local-bakery.example' });
    const none = await editor.post(`/reports/${id}/confirm`);
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('target_required');
    const unknown = await editor.post(`/reports/${id}/confirm`, { target: 'nobody' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toEqual({ code: 'invalid_request', message: expect.stringContaining('target') });
    expect((await editor.post(`/reports/${id}/confirm`, { target: 'Not A Slug' })).status).toBe(400);
    expect((await editor.post(`/reports/${id}/confirm`, { reason: '' })).status).toBe(400);
    expect((await editor.post(`/reports/${id}/confirm`, { target: 'okx', extra: 1 })).status).toBe(400);
  });

  it('answers 404 for unknown reports, 409 once reviewed, and 400 for bad ids', async () => {
    const id = await report({ input: 'binance-wallet-sync.com' });
    expect((await editor.post('/reports/999/confirm')).status).toBe(404);
    expect((await editor.post('/reports/999/reject')).status).toBe(404);
    expect((await editor.post(`/reports/${id}/reject`)).status).toBe(200);
    for (const action of ['confirm', 'reject']) {
      const again = await editor.post(`/reports/${id}/${action}`);
      expect(again.status).toBe(409);
      expect(again.body.error).toEqual({ code: 'report_already_reviewed', message: expect.stringContaining('already rejected') });
    }
    expect((await editor.post('/reports/abc/confirm')).status).toBe(400);
    expect((await editor.post('/reports/0/confirm')).status).toBe(400);
  });
});

describe('the review queue', () => {
  it('lists reports of one status for viewers, oldest first, a page at a time', async () => {
    const ids = [await report({ input: 'a-binance-thing.example' }), await report({ input: 'b-binance-thing.example' }), await report({ input: 'c-binance-thing.example' })];
    const first = await viewer.get('/reports?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.reports.map((r: any) => r.id)).toEqual(ids.slice(0, 2));
    expect(first.body.next).toBe(String(ids[1]));
    const second = await viewer.get(`/reports?limit=2&after=${first.body.next}`);
    expect(second.body).toEqual({ reports: [expect.objectContaining({ id: ids[2] })], next: null });

    await editor.post(`/reports/${ids[0]}/confirm`);
    await editor.post(`/reports/${ids[1]}/reject`);
    expect((await viewer.get('/reports')).body.reports.map((r: any) => r.id)).toEqual([ids[2]]);
    expect((await viewer.get('/reports?status=confirmed')).body.reports.map((r: any) => r.id)).toEqual([ids[0]]);
    expect((await viewer.get('/reports?status=rejected')).body.reports.map((r: any) => r.id)).toEqual([ids[1]]);
    expect((await viewer.get('/reports?status=open')).status).toBe(400);
    expect((await viewer.get('/reports?after=x')).status).toBe(400);
  });

  it('lets viewers list but not review, and nobody without a token', async () => {
    const id = await report({ input: 'binance-wallet-sync.com' });
    expect((await viewer.post(`/reports/${id}/confirm`)).status).toBe(403);
    expect((await viewer.post(`/reports/${id}/reject`)).status).toBe(403);
    expect((await adminClient(ctx.app, null).get('/reports')).status).toBe(401);
    expect((await getReport(ctx.handle.db, id))!.status).toBe('received');
  });

  it('opens a new report for a channel reported again after its review', async () => {
    const first = await report({ input: 'binance-wallet-sync.com' });
    await editor.post(`/reports/${first}/reject`);
    const second = await report({ input: 'binance-wallet-sync.com' });
    expect(second).not.toBe(first);
    expect((await getReport(ctx.handle.db, second))).toMatchObject({ status: 'received', count: 1 });
  });
});

describe('retention and the audit log', () => {
  it('erases contact addresses on confirm and keeps the notes as evidence', async () => {
    const id = await report({ input: 'binance-wallet-sync.com', note: 'Seed phrase pop-up', contact: 'reporter@example.org' });
    await report({ input: 'binance-wallet-sync.com', contact: 'second@example.org' });
    const confirmed = await editor.post(`/reports/${id}/confirm`);
    expect(confirmed.body.report.notes).toEqual([{ at: expect.any(String), note: 'Seed phrase pop-up' }, { at: expect.any(String) }]);
    expect((await getReport(ctx.handle.db, id))!.notes).toEqual(confirmed.body.report.notes);
  });

  it('erases notes and contact addresses on reject', async () => {
    const id = await report({ input: 'binance-wallet-sync.com', note: 'Seed phrase pop-up', contact: 'reporter@example.org' });
    const rejected = await editor.post(`/reports/${id}/reject`, { reason: 'A partner\'s site' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.report).toMatchObject({ id, status: 'rejected', notes: [], reviewedBy: 'alice editor', scamId: null });
    expect((await getReport(ctx.handle.db, id))!.notes).toEqual([]);
  });

  it('records every review with who, what and why, never the notes or contact addresses', async () => {
    const kept = await report({ input: 'binance-wallet-sync.com', note: 'Seed phrase pop-up', contact: 'reporter@example.org' });
    const dropped = await report({ input: 'binance-partner.example', note: 'Looked odd', contact: 'other@example.org' });
    await editor.post(`/reports/${kept}/confirm`, { reason: 'Seed phrase phishing' });
    await editor.post(`/reports/${dropped}/reject`, { reason: 'A partner\'s site' });
    const entries = await listAudit(ctx.handle.db, { limit: 10 });
    expect(entries.slice(0, 3).map((e) => [e.action, e.target, e.actor.name, e.reason])).toEqual([
      ['report.reject', `report:${dropped}`, 'alice editor', 'A partner\'s site'],
      ['scam.create', 'scam:domain||binance-wallet-sync.com', 'alice editor', null],
      ['report.confirm', `report:${kept}`, 'alice editor', 'Seed phrase phishing'],
    ]);
    expect(entries[2]).toMatchObject({ before: { status: 'received', notes: 1 }, after: { status: 'confirmed', scam: { target: 'binance' } } });
    const text = JSON.stringify(entries);
    for (const personal of ['Seed phrase pop-up', 'reporter@example.org', 'Looked odd', 'other@example.org']) expect(text).not.toContain(personal);
  });
});

describe('review bodies', () => {
  it('may be left out, must be JSON when sent, and are size-limited', async () => {
    const id = await report({ input: 'binance-wallet-sync.com' });
    const asText = await ctx.app.request(`/api/v1/admin/reports/${id}/reject`, { method: 'POST', headers: { authorization: editorAuthorization, 'content-type': 'text/plain' }, body: 'reason' });
    expect(asText.status).toBe(415);
    const broken = await ctx.app.request(`/api/v1/admin/reports/${id}/reject`, { method: 'POST', headers: { authorization: editorAuthorization, 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid_json');
    expect((await editor.post(`/reports/${id}/reject`, { reason: 'r'.repeat(300 * 1024) })).status).toBe(413);
    const bare = await ctx.app.request(`/api/v1/admin/reports/${id}/reject`, { method: 'POST', headers: { authorization: editorAuthorization } });
    expect(bare.status).toBe(200);
  });
});
