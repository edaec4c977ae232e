/** @module Liveness, the registry version a server answers from, why it is degraded, and configuration warnings. */
import { Hono } from 'hono';
import type { RegistryHolder } from '../registry-holder.ts';

export function healthRoutes(registry: RegistryHolder, warnings: readonly string[] = []): Hono {
  return new Hono().get('/', (c) => {
    const { problem, ...status } = registry.status;
    const degraded = problem !== null || status.version === 0;
    return c.json({
      status: degraded ? 'degraded' : 'ok',
      registry: status,
      ...(degraded ? { problem: problem ?? 'no registry version has been published yet' } : {}),
      ...(warnings.length ? { warnings } : {}),
    });
  });
}
