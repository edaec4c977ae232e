/** @module Every link, phone number and handle found in the email, each with its own verdict, grouped by kind. */
import type { EmailAnswer } from '../../../core/email/index.ts';
import type { Translator } from '../../i18n/index.ts';
import { ContactLine } from './contact-line.tsx';

const GROUPS = [
  { key: 'links', title: 'email.contacts.links' },
  { key: 'phones', title: 'email.contacts.phones' },
  { key: 'handles', title: 'email.contacts.handles' },
] as const;

export function FoundContacts({ t, answer }: { t: Translator; answer: EmailAnswer }) {
  const found = GROUPS.filter((g) => answer[g.key].length);
  return (
    <section class="found-contacts" aria-labelledby="contacts-title">
      <h3 id="contacts-title">{t.t('email.contacts.title')}</h3>
      {found.length ? null : <p>{t.t('email.contacts.none')}</p>}
      {found.map((g) => (
        <>
          <h4>{t.t(g.title)}</h4>
          <ul class="contact-list">
            {answer[g.key].map((contact, i) => <li><ContactLine t={t} contact={contact} id={`${g.key}-${i}`} /></li>)}
          </ul>
        </>
      ))}
    </section>
  );
}
