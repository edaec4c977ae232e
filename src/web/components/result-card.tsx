/** @module The answer to one check: the verdict in words, icon and colour, what was matched or imitated and how, advice, and what to do now. */
import type { CheckAnswer, VerdictCode } from '../../core/verdict.ts';
import type { AnswerNote } from '../../core/verdict-notes.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { orgHref } from '../links.ts';
import { Value } from './channel.tsx';
import { ChannelFacts } from './channel-facts.tsx';
import { LookalikeReasons } from './lookalike-reasons.tsx';
import { OrganizationAdvice } from './organization-advice.tsx';
import { ReportForm } from './report-form.tsx';
import { VerdictCard } from './verdict-card.tsx';

/** The steps a person should take, per verdict: scams and lookalikes share theirs. */
const NEXT_STEPS: Record<VerdictCode, MessageKey[]> = {
  official: ['next.official.1', 'next.official.2'],
  revoked: ['next.revoked.1', 'next.revoked.2'],
  known_scam: ['next.danger.1', 'next.danger.2', 'next.danger.3'],
  lookalike: ['next.danger.1', 'next.danger.2', 'next.danger.3'],
  not_official: ['next.not_official.1', 'next.not_official.2', 'next.not_official.3'],
  invalid: ['next.invalid.1', 'next.invalid.2'],
};

/** The sentence under the verdict: the API's codes and fields, said in the reader's language (also for an email's contacts, which carry no advice of their own). */
export function summaryOf(t: Translator, answer: Omit<CheckAnswer, 'advice' | 'registry' | 'checkedAt'>): string {
  const org = answer.organization?.name ?? '';
  switch (answer.verdict) {
    case 'official':
      return t.t('summary.official', { org }) + (answer.type === 'social' && answer.normalized?.platform === null ? ` ${t.t('summary.officialElsewhere')}` : '');
    case 'revoked':
      return answer.channel?.revokedAt ? t.t('summary.revoked', { org, date: t.date(answer.channel.revokedAt) }) : t.t('summary.revokedUndated', { org });
    case 'invalid':
      return errorText(t, answer.error?.code ?? 'invalid_request', answer.message);
    case 'not_official':
      return answer.note ? noteText(t, answer.note) : t.t('summary.not_official');
    default:
      return t.t(`summary.${answer.verdict}`, { org });
  }
}

/** Why a contact is no official channel, where the answer says more than "none" (see `AnswerNote`). */
function noteText(t: Translator, note: AnswerNote): string {
  return note.code === 'user_content_page'
    ? t.t('summary.note.user_content_page', { product: note.product, host: note.host })
    : t.t('summary.note.unlisted_sender', { org: note.organization.name, domain: note.domain });
}

/** An API error code in the reader's language; the API's English message for a code the catalogue lacks. */
export function errorText(t: Translator, code: string, message: string, params?: Record<string, string>): string {
  return t.maybe(`error.${code}`, message, params);
}

export function ResultCard({ t, answer }: { t: Translator; answer: CheckAnswer }) {
  const { verdict, organization: org } = answer;
  const title = t.t(`verdict.${verdict}`);
  const summary = summaryOf(t, answer);
  return (
    <VerdictCard verdict={verdict} title={title} summary={summary}>
        <ChannelFacts t={t} answer={answer} />
        <section class="next" aria-labelledby="next-title">
          <h3 id="next-title">{t.t('result.next')}</h3>
          <ol>{NEXT_STEPS[verdict].map((key) => <li>{t.t(key, { org: org?.name ?? '' })}</li>)}</ol>
        </section>
        {verdict === 'lookalike' ? <LookalikeReasons t={t} matches={answer.matches} /> : null}
        <OrganizationAdvice t={t} org={org} advice={answer.advice} />
        <ReportForm t={t} answer={answer} />
        {org ? <p class="org-link"><a href={orgHref(org.slug, t.lang)}>{t.t('result.allChannels', { org: org.name })}</a></p> : null}
        {verdict === 'invalid' ? <p class="checked">{t.t('result.checked')}: <Value>{answer.input}</Value></p> : null}
    </VerdictCard>
  );
}
