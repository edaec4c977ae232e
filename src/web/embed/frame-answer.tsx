/** @module The answer inside the frame: the verdict in words, icon and colour, one sentence, the facts, why it is a lookalike, and the way to the full answer. */
import type { CheckAnswer } from '../../core/verdict.ts';
import { ChannelFacts } from '../components/channel-facts.tsx';
import { summaryOf } from '../components/result-card.tsx';
import { VerdictIcon } from '../components/verdict-icon.tsx';
import type { EmbedTranslator } from '../i18n/embed/index.ts';
import { href } from '../links.ts';

/** The verdict's sentence; asked for one organization, "not one of its channels" names it. */
export function frameSummary(t: EmbedTranslator, answer: CheckAnswer): string {
  if (answer.verdict === 'not_official' && answer.scope) return t.embed('widget.notOurs', { org: answer.scope.name });
  return summaryOf(t, answer);
}

/** Links leave the frame for a new tab: the frame's host page stays where it is. */
export function NewTabLink({ t, href: to, children }: { t: EmbedTranslator; href: string; children: unknown }) {
  return (
    <a href={to} target="_blank" rel="noopener">
      {children}<span class="sr-only"> {t.embed('widget.newTab')}</span><span aria-hidden="true"> ↗</span>
    </a>
  );
}

export function FrameAnswer({ t, answer, compact }: { t: EmbedTranslator; answer: CheckAnswer; compact: boolean }) {
  const { verdict } = answer;
  const top = verdict === 'lookalike' ? answer.matches[0] : undefined;
  return (
    <article class="result" data-verdict={verdict} aria-labelledby="verdict-title">
      <h2 id="verdict-title" class="verdict" data-verdict={verdict}>
        <VerdictIcon verdict={verdict} />
        <span>{t.t(`verdict.${verdict}`)}</span>
      </h2>
      <div class="result-body">
        <p class="summary">{frameSummary(t, answer)}</p>
        {compact ? null : <ChannelFacts t={t} answer={answer} target="_blank" />}
        {top && !compact ? <ul class="reasons">{top.reasons.map((code) => <li data-reason={code}>{t.t(`reason.${code}`)}</li>)}</ul> : null}
        {verdict === 'invalid' ? null : (
          <p class="full-answer"><NewTabLink t={t} href={href('/', t.lang, { q: answer.input })}>{t.embed('widget.fullAnswer')}</NewTabLink></p>
        )}
      </div>
    </article>
  );
}
