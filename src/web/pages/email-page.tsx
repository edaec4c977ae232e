/**
 * @module The email check page: the answer (or what went wrong) above the form, so it is the first thing seen
 * after a post or an in-place answer, then the paste area, the file picker and the how-to.
 */
import type { EmailAnswer } from '../../core/email/index.ts';
import { EmailForm } from '../components/email/email-form.tsx';
import { EmailResult } from '../components/email/email-result.tsx';
import { ModeTabs } from '../components/mode-tabs.tsx';
import type { Translator } from '../i18n/index.ts';

export interface EmailPageProps {
  t: Translator;
  answer?: EmailAnswer;
  /** Why the message could not be checked, in the reader's language. */
  problem?: string;
  /** Pasted text sent back with a problem. */
  pasted?: string;
}

export function EmailPage({ t, answer, problem, pasted }: EmailPageProps) {
  return (
    <>
      <ModeTabs t={t} current="email" />
      <h1>{t.t('email.title')}</h1>
      {answer || problem ? null : <p class="intro">{t.t('email.intro')}</p>}
      {/* The script puts the verdict sentence here after answering in place; screen readers announce it. */}
      <div id="status" class="sr-only" role="status" aria-live="polite"></div>
      <div id="result">
        {answer ? <EmailResult t={t} answer={answer} /> : null}
        {problem ? <p class="error-message" role="alert">{problem}</p> : null}
      </div>
      <EmailForm t={t} pasted={pasted} />
    </>
  );
}
