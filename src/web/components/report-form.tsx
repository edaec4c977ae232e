/**
 * @module "Report this contact" on a result that is not official: a disclosure holding a plain form that
 * posts to /report (no script needed), which public/report.js sends in place when it can.
 */
import { MAX_CONTACT_LENGTH, MAX_NOTE_LENGTH } from '../../routes/report-spec.ts';
import type { CheckAnswer, VerdictCode } from '../../core/verdict.ts';
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';
import { PLATFORM_OPTIONS } from '../platform-options.ts';

/** Official channels cannot be reported (the route answers 422), and an input that could not be read names nothing. */
const REPORTABLE = new Set<VerdictCode>(['revoked', 'known_scam', 'lookalike', 'not_official']);

/** What the check was given beyond the text, so the report reads the contact exactly as the check did. */
function checkedWith(answer: CheckAnswer): { platform?: string; country?: string } {
  const normalized = answer.normalized ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    platform: answer.type === 'social' ? text(normalized.platform) : undefined,
    country: answer.type === 'phone' ? text(normalized.country) : undefined,
  };
}

export function ReportForm({ t, answer }: { t: Translator; answer: CheckAnswer }) {
  if (!REPORTABLE.has(answer.verdict)) return null;
  const { platform, country } = checkedWith(answer);
  // A bare @handle checked on every platform names no single account: the reporter says which one.
  const askPlatform = answer.type === 'social' && !platform;
  return (
    <details class="report" data-report>
      <summary>{t.t('report.action')}</summary>
      <form class="report-form" method="post" action={href('/report', t.lang)} data-report-form
        data-sending={t.t('report.sending')} data-network-error={t.t('report.networkError')}>
        <p>{t.t('report.intro')}</p>
        <input type="hidden" name="q" value={answer.input} />
        {platform ? <input type="hidden" name="platform" value={platform} /> : null}
        {country ? <input type="hidden" name="country" value={country} /> : null}
        {askPlatform ? (
          <>
            <label for="report-platform">{t.t('report.platform')}</label>
            <select id="report-platform" name="platform" required>
              <option value=""></option>
              {PLATFORM_OPTIONS.map((p) => <option value={p.code}>{p.name}</option>)}
            </select>
          </>
        ) : null}
        <label for="report-note">{t.t('report.note')}</label>
        <p id="report-note-hint" class="hint">{t.t('report.noteHint')}</p>
        <textarea id="report-note" name="note" rows={4} maxlength={MAX_NOTE_LENGTH} dir="auto" aria-describedby="report-note-hint"></textarea>
        <label for="report-contact">{t.t('report.contact')}</label>
        <p id="report-contact-hint" class="hint">{t.t('report.contactHint')}</p>
        <input id="report-contact" name="contact" type="text" maxlength={MAX_CONTACT_LENGTH} dir="auto" autocomplete="email"
          autocapitalize="none" spellcheck={false} aria-describedby="report-contact-hint" />
        <p id="report-privacy" class="privacy">{t.t('report.privacy')}</p>
        <button type="submit" aria-describedby="report-privacy">{t.t('report.submit')}</button>
      </form>
    </details>
  );
}
