/** @module A page that could not be given: what went wrong in the reader's language, and the way back. */
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

export function ErrorPage({ t, message }: { t: Translator; message: string }) {
  return (
    <>
      <h1>{t.t('error.title')}</h1>
      <p class="error-message" role="alert">{message}</p>
      <p><a href={href('/', t.lang)}>{t.t('error.back')}</a></p>
    </>
  );
}
