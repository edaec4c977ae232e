/** @module The README's partner example is examples/partner-verify.ts verbatim, and it verifies a real app's snapshot and verdict. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSigned, fetchVerifiedRegistry } from '../examples/partner-verify.ts';
import { createTestContext, type TestContext } from './support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const BASE = 'https://verify.example';
/** The partner's fetch, answered by the app in process. */
const fetchFn = ((input: string, init?: RequestInit) => ctx.app.request(input, init)) as typeof fetch;

describe('README: verifying signatures as a partner', () => {
  it('shows examples/partner-verify.ts verbatim (after its @module line)', async () => {
    const example = await readFile(new URL('../examples/partner-verify.ts', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const body = example.slice(example.indexOf('\n') + 1);
    expect(readme).toContain(`\`\`\`ts\n${body}\`\`\``);
  });

  it('verifies the served snapshot and a signed verdict with jose alone', async () => {
    const { snapshot, digest } = await fetchVerifiedRegistry(BASE, fetchFn);
    expect(snapshot).toMatchObject({ version: 1, previousDigest: null });
    expect(digest).toBe(ctx.registry.status.digest);
    const answer = await checkSigned(BASE, 'https://t.me/binanceexchange', fetchFn);
    expect(answer).toMatchObject({ verdict: 'official', organization: { slug: 'binance' }, registry: { version: 1, digest } });
  });

  it('fails loudly when the snapshot was altered in transit', async () => {
    const tampering = (async (input: string, init?: RequestInit) => {
      const res = await ctx.app.request(input, init);
      if (!input.endsWith('/api/v1/registry')) return res;
      const jws = await res.json();
      const text = Buffer.from(jws.payload, 'base64url').toString().replace('"binance.com"', '"binance.co"');
      return new Response(JSON.stringify({ ...jws, payload: Buffer.from(text).toString('base64url') }), { headers: res.headers });
    }) as typeof fetch;
    await expect(fetchVerifiedRegistry(BASE, tampering)).rejects.toThrow(/signature verification failed/);
  });
});
