/** @module One answer as the widget shows it: the verdict in words, icon and colour, one sentence, what matched or is imitated, why, and the link to the full answer. */
import { VERDICT_SHAPES } from '../src/web/verdict-shapes.ts';
import { el, icon, type Child } from './dom.ts';
import type { Text } from './text.ts';
import type { Answer, Channel, Segment } from './types.ts';

export interface ViewOptions {
  compact: boolean;
  /** The full answer on Verify's own page; none for an answer that could not be checked. */
  link?: string;
  /** Seconds from Retry-After, for the "too many checks" message. */
  retryAfter?: string;
}

/** The sentence under the verdict, as the check page says it. */
export function summaryOf(t: Text, answer: Answer, retryAfter = '60'): string {
  const org = answer.organization?.name ?? '';
  switch (answer.verdict) {
    case 'official':
      return t('summary.official', { org }) + (answer.type === 'social' && answer.normalized?.platform === null ? ` ${t('summary.officialElsewhere')}` : '');
    case 'revoked':
      return answer.channel?.revokedAt ? t('summary.revoked', { org, date: t.date(answer.channel.revokedAt) }) : t('summary.revokedUndated', { org });
    case 'not_official':
      return answer.scope ? t('widget.notOurs', { org: answer.scope.name }) : t('summary.not_official');
    case 'invalid':
      return t(`error.${answer.error?.code}`, { seconds: retryAfter }, answer.error?.message ?? '');
    default:
      return t(`summary.${answer.verdict}`, { org });
  }
}

/** A contact or channel value: its own direction inside any page, never a link (what is checked is never opened). */
const value = (children: Child[]) => el('bdi', { class: 'value', dir: 'ltr' }, ...children);

/** Marked runs are underlined and shaded, so the difference shows without colour too. */
const highlighted = (segments: Segment[]) => value(segments.map((s) => (s.differs ? el('mark', {}, s.text) : s.text)));

const channelText = (t: Text, channel: Channel, shown: Node = value([channel.value])) =>
  el('span', {}, `${t.kind(channel)}: `, shown, channel.label ? el('bdi', {}, ` (${channel.label})`) : null);

const fact = (term: string, ...details: Child[]) => el('div', {}, el('dt', {}, term), el('dd', {}, ...details));

function facts(t: Text, answer: Answer): HTMLElement[] {
  const top = answer.verdict === 'lookalike' ? answer.matches?.[0] : undefined;
  const channels = answer.channels ?? (answer.channel ? [answer.channel] : []);
  const reason = answer.scam?.reason ?? answer.channel?.reason;
  const list = el('dl', { part: 'facts' },
    fact(t('result.checked'), top?.comparison ? highlighted(top.comparison.contact) : value([answer.input])),
    channels.length > 0 && fact(t(answer.verdict === 'revoked' ? 'result.formerly' : 'result.matched'),
      channels.length === 1 ? channelText(t, channels[0]!) : el('ul', {}, ...channels.map((c) => el('li', {}, channelText(t, c))))),
    top && fact(t('result.imitates'), channelText(t, top.channel, top.comparison ? highlighted(top.comparison.official) : undefined)),
    answer.organization && fact(t('result.organization'), el('bdi', {}, answer.organization.name)),
    reason && fact(t('result.reason'), el('bdi', {}, reason)),
  );
  if (!top) return [list];
  return [
    list,
    ...(top.comparison ? [el('p', { class: 'legend' }, t('result.legend'))] : []),
    el('ul', { part: 'reasons' }, ...top.reasons.map((code) => el('li', { 'data-reason': code }, t(`reason.${code}`)))),
    // The API explains in English only: open for English readers, one click away for the others.
    el('details', { part: 'details', ...(t.lang === 'en' ? { open: '' } : {}) },
      el('summary', {}, t('result.details')),
      el('p', { class: 'explanation', lang: 'en', dir: 'ltr' }, top.explanation)),
  ];
}

export function answerView(t: Text, answer: Answer, { compact, link, retryAfter }: ViewOptions): HTMLElement {
  const { verdict } = answer;
  return el('div', { part: 'answer', class: 'answer', 'data-verdict': verdict },
    el('p', { part: 'verdict', class: 'verdict' }, icon(VERDICT_SHAPES[verdict]), el('span', {}, t(`verdict.${verdict}`))),
    el('div', { class: 'body' },
      el('p', { part: 'summary', class: 'summary' }, summaryOf(t, answer, retryAfter)),
      ...(compact || verdict === 'invalid' ? [] : facts(t, answer)),
      link && el('a', { part: 'link', href: link, target: '_blank', rel: 'noopener' },
        t('widget.fullAnswer'), el('span', { class: 'sr-only' }, ` ${t('widget.newTab')}`), el('span', { 'aria-hidden': 'true' }, ' ↗')),
    ),
  );
}
