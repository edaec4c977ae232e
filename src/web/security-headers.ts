/** @module The headers every page answers with: a strict nonce-based Content-Security-Policy, framing rules, no sniffing, no referrer. */
import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

export interface PageHeaderOptions {
  /**
   * Who may frame the page: nobody by default. The embeddable frame (/embed/frame) passes `['*']`,
   * and then X-Frame-Options is left out (it cannot say "anyone").
   */
  frameAncestors?: string[];
  /** Frames the page may show: none by default; /embed previews the frame with `["'self'"]`. */
  frameSrc?: string[];
  /** Also allow a <style> with this response's nonce: the widget's fallback where constructable stylesheets are missing. */
  styleNonce?: boolean;
}

/**
 * hono/secure-headers with a policy that allows only our own styles, the one script that carries
 * this response's nonce, requests to our own origin, and form posts back to it: no inline script
 * without the nonce, no eval, no plugins, no <base> rewriting. Read the nonce with c.get('secureHeadersNonce').
 */
export function pageSecurityHeaders({ frameAncestors = ["'none'"], frameSrc, styleNonce = false }: PageHeaderOptions = {}): MiddlewareHandler {
  const framable = !frameAncestors.includes("'none'");
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: [NONCE],
      styleSrc: styleNonce ? ["'self'", NONCE] : ["'self'"],
      ...(frameSrc ? { frameSrc } : {}),
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors,
    },
    xFrameOptions: framable ? false : 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: true,
  });
  return async function pageHeaders(c, next) {
    await headers(c, next);
    // Each answer has its own nonce, and results are one person's lookup: neither may be reused from a cache.
    c.header('Cache-Control', 'no-store');
  };
}
