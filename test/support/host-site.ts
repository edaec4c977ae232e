/** @module Another site for browser tests: a loopback server on its own port (so another origin) serving pages with a strict, nonce-based CSP. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The host pages' fixed nonce: each test page is generated per request, the nonce need not be secret here. */
export const HOST_NONCE = 'aG9zdC1ub25jZQ';

export interface HostSite {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The path of a page whose <body> holds `body`, served with the strict CSP. */
  page(body: string, options?: { lang?: string }): string;
  close(): Promise<void>;
}

/**
 * Starts the host. Its CSP allows scripts and styles only with its nonce, and lets the page reach
 * `verify` (the Verify server's origin) for fetches and frames, as a site embedding Verify would.
 */
export async function startHostSite(verify: string): Promise<HostSite> {
  const pages = new Map<string, { body: string; lang: string }>();
  const csp = [
    "default-src 'none'", `script-src 'nonce-${HOST_NONCE}'`, `style-src 'nonce-${HOST_NONCE}'`,
    `connect-src ${verify}`, `frame-src ${verify}`, "img-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const server: Server = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(`<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A help page of another site</title>
<style nonce="${HOST_NONCE}">body{margin:0;padding:12px;font-family:sans-serif;background:#fafafa}</style>
<script type="module" nonce="${HOST_NONCE}" src="${verify}/widget.js"></script>
<script type="module" nonce="${HOST_NONCE}">
  window.results = [];
  document.addEventListener('verify-result', (event) => window.results.push({ target: event.target.localName, detail: event.detail }));
</script></head><body><main><h1>Is this really us?</h1>${page.body}</main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(body, { lang = 'en' } = {}) {
      const path = `/page-${pages.size + 1}`;
      pages.set(path, { body, lang });
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
