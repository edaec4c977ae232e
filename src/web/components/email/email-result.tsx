/**
 * @module The answer to an email check: the summary verdict in words, icon and colour (`data-verdict` on the card
 * and its heading, as on the check page), what to do, the findings, the sender, the provider's authentication
 * results, and every contact inside with its own verdict.
 */
import type { EmailAnswer, EmailVerdict } from '../../../core/email/index.ts';
import type { MessageKey, Translator } from '../../i18n/index.ts';
import { orgHref } from '../../links.ts';
import { Fact } from '../channel-facts.tsx';
import { OrganizationAdvice } from '../organization-advice.tsx';
import { VerdictCard } from '../verdict-card.tsx';
import { EmailAuthentication } from './email-authentication.tsx';
import { EmailFindings } from './email-findings.tsx';
import { EmailSender } from './email-sender.tsx';
import { FoundContacts } from './found-contacts.tsx';

/** Scams and lookalikes share their steps, as on the check page. */
const NEXT_STEPS: Record<EmailVerdict, MessageKey[]> = {
  official: ['email.next.official.1', 'next.official.2'],
  known_scam: ['email.next.danger.1', 'email.next.danger.2', 'email.next.danger.3'],
  lookalike: ['email.next.danger.1', 'email.next.danger.2', 'email.next.danger.3'],
  not_official: ['email.next.not_official.1', 'email.next.not_official.2'],
};

/** The sentence under the verdict in the reader's language; the API's English `message` is shown under "Details". */
export function emailSummary(t: Translator, answer: EmailAnswer): string {
  const org = answer.organization?.name;
  if (answer.verdict === 'official') return t.t('email.summary.official', { org: org ?? '' });
  return org ? t.t(`email.summary.${answer.verdict}`, { org }) : t.t(`email.summary.${answer.verdict}Unnamed`);
}

function MessageFacts({ t, email }: { t: Translator; email: EmailAnswer['email'] }) {
  if (!email.subject && !email.date) return null;
  return (
    <dl class="facts">
      {email.subject ? <Fact term={t.t('email.subject')}><bdi>{email.subject}</bdi></Fact> : null}
      {email.date ? <Fact term={t.t('email.date')}>{t.date(email.date)}</Fact> : null}
    </dl>
  );
}

export function EmailResult({ t, answer }: { t: Translator; answer: EmailAnswer }) {
  const { verdict, organization: org } = answer;
  const title = t.t(`verdict.${verdict}`);
  const summary = emailSummary(t, answer);
  return (
    // Focusable: an answer put in place over the tall form takes the focus, so keyboard and screen reader users land on it.
    <VerdictCard verdict={verdict} title={title} summary={summary} kind="email-result" focusable>
      <details>
        <summary>{t.t('result.details')}</summary>
        <p class="explanation" lang="en" dir="ltr">{answer.message}</p>
      </details>
      <MessageFacts t={t} email={answer.email} />
      <section class="next" aria-labelledby="next-title">
        <h3 id="next-title">{t.t('result.next')}</h3>
        <ol>{NEXT_STEPS[verdict].map((key) => <li>{t.t(key, { org: org?.name ?? '' })}</li>)}</ol>
      </section>
      <EmailFindings t={t} findings={answer.findings} />
      <EmailSender t={t} sender={answer.sender} />
      <EmailAuthentication t={t} authentication={answer.authentication} />
      <FoundContacts t={t} answer={answer} />
      <OrganizationAdvice t={t} org={org} advice={answer.advice} />
      {org ? <p class="org-link"><a href={orgHref(org.slug, t.lang)}>{t.t('result.allChannels', { org: org.name })}</a></p> : null}
    </VerdictCard>
  );
}
