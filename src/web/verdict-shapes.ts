/** @module The outline of each verdict's icon as SVG paths (24×24): drawn by the pages' JSX and by the widget in the browser. */
import type { VerdictCode } from '../core/verdict.ts';

/** Shapes that differ at a glance: a tick, a barred circle, a stop sign, a warning triangle, a question, a dash. */
export const VERDICT_SHAPES: Record<VerdictCode, string[]> = {
  official: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M7 12.5l3.2 3.2L17 9'],
  revoked: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M5 5l14 14'],
  known_scam: ['M8 2h8l6 6v8l-6 6H8l-6-6V8z', 'M9 9l6 6', 'M15 9l-6 6'],
  lookalike: ['M12 2.5L1.8 20.5h20.4z', 'M12 9.5v5', 'M12 17.6v.4'],
  not_official: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M9.3 9.2a2.8 2.8 0 1 1 4 2.6c-.8.4-1.3 1-1.3 1.9v.6', 'M12 17.5v.4'],
  invalid: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M8 12h8'],
};
