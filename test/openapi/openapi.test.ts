/** @module The OpenAPI document: valid OpenAPI 3.1, covering every route, and each documented example answering as documented through the real app. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminToken } from '../../src/db/admin-tokens.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

interface Json {
  [key: string]: any;
}

let ctx: TestContext;
let doc: Json;
/** The admin examples run as a publisher, the role that may call every admin route. */
let adminToken: string;
beforeAll(async () => {
  ctx = await createTestContext();
  adminToken = (await createAdminToken(ctx.handle.db, 'openapi examples', 'publisher')).token;
  // The report review examples confirm report 1 and reject report 2: reported here as the public would.
  for (const body of [
    { input: 'binance-wallet-sync.com', note: 'A pop-up on this site asked for my seed phrase.', contact: 'reporter@example.org' },
    { input: 'https://binance-reseller.example/shop' },
  ]) {
    expect((await ctx.app.request('/api/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status).toBe(201);
  }
  const res = await ctx.app.request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = await res.json();
});
afterAll(() => ctx.close());

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = () =>
  Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json })),
  );

/** An operation's success answer: 200, or 201 for the admin routes that create. */
const successStatus = (op: Json) => (op.responses['201'] ? '201' : '200');

/** Values that change with every publish or request: only their type is compared. */
const VOLATILE = new Set(['digest', 'previousDigest', 'checkedAt', 'issuedAt', 'expiresAt', 'at', 'revokedAt', 'loadedAt', 'payload', 'protected', 'signature', 'x', 'kid', 'message', 'website', 'counts', 'prefix', 'createdAt', 'days', 'firstReportedAt', 'lastReportedAt', 'reviewedAt', 'scamId']);

/** The example's fields, recursively, must be in the answer; arrays match from their start. */
function expectDocumented(actual: unknown, example: unknown, where: string): void {
  if (Array.isArray(example)) {
    expect(Array.isArray(actual), where).toBe(true);
    example.forEach((item, i) => expectDocumented((actual as unknown[])[i], item, `${where}[${i}]`));
  } else if (example && typeof example === 'object') {
    expect(actual, where).toBeTypeOf('object');
    for (const [key, value] of Object.entries(example)) {
      const at = `${where}.${key}`;
      if (VOLATILE.has(key)) expect(typeof (actual as Json)[key], at).toBe(value === null ? typeof (actual as Json)[key] : typeof value);
      else expectDocumented((actual as Json)[key], value, at);
    }
  } else {
    expect(actual, where).toEqual(example);
  }
}

