/** @module The pages from the Worker entry inside workerd: the check form, an answer by form post, and an organization page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSampleRegistry } from './seed.ts';
import { testEnv, worker } from './worker-env.ts';

const BASE = 'https://verify.test';

// Storage is isolated per test file: the seed must run before the first request loads the registry.
beforeAll(async () => {
  await seedSampleRegistry(testEnv.DB, testEnv.REGISTRY_SIGNING_KEY!);
});

describe('pages on the Worker', () => {
  it('serves the check page at / with its nonce\'d script and strict headers', async () => {
    const res = await worker.fetch(`${BASE}/`, { headers: { 'accept-language': 'ar' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`<script type="module" src="/verify.js" nonce="${nonce}">`);
    expect(html).toContain('<form class="check-form" method="post"');
  });

  it('answers a form post with the verdict card', async () => {
    const res = await worker.fetch(`${BASE}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ q: 'bіnance.com', platform: '' }),
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<article class="result" data-verdict="lookalike"');
    expect(html).toContain('b<mark>і</mark>nance.com');
  });

  it('serves an organization page', async () => {
    const res = await worker.fetch(`${BASE}/org/binance?lang=zh-CN`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h1>Binance：官方渠道</h1>');
  });
});
