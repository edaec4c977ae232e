/** @module The language switcher: plain links (no script needed), each language named in itself, the current one marked. */
import { LANGUAGES, type Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

/**
 * `path` and `params` say where each link leads: the same page in another language (a result keeps its
 * input, so it is answered again in the new language).
 */
export function LanguageSwitcher({ t, path, params = {} }: { t: Translator; path: string; params?: Record<string, string | undefined> }) {
  const current = LANGUAGES.find((l) => l.code === t.lang)!;
  return (
    <details class="languages">
      <summary>
        <span class="sr-only">{t.t('nav.language')}: </span>
        <span lang={current.code}>{current.name}</span>
      </summary>
      <nav aria-label={t.t('nav.language')}>
        <ul>
          {LANGUAGES.map((l) => (
            <li>
              <a href={href(path, l.code, params)} lang={l.code} hreflang={l.code} dir={l.dir}
                aria-current={l.code === t.lang ? 'true' : undefined}>{l.name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