/** A documented example as its content type sends it: a text example (a message/rfc822 source) as it is. */
function encodeExample(type: string, example: unknown): BodyInit {
  if (typeof example === 'string') return example;
  if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(example as Record<string, string>).toString();
  if (type !== 'multipart/form-data') return JSON.stringify(example);
  const form = new FormData();
  for (const [name, value] of Object.entries(example as Record<string, string>)) form.set(name, value);
  return form;
}

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the app serves, and nothing it does not', () => {
    const served = new Set(
      ctx.app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([^/]+)/g, '{$1}')}`),
    );
    const documented = new Set(operations().map(({ path, method }) => `${method} ${path}`));
    expect([...documented].sort()).toEqual([...served].sort());
  });

  it('gives every operation a summary, a success example, and an example error body for each error status', () => {
    for (const { path, method, op } of operations()) {
      const where = `${method} ${path}`;
      expect(op.summary, where).toBeTruthy();
      const success = op.responses[successStatus(op)];
      expect(Object.values(success.content as Json).some((c: Json) => c.example !== undefined), where).toBe(true);
      for (const [status, response] of Object.entries(op.responses as Json)) {
        if (Number(status) < 400) continue;
        const example = response.content['application/json'].example;
        expect(example, `${where} ${status}`).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
      }
      for (const parameter of op.parameters ?? []) {
        if (parameter.required) expect(parameter.schema.example ?? parameter.example, `${where} ${parameter.name}`).toBeDefined();
      }
    }
  });

  it('documents the key schemes and the RateLimit headers', () => {
    expect(doc.components.securitySchemes).toMatchObject({ bearerKey: { type: 'http', scheme: 'bearer' }, headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } });
    const batch = doc.paths['/api/v1/check/batch'].post;
    expect(batch.security).toEqual([{ bearerKey: [] }, { headerKey: [] }]);
    expect(Object.keys(batch.responses['200'].headers)).toEqual(expect.arrayContaining(['RateLimit-Policy', 'RateLimit']));
    expect(batch.responses['401']).toBeDefined();
    expect(doc.paths['/api/v1/check'].get.security).toContainEqual({});
  });

  it('documents the admin token scheme and each admin route\'s minimum role', () => {
    expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const admin = operations().filter(({ path }) => path.startsWith('/api/v1/admin/'));
    expect(admin.length).toBe(21);
    for (const { path, method, op } of admin) {
      const where = `${method} ${path}`;
      expect(op.tags, where).toEqual(['admin']);
      const [role] = op.security.map((s: Json) => s.adminToken).flat();
      expect(['viewer', 'editor', 'publisher'], where).toContain(role);
      expect(op.description, where).toContain(`**${role}**`);
      expect(op.responses['401'], where).toBeDefined();
      if (role !== 'viewer') expect(op.responses['403'], where).toBeDefined();
    }
    expect(doc.paths['/api/v1/admin/publish'].post.security).toEqual([{ adminToken: ['publisher'] }]);
    expect(doc.paths['/api/v1/admin/scams/{id}'].delete.security).toEqual([{ adminToken: ['editor'] }]);
  });
});

describe('documented examples', () => {
  it('each example request gives the documented status and fields through the real app', async () => {
    let checked = 0;
    for (const { path, method, op } of operations()) {
      let url = path;
      const query = new URLSearchParams();
      for (const p of op.parameters ?? []) {
        const example = p.schema?.example ?? p.example;
        if (example === undefined) continue;
        if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)));
        if (p.in === 'query') query.set(p.name, String(example));
      }
      const status = successStatus(op);
      const [type, success] = Object.entries(op.responses[status].content as Json)[0]!;
      const headers: Record<string, string> = { accept: type };
      // Admin operations get a publisher's token; other operations that need a key get the test partner's key (Acme Wallet).
      if (op.security?.some((s: Json) => 'adminToken' in s)) headers.authorization = `Bearer ${adminToken}`;
      else if (op.security && !op.security.some((s: Json) => Object.keys(s).length === 0)) headers['x-api-key'] = ctx.apiKey;
      // JSON bodies for the API where it takes them; the check page's form posts its fields URL-encoded, and the email page's as multipart, as a browser does.
      const contents = Object.entries((op.requestBody?.content ?? {}) as Json);
      const [bodyType = '', body] = contents.find(([t]) => t === 'application/json') ?? contents[0] ?? [];
      // A multipart body states its own boundary in the type: fetch writes that header.
      if (body && bodyType !== 'multipart/form-data') headers['content-type'] = bodyType;
      // A browser says where a form was posted from; the report page takes same-site forms only.
      if (bodyType === 'application/x-www-form-urlencoded' || bodyType === 'multipart/form-data') headers['sec-fetch-site'] = 'same-origin';
      const encoded = encodeExample(bodyType, body?.example);
      const target = query.size ? `${url}?${query}` : url;
      const res = await ctx.app.request(target, { method: method.toUpperCase(), headers, ...(body ? { body: encoded } : {}) });
      expect(res.status, `${method} ${target}`).toBe(Number(status));
      expect(res.headers.get('content-type'), `${method} ${target}`).toContain(type);
      if (type === 'text/html') expect(await res.text()).toContain('<!doctype html>');
      else expectDocumented(await res.json(), success.example, `${method} ${target}`);
      checked++;
    }
    expect(checked).toBe(operations().length);
  });
});

describe('GET /docs', () => {
  it('serves the reference page pointing at the document', async () => {
    const res = await ctx.app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/v1/openapi.json');
  });
});
