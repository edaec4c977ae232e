/**
 * @module What the email check found: each finding's severity in words and a sign, its code in the reader's
 * language with what it is about, and the API's exact English explanation under it.
 */
import type { Finding, Severity } from '../../../core/email/findings.ts';
import type { Translator } from '../../i18n/index.ts';

/** A sign per severity, beside its word: the list never rests on colour alone. */
const SIGNS: Record<Severity, string> = { danger: '✕', warning: '!', info: 'i', ok: '✓' };

function FindingItem({ t, finding }: { t: Translator; finding: Finding }) {
  const { code, severity, subject } = finding;
  return (
    <li class="finding" data-finding={code} data-severity={severity}>
      <details>
        <summary>
          <span class="severity"><span class="sign" aria-hidden="true">{SIGNS[severity]}</span>{t.t(`email.severity.${severity}`)}</span>
          <span class="finding-title">{t.maybe(`finding.${code}`, code)}</span>
          {/* What it is about as found in the message: an address, a link, a header's name, a display name. */}
          {subject ? <bdi class="value">{subject}</bdi> : null}
        </summary>
        {/* The explanation names exact addresses and results; the API writes it in English only. */}
        <p class="explanation" lang="en" dir="ltr">{finding.explanation}</p>
      </details>
    </li>
  );
}

export function EmailFindings({ t, findings }: { t: Translator; findings: Finding[] }) {
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h3 id="findings-title">{t.t('email.findings')}</h3>
      <ul>{findings.map((finding) => <FindingItem t={t} finding={finding} />)}</ul>
    </section>
  );
}
