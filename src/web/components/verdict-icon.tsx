/** @module One icon per verdict, so the answer never rests on colour alone (the words say it too). */
import type { VerdictCode } from '../../core/verdict.ts';
import { VERDICT_SHAPES } from '../verdict-shapes.ts';

export function VerdictIcon({ verdict }: { verdict: VerdictCode }) {
  return (
    <svg class="verdict-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">
      {VERDICT_SHAPES[verdict].map((d) => <path d={d} />)}
    </svg>
  );
}
