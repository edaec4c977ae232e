/** @module Who sent the email: the name shown, the From address with its own verdict, where replies and bounces go, and who sent it on whose behalf. */
import type { EmailAnswer } from '../../../core/email/index.ts';
import type { Translator } from '../../i18n/index.ts';
import { Value } from '../channel.tsx';
import { Fact } from '../channel-facts.tsx';
import { ContactLine } from './contact-line.tsx';

export function EmailSender({ t, sender }: { t: Translator; sender: EmailAnswer['sender'] }) {
  return (
    <section class="email-sender" aria-labelledby="sender-title">
      <h3 id="sender-title">{t.t('email.sender.title')}</h3>
      <dl class="facts">
        {/* A display name is the sender's own words, in any script: isolated, never trusted. */}
        {sender.displayName ? <Fact term={t.t('email.sender.name')}><bdi>{sender.displayName}</bdi></Fact> : null}
        <Fact term={t.t('email.sender.address')}>
          {sender.from ? <ContactLine t={t} contact={sender.from} id="from" /> : <p>{t.t('email.sender.none')}</p>}
        </Fact>
        {sender.replyTo.length ? (
          <Fact term={t.t('email.sender.replyTo')}>
            <ul class="contact-list">{sender.replyTo.map((contact, i) => <li><ContactLine t={t} contact={contact} id={`reply-to-${i}`} /></li>)}</ul>
          </Fact>
        ) : null}
        {sender.sender ? <Fact term={t.t('email.sender.onBehalf')}><Value>{sender.sender}</Value></Fact> : null}
        {sender.returnPath ? <Fact term={t.t('email.sender.returnPath')}><Value>{sender.returnPath}</Value></Fact> : null}
      </dl>
    </section>
  );
}
