/** @module Free email providers: anyone can pick an address there, whoever owns the domain. */

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'aol.com', 'icloud.com', 'me.com', 'mail.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'proton.me',
  'protonmail.com', 'pm.me', 'zoho.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'qq.com', '163.com', '126.com',
  'sina.com', 'naver.com', 'tutanota.com', 'tuta.io',
]);

/** Whether a registrable domain is a free email provider's, where an address says nothing of who holds it. */
export const isFreeMail = (registrable: string | null): boolean => registrable !== null && FREE_MAIL.has(registrable);
