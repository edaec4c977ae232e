/** @module One input per verdict in the sample registry, for tests that go through every verdict. */
import type { VerdictCode } from '../../src/core/verdict.ts';

export const VERDICT_INPUTS: Record<VerdictCode, string> = {
  official: 'binance.com',
  revoked: 'binance.info',
  known_scam: 'binance-support.xyz',
  lookalike: 'bіnance.com',
  not_official: 'wikipedia.org',
  invalid: 'http://',
};
