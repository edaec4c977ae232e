/** @module Node: public/ served the way Workers static assets serve it, with the headers public/_headers gives each file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { parseHeadersFile } from './http/headers-file.ts';

/** Files that configure the assets rather than being assets: a Worker never serves them either. */
const CONFIG_FILES = new Set(['/_headers', '/_redirects', '/.assetsignore']);

export function nodeStaticFiles(root: string): MiddlewareHandler {
  const headers = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const files = serveStatic({
    root,
    onFound: (_path, c) => {
      for (const [name, value] of headers.get(c.req.path) ?? []) c.header(name, value);
    },
  });
  return async function staticFiles(c, next) {
    if (CONFIG_FILES.has(c.req.path)) return next();
    return files(c, next);
  };
}
