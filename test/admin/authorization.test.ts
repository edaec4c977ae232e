/** @module The admin authorization matrix: every caller (no token, malformed, wrong, revoked, each role) against every admin route. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminRole } from '../../src/core/admin/roles.ts';
import { createAdminToken, revokeAdminToken } from '../../src/db/admin-tokens.ts';
import { getDraftOrganization, listDraftScams } from '../../src/db/draft-read.ts';
import { importDraft } from '../../src/db/import-registry.ts';
import { receiveReport } from '../../src/db/reports.ts';
import { adminRequest } from '../support/admin.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

const CALLERS = ['none', 'malformed', 'wrong', 'revoked', 'viewer', 'editor', 'publisher'] as const;
type Caller = (typeof CALLERS)[number];

interface Route {
  method: string;
  path: (caller: Caller) => string;
  body?: (caller: Caller) => unknown;
  needs: AdminRole;
  /** The status an allowed caller gets. */
  ok: number;
}

let ctx: TestContext;
const tokens = new Map<Caller, string | null>();
/** Per caller: its own organization's channel ids, scam entry and two open reports, so every allowed request succeeds. */
const own = new Map<Caller, { channels: number[]; scam: number; reports: [number, number] }>();

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.handle.db;
  for (const role of ['viewer', 'editor', 'publisher'] as const) tokens.set(role, (await createAdminToken(db, `matrix ${role}`, role)).token);
  const revoked = await createAdminToken(db, 'matrix revoked', 'publisher');
  await revokeAdminToken(db, revoked.id);
  tokens.set('revoked', revoked.token);
  tokens.set('none', null);
  tokens.set('malformed', 'not-a-token');
  const viewer = tokens.get('viewer')!;
  tokens.set('wrong', `${viewer.slice(0, -1)}${viewer.endsWith('A') ? 'B' : 'A'}`);
  const written = await importDraft(db, {
    organizations: CALLERS.map((caller) => ({
      slug: `t-${caller}`, name: `T ${caller}`,
      channels: [{ kind: 'domain', value: `one-${caller}.example` }, { kind: 'domain', value: `two-${caller}.example` }],
    })),
    scams: CALLERS.map((caller) => ({ kind: 'domain', value: `scam-${caller}.example`, target: 'binance', reason: 'Phishing' })),
  });
  if (!written.ok) throw new Error(JSON.stringify(written.problems));
  const scams = (await listDraftScams(db, { limit: 500 })).items;
  const reportOf = (value: string) => receiveReport(db, { channel: { kind: 'domain', value }, suggestedTarget: 'binance', at: new Date().toISOString() });
  for (const caller of CALLERS) {
    const org = await getDraftOrganization(db, `t-${caller}`);
    const reports: [number, number] = [await reportOf(`reported-${caller}.example`), await reportOf(`other-reported-${caller}.example`)];
    own.set(caller, { channels: org!.channels.map((c) => c.id), scam: scams.find((s) => s.value === `scam-${caller}.example`)!.id, reports });
  }
});
afterAll(() => ctx.close());

const channel = (caller: Caller, n: number) => own.get(caller)!.channels[n];

/** Every admin route. Ordered so each caller's requests leave the next ones something to act on. */
const ROUTES: Route[] = [
  { method: 'GET', path: () => '/draft', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/organizations?limit=2', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/organizations/binance', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/scams', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/diff', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/audit?limit=5', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/keys', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/keys/1/usage', needs: 'viewer', ok: 200 },
  { method: 'GET', path: () => '/reports?status=received', needs: 'viewer', ok: 200 },
  { method: 'POST', path: () => '/organizations', body: (w) => ({ slug: `new-${w}`, name: `New ${w}` }), needs: 'editor', ok: 201 },
  { method: 'PATCH', path: (w) => `/organizations/t-${w}`, body: () => ({ website: 'https://t.example' }), needs: 'editor', ok: 200 },
  { method: 'POST', path: (w) => `/organizations/t-${w}/channels`, body: (w) => ({ kind: 'domain', value: `three-${w}.example` }), needs: 'editor', ok: 201 },
  { method: 'PATCH', path: (w) => `/organizations/t-${w}/channels/${channel(w, 0)}`, body: () => ({ label: 'Main' }), needs: 'editor', ok: 200 },
  { method: 'POST', path: (w) => `/organizations/t-${w}/channels/${channel(w, 1)}/revoke`, body: () => ({ reason: 'Sold' }), needs: 'editor', ok: 200 },
  { method: 'POST', path: (w) => `/organizations/t-${w}/revoke`, body: () => ({ reason: 'Closed' }), needs: 'editor', ok: 200 },
  { method: 'POST', path: () => '/scams', body: (w) => ({ kind: 'domain', value: `other-scam-${w}.example`, target: 'binance', reason: 'Phishing' }), needs: 'editor', ok: 201 },
  { method: 'PATCH', path: (w) => `/scams/${own.get(w)!.scam}`, body: () => ({ reason: 'Phishing kit' }), needs: 'editor', ok: 200 },
  { method: 'DELETE', path: (w) => `/scams/${own.get(w)!.scam}`, body: () => ({ reason: 'Listed in error' }), needs: 'editor', ok: 200 },
  { method: 'POST', path: (w) => `/reports/${own.get(w)!.reports[0]}/confirm`, body: () => ({}), needs: 'editor', ok: 200 },
  { method: 'POST', path: (w) => `/reports/${own.get(w)!.reports[1]}/reject`, body: () => ({ reason: 'Not a scam' }), needs: 'editor', ok: 200 },
  { method: 'POST', path: () => '/publish', needs: 'publisher', ok: 201 },
];

const RANK: Record<AdminRole, number> = { viewer: 0, editor: 1, publisher: 2 };

function expected(caller: Caller, route: Route): number {
  if (caller === 'none' || caller === 'malformed' || caller === 'wrong' || caller === 'revoked') return 401;
  return RANK[caller] >= RANK[route.needs] ? route.ok : 403;
}

describe('admin authorization', () => {
  it('answers every caller on every route as its role allows: 401 without a good token, 403 without the role', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of ROUTES) {
      for (const caller of CALLERS) {
        const path = route.path(caller);
        const answer = await adminRequest(ctx.app, route.method, path, tokens.get(caller)!, route.body?.(caller));
        const want = expected(caller, route);
        checked++;
        if (answer.status !== want) mismatches.push(`${caller} ${route.method} ${path}: ${answer.status} (wanted ${want}) ${JSON.stringify(answer.body)}`);
        if (want === 401 && !answer.headers.get('www-authenticate')?.startsWith('Bearer')) mismatches.push(`${caller} ${route.method} ${path}: no WWW-Authenticate`);
        if (want >= 400 && (answer.body?.error?.code !== (want === 401 ? 'unauthorized' : 'forbidden') || typeof answer.body.error.message !== 'string')) {
          mismatches.push(`${caller} ${route.method} ${path}: error body ${JSON.stringify(answer.body)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(ROUTES.length * CALLERS.length);
  });

  it('refuses tokens in other places than the Bearer header', async () => {
    const token = tokens.get('publisher')!;
    const asBasic = await ctx.app.request('/api/v1/admin/draft', { headers: { authorization: `Basic ${token}` } });
    const inQuery = await ctx.app.request(`/api/v1/admin/draft?token=${token}`);
    expect([asBasic.status, inQuery.status]).toEqual([401, 401]);
  });
});
