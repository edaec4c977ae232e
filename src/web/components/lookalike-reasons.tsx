/** @module Why a contact is a lookalike: each reason code in the reader's language, the API's exact explanation, other organizations it resembles. */
import type { LookalikeMatch } from '../../core/lookalike/findings.ts';
import type { Translator } from '../i18n/index.ts';
import { orgHref } from '../links.ts';
import { kindName, Value } from './channel.tsx';

/** `headingId` names the section: a page with several lookalikes (an email's links) gives each its own. */
export function LookalikeReasons({ t, matches, headingId = 'why-title' }: { t: Translator; matches: LookalikeMatch[]; headingId?: string }) {
  const [top, ...others] = matches;
  if (!top) return null;
  return (
    <section class="why" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.t('result.why')}</h3>
      <ul>{top.reasons.map((code) => <li data-reason={code}>{t.t(`reason.${code}`)}</li>)}</ul>
      {/* The explanation names the exact characters and Unicode names; the API writes it in English only. */}
      <details open={t.lang === 'en'}>
        <summary>{t.t('result.details')}</summary>
        <p class="explanation" lang="en" dir="ltr">{top.explanation}</p>
      </details>
      {others.length ? (
        <>
          <h4>{t.t('result.alsoLike')}</h4>
          <ul>
            {others.map((m) => (
              <li><a href={orgHref(m.organization.slug, t.lang)}>{m.organization.name}</a> — {kindName(t, m.channel)}: <Value>{m.channel.value}</Value></li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
