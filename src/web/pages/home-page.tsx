/** @module The check page: the form, and the answer under it when there is one (after a form post, a ?q= link, or in place by script). */
import type { CheckAnswer } from '../../core/verdict.ts';
import { CheckForm } from '../components/check-form.tsx';
import { ModeTabs } from '../components/mode-tabs.tsx';
import { ResultCard } from '../components/result-card.tsx';
import type { Translator } from '../i18n/index.ts';

export interface HomePageProps {
  t: Translator;
  answer?: CheckAnswer;
  input?: string;
  platform?: string;
}

export function HomePage({ t, answer, input, platform }: HomePageProps) {
  return (
    <>
      <ModeTabs t={t} current="contact" />
      <h1>{t.t('home.title')}</h1>
      {answer ? null : <p class="intro">{t.t('home.intro')}</p>}
      <CheckForm t={t} input={input} platform={platform} />
      {/* The script puts the verdict sentence here after answering in place; screen readers announce it. */}
      <div id="status" class="sr-only" role="status" aria-live="polite"></div>
      <div id="result">{answer ? <ResultCard t={t} answer={answer} /> : null}</div>
    </>
  );
}
