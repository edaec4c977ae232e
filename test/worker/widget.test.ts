/** @module The widget's files and the frame from the Worker inside workerd: /widget.js from static assets with its _headers, /embed/frame and the messages from the app. */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSampleRegistry } from './seed.ts';
import { testEnv, worker } from './worker-env.ts';

const BASE = 'https://verify.test';

// Storage is isolated per test file: the seed must run before the first request loads the registry.
beforeAll(async () => {
  await seedSampleRegistry(testEnv.DB, testEnv.REGISTRY_SIGNING_KEY!);
});

describe('the widget on the Worker', () => {
  // Static files are answered by the assets service before the Worker runs; the test asks it through its binding.
  const asset = (path: string, init?: RequestInit) => testEnv.ASSETS!.fetch(`${BASE}${path}`, init);

  it('serves /widget.js from static assets as a module script any origin may load, with its cache headers', async () => {
    const res = await asset('/widget.js', { headers: { origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await res.text()).toContain('customElements');
  });

  it('never serves the _headers file itself', async () => {
    expect((await asset('/_headers')).status).toBe(404);
  });

  it('serves /embed/frame for any site to frame, with the answer', async () => {
    const res = await worker.fetch(`${BASE}/embed/frame?org=binance&lang=ar&q=${encodeURIComponent('bіnance.com')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<article class="result" data-verdict="lookalike"');
  });

  it('serves the widget\'s messages to any origin', async () => {
    const res = await worker.fetch(`${BASE}/api/v1/widget-messages?lang=ru&org=binance`, { headers: { origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json<{ lang: string; organization: { name: string } }>();
    expect(body).toMatchObject({ lang: 'ru', organization: { name: 'Binance' } });
  });
});
