/** @module An organization's own advice under an answer: registry text, shown as written in its own direction. */
import type { Translator } from '../i18n/index.ts';

export function OrganizationAdvice({ t, org, advice }: { t: Translator; org?: { name: string }; advice: string[] }) {
  if (!org || !advice.length) return null;
  return (
    <section class="advice" aria-labelledby="advice-title">
      <h3 id="advice-title">{t.t('result.advice', { org: org.name })}</h3>
      <ul>{advice.map((line) => <li dir="auto">{line}</li>)}</ul>
    </section>
  );
}
