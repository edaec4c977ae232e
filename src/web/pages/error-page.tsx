/** @module A page that could not be given: what went wrong in the reader's language, and the way back. */
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

/** `back` is where the way back leads: the check page unless the error came from somewhere more useful to return to. */
export function ErrorPage({ t, message, back = href('/', t.lang) }: { t: Translator; message: string; back?: string }) {
  return (
    <>
      <h1>{t.t('error.title')}</h1>
      <p class="error-message" role="alert">{message}</p>
      <p><a href={back}>{t.t('error.back')}</a></p>
    </>
  );
}
