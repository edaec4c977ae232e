/** @module The email check page from the Worker entry inside workerd: the form, and a message posted as the no-JS form posts it (multipart, the file as bytes). */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSampleRegistry } from './seed.ts';
import { testEnv, worker } from './worker-env.ts';

// Storage is isolated per test file: the seed must run before the first request loads the registry.
beforeAll(async () => {
  await seedSampleRegistry(testEnv.DB, testEnv.REGISTRY_SIGNING_KEY!);
});

/** A lookalike sender of the sample registry, verified by its own (lookalike) domain; the display name in ISO-8859-1 bytes. */
const MESSAGE = new Uint8Array([
  ...new TextEncoder().encode('Authentication-Results: mx.google.com; dmarc=pass header.from=binnance.com\r\nFrom: =?iso-8859-1?Q?S=E9curit=E9?= <security@binnance.com>\r\n'),
  ...new TextEncoder().encode('Subject: Verify your withdrawal\r\nDate: Tue, 24 Nov 2026 18:05:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nConfirm within 24 hours.\r\n'),
]);

describe('the email page on the Worker', () => {
  it('serves the form in the reader\'s language with its nonce\'d script', async () => {
    const res = await worker.fetch('https://verify.test/email?lang=vi');
    expect(res.status).toBe(200);
    const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const html = await res.text();
    expect(html).toContain(`<script type="module" src="/verify.js" nonce="${nonce}">`);
    expect(html).toContain('enctype="multipart/form-data" data-email-form');
    expect(html).toContain('Kiểm tra email');
  });

  it('answers an uploaded .eml file with the verdict card and its findings', async () => {
    const form = new FormData();
    form.set('raw', '');
    form.set('file', new Blob([MESSAGE], { type: 'message/rfc822' }), 'message.eml');
    const res = await worker.fetch('https://verify.test/email?lang=en', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<article class="result email-result" data-verdict="lookalike"');
    expect(html).toContain('data-finding="sender_lookalike" data-severity="danger"');
    expect(html).toContain('<bdi>Sécurité</bdi>');
  });
});
