/** @module How to get a message's full source in Gmail, Outlook, Apple Mail and Proton (README, "How to get a message's full source"), in the reader's language. */
import type { MessageKey, Translator } from '../../i18n/index.ts';

/** App names are brands: shown as written in every language. */
const APPS: Array<{ name: string; steps: MessageKey }> = [
  { name: 'Gmail', steps: 'email.howto.gmail' },
  { name: 'Outlook', steps: 'email.howto.outlook' },
  { name: 'Apple Mail', steps: 'email.howto.apple' },
  { name: 'Proton Mail', steps: 'email.howto.proton' },
];

/** Menu names are written **like this** in the catalogues: each becomes <strong>, every part still escaped. */
function Steps({ text }: { text: string }) {
  return <>{text.split('**').map((part, i) => (i % 2 ? <strong>{part}</strong> : part))}</>;
}

export function SourceHowTo({ t }: { t: Translator }) {
  return (
    <details class="how-to">
      <summary>{t.t('email.howto.title')}</summary>
      <p>{t.t('email.howto.intro')}</p>
      <dl>
        {APPS.map((app) => (
          <div>
            <dt>{app.name}</dt>
            <dd><Steps text={t.t(app.steps)} /></dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
