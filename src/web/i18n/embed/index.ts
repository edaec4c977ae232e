/** @module The embed messages per language, and a page translator that also speaks them. */
import { toOfferedVariant } from '../detect-language.ts';
import { DEFAULT_LANGUAGE, fill, LANGUAGE_CODES, translator, type Language, type Translator } from '../index.ts';
import { embedAr } from './ar.ts';
import { embedEn, type EmbedKey, type EmbedMessages } from './en.ts';
import { embedEs } from './es.ts';
import { embedPtBR } from './pt-BR.ts';
import { embedRu } from './ru.ts';
import { embedTr } from './tr.ts';
import { embedVi } from './vi.ts';
import { embedZhCN } from './zh-CN.ts';

export type { EmbedKey, EmbedMessages };

export const EMBED_MESSAGES: Record<Language, EmbedMessages> = {
  en: embedEn,
  'zh-CN': embedZhCN,
  es: embedEs,
  ru: embedRu,
  tr: embedTr,
  vi: embedVi,
  'pt-BR': embedPtBR,
  ar: embedAr,
};

export interface EmbedTranslator extends Translator {
  /** An embed message with its {placeholders} filled. */
  embed(key: EmbedKey, params?: Record<string, string>): string;
}

/** The page translator for `lang`, with the embed messages beside the page ones. */
export function embedTranslator(lang: Language): EmbedTranslator {
  const messages = EMBED_MESSAGES[lang];
  return { ...translator(lang), embed: (key, params) => fill(messages[key], params) };
}

/**
 * The offered language closest to a BCP 47 tag the widget sends (its `lang`, the page's, or the browser's):
 * the exact one, another variant of Chinese or Portuguese, the same language in another region, else English.
 * @example matchLanguage('es-MX') === 'es'; matchLanguage('zh-TW') === 'zh-CN'; matchLanguage('de') === 'en'
 */
export function matchLanguage(tag: string | undefined): Language {
  if (!tag) return DEFAULT_LANGUAGE;
  const wanted = toOfferedVariant(tag).toLowerCase();
  const primary = wanted.split('-')[0];
  return LANGUAGE_CODES.find((code) => code.toLowerCase() === wanted)
    ?? LANGUAGE_CODES.find((code) => code.toLowerCase() === primary)
    ?? DEFAULT_LANGUAGE;
}
