/**
 * @module One contact found in an email (its sender, a Reply-To, a link, a number or a handle) with its own
 * verdict, told with the check page's parts: the verdict's words and icon, the highlighted difference, why it is a lookalike.
 */
import type { ContactVerdict } from '../../../core/email/contact-check.ts';
import type { Translator } from '../../i18n/index.ts';
import { kindName, Value } from '../channel.tsx';
import { Highlighted } from '../comparison.tsx';
import { LookalikeReasons } from '../lookalike-reasons.tsx';
import { summaryOf } from '../result-card.tsx';
import { VerdictIcon } from '../verdict-icon.tsx';

export interface ContactLineProps {
  t: Translator;
  /** A link also carries the text it shows. */
  contact: ContactVerdict & { text?: string };
  /** Unique in the page: names this contact's "why" section. */
  id: string;
}

export function ContactLine({ t, contact, id }: ContactLineProps) {
  const { verdict } = contact;
  const top = verdict === 'lookalike' ? contact.matches[0] : undefined;
  return (
    <div class="contact" data-verdict={verdict}>
      <p class="contact-head">
        <span class="contact-verdict"><VerdictIcon verdict={verdict} /><span>{t.t(`verdict.${verdict}`)}</span></span>
        {top?.comparison ? <Highlighted segments={top.comparison.contact} /> : <Value>{contact.input}</Value>}
      </p>
      {contact.text && contact.text !== contact.input ? <p class="shows">{t.t('email.contacts.shows')} <bdi>{contact.text}</bdi></p> : null}
      {/* "Not official" says it all for the many ordinary links of a message; the other verdicts have more to say. */}
      {verdict === 'not_official' ? null : <p class="contact-summary">{summaryOf(t, contact)}</p>}
      {top ? (
        <>
          <p class="imitates">
            {t.t('result.imitates')}: {kindName(t, top.channel)}: {top.comparison ? <Highlighted segments={top.comparison.official} /> : <Value>{top.channel.value}</Value>}
          </p>
          <LookalikeReasons t={t} matches={contact.matches} headingId={`${id}-why`} />
        </>
      ) : null}
    </div>
  );
}
