/** @module Choosing a page's language: `?lang=`, then Accept-Language, then English (hono's language detector). */
import type { MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from './index.ts';

/**
 * Chinese and Portuguese are offered in one variant each: a reader of another variant (zh-TW, pt-PT,
 * plain "zh") is better served by it than by English.
 */
export function toOfferedVariant(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR';
  return tag;
}

const detect = languageDetector({
  supportedLanguages: LANGUAGE_CODES,
  fallbackLanguage: DEFAULT_LANGUAGE,
  order: ['querystring', 'header'],
  lookupQueryString: 'lang',
  convertDetectedLanguage: toOfferedVariant,
  // No cookie: the choice travels in the links and the form (`?lang=`), so nothing is stored on the reader's device.
  caches: false,
});

/** Sets `c.get('language')`; the answer varies with Accept-Language, which caches must know. */
export const detectLanguage: MiddlewareHandler = async function detectPageLanguage(c, next) {
  await detect(c, async () => {
    await next();
    c.header('Vary', 'Accept-Language', { append: true });
  });
};
