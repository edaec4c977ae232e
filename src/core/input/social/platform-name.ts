/** @module Human names of platforms, for messages and verdicts. */
import type { Platform } from '../../types.ts';
import { ruleFor } from './rules.ts';

/**
 * Human name of a platform; an unknown string comes back as written.
 * @example platformName('x') // 'X'
 */
export function platformName(platform: Platform): string {
  return ruleFor(platform)?.name ?? String(platform);
}
