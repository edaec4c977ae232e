/** @module The OpenAPI 3.1 document, generated from the routes' own definitions, and the interactive docs page. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';

export const OPENAPI_PATH = '/api/v1/openapi.json';
const DOCS_PATH = '/docs';

const INFO = {
  title: 'Verify API',
  version: '1.0.0',
  description:
    'Is this link, email address, phone number or handle an official channel? Lookups work without a key (a per-address limit) ' +
    'or with a partner key (`Authorization: Bearer KEY` or `X-API-Key`), which has its own per-minute limit, usage counts and batches. ' +
    'The admin API (tag `admin`) needs an admin token (`Authorization: Bearer vfa_…`) whose role is at least the one each route names. ' +
    'Errors are `{"error": {"code", "message"}}`.',
};

/** Documents the document itself and the docs page, which are served outside the zod-validated routes. */
function registerSelf(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerKey', { type: 'http', scheme: 'bearer', description: 'A partner key from `npm run cli -- keys create`.' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'headerKey', { type: 'apiKey', in: 'header', name: 'X-API-Key' });
  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: OPENAPI_PATH,
      tags: ['Service'],
      summary: 'This OpenAPI 3.1 document',
      responses: { 200: { description: 'The document.', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }), example: { openapi: '3.1.0', info: { title: INFO.title } } } } } },
    }),
  );
  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: DOCS_PATH,
      tags: ['Service'],
      summary: 'Interactive API reference (Scalar)',
      responses: { 200: { description: 'An HTML page that renders this document.', content: { 'text/html': { schema: z.string(), example: '<!doctype html>…' } } } },
    }),
  );
}

export interface DocsOptions {
  /** Where the docs page loads Scalar's script from; by default Scalar's CDN (jsDelivr). */
  scriptUrl?: string;
}

/** Serves the document at /api/v1/openapi.json and the reference page at /docs. */
export function serveApiDocs(app: OpenAPIHono, options: DocsOptions = {}): void {
  registerSelf(app);
  app.doc31(OPENAPI_PATH, { openapi: '3.1.0', info: INFO, servers: [{ url: '/' }] });
  app.get(DOCS_PATH, Scalar({ url: OPENAPI_PATH, pageTitle: 'Verify API', ...(options.scriptUrl ? { cdn: options.scriptUrl } : {}) }));
}
