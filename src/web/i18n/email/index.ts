/** @module The email mode's catalogues by language, merged into each page's translator; kept apart from the contact catalogues so each grows on its own. */
import type { Language } from '../index.ts';
import { emailAr } from './ar.ts';
import { emailEn, type EmailMessages } from './en.ts';
import { emailEs } from './es.ts';
import { emailPtBR } from './pt-BR.ts';
import { emailRu } from './ru.ts';
import { emailTr } from './tr.ts';
import { emailVi } from './vi.ts';
import { emailZhCN } from './zh-CN.ts';

export type { EmailMessageKey, EmailMessages } from './en.ts';

export const EMAIL_MESSAGES: Record<Language, EmailMessages> = {
  en: emailEn,
  'zh-CN': emailZhCN,
  es: emailEs,
  ru: emailRu,
  tr: emailTr,
  vi: emailVi,
  'pt-BR': emailPtBR,
  ar: emailAr,
};
