/** @module The pages' languages, their catalogues, and the translator a page renders with. */
import { ar } from './ar.ts';
import { EMAIL_MESSAGES, type EmailMessageKey, type EmailMessages } from './email/index.ts';
import { en, type MessageKey as ContactMessageKey, type Messages } from './en.ts';
import { es } from './es.ts';
import { ptBR } from './pt-BR.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { vi } from './vi.ts';
import { zhCN } from './zh-CN.ts';

export type { Messages };
/** Every key a page may show: the contact catalogues' and the email mode's (email/). */
export type MessageKey = ContactMessageKey | EmailMessageKey;

/** In the order the switcher lists them; `name` is each language's name for itself. */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', messages: en },
  { code: 'zh-CN', name: '简体中文', dir: 'ltr', messages: zhCN },
  { code: 'es', name: 'Español', dir: 'ltr', messages: es },
  { code: 'ru', name: 'Русский', dir: 'ltr', messages: ru },
  { code: 'tr', name: 'Türkçe', dir: 'ltr', messages: tr },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr', messages: vi },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr', messages: ptBR },
  { code: 'ar', name: 'العربية', dir: 'rtl', messages: ar },
] as const satisfies ReadonlyArray<{ code: string; name: string; dir: 'ltr' | 'rtl'; messages: Messages }>;

export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: Language[] = LANGUAGES.map((l) => l.code);
export const DEFAULT_LANGUAGE: Language = 'en';

export interface Translator {
  lang: Language;
  dir: 'ltr' | 'rtl';
  /** The message with its {placeholders} filled: t('summary.official', { org: 'Binance' }). */
  t(key: MessageKey, params?: Record<string, string>): string;
  /** For keys made from codes (API errors, registry usages): the message, or `fallback` when the catalogue has no such key. */
  maybe(key: string, fallback: string, params?: Record<string, string>): string;
  /** An ISO date as this language writes it (dates in the registry are UTC days). */
  date(iso: string): string;
  /** "a, b, or c" in this language, as parts, so a page can mark up each item: Intl.ListFormat's formatToParts. */
  alternatives(items: string[]): Array<{ type: 'element' | 'literal'; value: string }>;
}

const translators = new Map<Language, Translator>();

/** The translator for a language, made once per language. */
export function translator(lang: Language): Translator {
  let made = translators.get(lang);
  if (!made) translators.set(lang, (made = createTranslator(lang)));
  return made;
}

function createTranslator(lang: Language): Translator {
  const language = LANGUAGES.find((l) => l.code === lang)!;
  const messages: Messages & EmailMessages = { ...language.messages, ...EMAIL_MESSAGES[lang] };
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(lang, { type: 'disjunction' });
  return {
    lang,
    dir: language.dir,
    t: (key, params) => fill(messages[key], params),
    maybe: (key, fallback, params) => (Object.hasOwn(messages, key) ? fill(messages[key as MessageKey], params) : fallback),
    date: (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : dates.format(time);
    },
    alternatives: (items) => lists.formatToParts(items),
  };
}

/** Replaces each {name} with its value; a placeholder without a value stays as written. */
export function fill(message: string, params: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
