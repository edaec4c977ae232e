/** @module Social-media handles and profile links: one rule per platform, one engine for all. */
export { normalizeHandle } from './normalize-handle.ts';
export { parseSocialUrl } from './parse-url.ts';
export { platformName } from './platform-name.ts';
export type { WhatsAppNumberRef } from './rule.ts';
