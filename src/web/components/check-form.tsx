/** @module The one field that takes any contact, the platform for a bare @handle, and the button: a plain form post that the page's script may answer in place. */
import { platformName } from '../../core/input/social/index.ts';
import { PLATFORMS } from '../../core/types.ts';
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

/** The API's own limit on an input; the field says it before the server has to. */
const MAX_INPUT = 2048;

/** Platforms in alphabetical order of their names, as a person looks for them. */
const PLATFORM_OPTIONS = [...PLATFORMS].map((code) => ({ code, name: platformName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** What the field takes, shown as written whatever the page's language and direction. */
const EXAMPLES = ['https://…', 'name@example.com', '+1 415 555 0100', '@name'];

/** "For example: …", each example isolated so a right-to-left sentence does not reorder it. */
function Hint({ t }: { t: Translator }) {
  const [before, after = ''] = t.t('form.hint').split('{examples}');
  return (
    <p id="q-hint" class="hint">
      {before}
      {t.alternatives(EXAMPLES).map((part) => (part.type === 'element' ? <bdi dir="ltr">{part.value}</bdi> : part.value))}
      {after}
    </p>
  );
}

export function CheckForm({ t, input = '', platform = '' }: { t: Translator; input?: string; platform?: string }) {
  return (
    <form class="check-form" method="post" action={href('/', t.lang)} data-check-form
      data-checking={t.t('form.checking')} data-network-error={t.t('form.networkError')}>
      <label for="q">{t.t('form.label')}</label>
      <Hint t={t} />
      <input id="q" name="q" type="text" value={input} required maxlength={MAX_INPUT} dir="auto"
        autocomplete="off" autocapitalize="none" spellcheck={false} aria-describedby="q-hint" />
      <label for="platform">{t.t('form.platform')}</label>
      <select id="platform" name="platform">
        <option value="" selected={!platform}>{t.t('form.platformAny')}</option>
        {PLATFORM_OPTIONS.map((p) => <option value={p.code} selected={p.code === platform}>{p.name}</option>)}
      </select>
      <button type="submit">{t.t('form.submit')}</button>
    </form>
  );
}
