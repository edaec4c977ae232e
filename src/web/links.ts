/** @module The pages' own addresses, each carrying the reader's language so a choice made in the switcher stays. */
import type { Language } from './i18n/index.ts';

/** A path on this site with `lang` and any other parameters, empty ones left out: href('/', 'ar', { q: 'x' }) is '/?lang=ar&q=x'. */
export function href(path: string, lang: Language, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams({ lang });
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return `${path}?${query}`;
}

export const orgHref = (slug: string, lang: Language) => href(`/org/${encodeURIComponent(slug)}`, lang);
