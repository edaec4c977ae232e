/**
 * @module The email form: paste the source or choose an .eml file, at most 5 MB. Without JavaScript it posts
 * multipart/form-data to /email; public/email-form.js reads a chosen or dropped file and answers in place.
 */
import { MAX_MESSAGE_BYTES } from '../../../core/email/index.ts';
import { messageLimit } from '../../format-size.ts';
import type { Translator } from '../../i18n/index.ts';
import { href } from '../../links.ts';
import { SourceHowTo } from './source-how-to.tsx';

/** `pasted`: the text sent back after a problem, so it can be fixed rather than pasted again. */
export function EmailForm({ t, pasted = '' }: { t: Translator; pasted?: string }) {
  const limit = messageLimit(t.lang);
  return (
    <form class="check-form email-form" method="post" action={href('/email', t.lang)} enctype="multipart/form-data" data-email-form
      data-checking={t.t('form.checking')} data-network-error={t.t('form.networkError')} data-max-bytes={String(MAX_MESSAGE_BYTES)}
      data-too-large={t.t('email.tooLarge', { size: limit })} data-file-ready={t.t('email.form.fileReady')} data-unreadable={t.t('email.form.fileUnreadable')}>
      <label for="raw">{t.t('email.form.label')}</label>
      <p id="raw-hint" class="hint">{t.t('email.form.hint', { size: limit })}</p>
      <SourceHowTo t={t} />
      {/* Headers are ASCII and read left to right whatever the page's direction. */}
      <textarea id="raw" name="raw" rows={8} dir="ltr" spellcheck={false} autocomplete="off" autocapitalize="none" aria-describedby="raw-hint">{pasted}</textarea>
      <label for="file">{t.t('email.form.file')}</label>
      <p id="file-hint" class="hint">{t.t('email.form.fileHint')}</p>
      <input id="file" name="file" type="file" accept=".eml,.txt,message/rfc822,text/plain" aria-describedby="file-hint file-status" />
      <p id="file-status" class="file-status" role="status"></p>
      <button type="submit">{t.t('email.form.submit')}</button>
      <p class="privacy">{t.t('email.privacy')}</p>
    </form>
  );
}
