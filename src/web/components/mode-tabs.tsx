/** @module The two ways to check, as plain links styled as tabs (no script needed): one contact, or a whole email. */
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

export type Mode = 'contact' | 'email';

const MODES = [
  { mode: 'contact', path: '/', label: 'mode.contact' },
  { mode: 'email', path: '/email', label: 'mode.email' },
] as const;

export function ModeTabs({ t, current }: { t: Translator; current: Mode }) {
  return (
    <nav class="modes" aria-label={t.t('mode.label')}>
      <ul>
        {MODES.map((m) => (
          <li><a href={href(m.path, t.lang)} aria-current={m.mode === current ? 'page' : undefined}>{t.t(m.label)}</a></li>
        ))}
      </ul>
    </nav>
  );
}
