/** @module The copy-paste snippets /embed shows, and the frame's address: one place that writes the widget's attributes and the frame's parameters. */
import type { Language } from '../i18n/index.ts';

export interface EmbedOptions {
  /** An organization's slug: "is this one of ours?" for it alone. */
  org?: string;
  lang: Language;
  compact: boolean;
}

/** Suggested frame heights (px): room for the form and a full answer, or a compact one, before the frame scrolls. */
export const FRAME_HEIGHT = { full: 520, compact: 320 };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `/embed/frame?org=…&lang=…&compact=1` on `origin` ('' for a path on this site); `q` only for an answer. */
export function frameUrl(origin: string, { org, lang, compact }: EmbedOptions, q?: string): string {
  const query = new URLSearchParams();
  if (org) query.set('org', org);
  query.set('lang', lang);
  if (compact) query.set('compact', '1');
  if (q) query.set('q', q);
  return `${origin}/embed/frame?${query}`;
}

/** The module script and the element, as a site pastes them. */
export function widgetSnippet(origin: string, { org, lang, compact }: EmbedOptions): string {
  const attributes = [org ? ` org="${escapeAttribute(org)}"` : '', ` lang="${lang}"`, compact ? ' compact' : ''].join('');
  return `<script type="module" src="${origin}/widget.js"></script>\n<verify-widget${attributes}></verify-widget>`;
}

/** The iframe, for sites that run no scripts from other sites; `title` names it for screen readers. */
export function frameSnippet(origin: string, options: EmbedOptions, title: string): string {
  const height = options.compact ? FRAME_HEIGHT.compact : FRAME_HEIGHT.full;
  return `<iframe src="${escapeAttribute(frameUrl(origin, options))}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
