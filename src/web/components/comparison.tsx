/** @module The contact and the channel it imitates, with the characters that differ highlighted. */
import type { Segment } from '../../core/lookalike/comparison.ts';
import { Value } from './channel.tsx';

/** Marked runs are underlined and shaded, so the difference shows without colour too. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <Value>{segments.map((s) => (s.differs ? <mark>{s.text}</mark> : s.text))}</Value>;
}
