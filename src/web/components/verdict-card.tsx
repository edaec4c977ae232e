/**
 * @module The frame of every answer card (a contact's, an email's): the verdict band in words, icon and colour,
 * with `data-verdict` on the card and its heading (a contract, used by tests and styling), and the sentence under it.
 */
import type { Child } from 'hono/jsx';
import type { VerdictCode } from '../../core/verdict.ts';
import { VerdictIcon } from './verdict-icon.tsx';

export interface VerdictCardProps {
  verdict: VerdictCode;
  /** The verdict in the reader's words, and the sentence that says what it means: both are announced. */
  title: string;
  summary: string;
  /** A class beside `result`, for a card of another kind. */
  kind?: string;
  /** An answer the script puts in place over a tall form takes the focus; the heading is then focusable by script only. */
  focusable?: boolean;
  children: Child;
}

export function VerdictCard({ verdict, title, summary, kind, focusable = false, children }: VerdictCardProps) {
  return (
    <article class={kind ? `result ${kind}` : 'result'} data-verdict={verdict} data-announce={`${title}. ${summary}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title" class="verdict" data-verdict={verdict} tabindex={focusable ? -1 : undefined}>
        <VerdictIcon verdict={verdict} />
        <span>{title}</span>
      </h2>
      <div class="result-body">
        <p class="summary">{summary}</p>
        {children}
      </div>
    </article>
  );
}
