/** @module Free email providers: anyone can pick an address there, whoever owns the domain, and names written from such addresses. */

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'aol.com', 'icloud.com', 'me.com', 'mail.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'proton.me',
  'protonmail.com', 'pm.me', 'zoho.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'qq.com', '163.com', '126.com',
  'sina.com', 'naver.com', 'tutanota.com', 'tuta.io',
]);

/** Whether a registrable domain is a free email provider's, where an address says nothing of who holds it. */
export const isFreeMail = (registrable: string | null): boolean => registrable !== null && FREE_MAIL.has(registrable);

/** Free mail domains written without their dot ("gmailcom"), as a name written out of an address shows them. */
const FREE_MAIL_JOINED = new Map([...FREE_MAIL].map((domain) => [domain.replace('.', ''), domain]));

/**
 * The free mail domain a site's name on a platform ends with, written out after a mailbox's name
 * ("arthurbtabone-gmail-com", "itssanv-gmailcom"), else null: platforms name a new store, app or team
 * after its owner's e-mail address (Shopify, Vercel), which names the mail provider as the address's.
 * `name`: the publisher's part, its labels in front of the platform.
 */
export function mailboxDomainEnding(name: string): string | null {
  const words = name.slice(name.lastIndexOf('.') + 1).split('-');
  const last = words[words.length - 1]!;
  const joined = FREE_MAIL_JOINED.get(last);
  if (joined !== undefined) return words.length >= 2 ? joined : null;
  const written = `${words[words.length - 2]}.${last}`;
  return words.length >= 3 && FREE_MAIL.has(written) ? written : null;
}
