/** @module The HTML body as a reader meets it: each link's target with the text it shows, and the visible text around them. */
import { Parser } from 'htmlparser2';
import { MAX_SCANNED_HTML, MAX_SCANNED_TEXT } from './limits.ts';

export interface Anchor {
  /** The target as written in `href` (or a form's `action`), entities decoded. */
  href: string;
  /** The text the link shows, white space collapsed; empty for image links, image-map areas and forms. */
  text: string;
}

export interface HtmlContent {
  anchors: Anchor[];
  /** Visible text outside links, for written links, numbers and handles. */
  text: string;
  /** Whether the HTML or its text was longer than what is read (limits.ts). */
  truncated: boolean;
}

/** Never shown by a mail app. */
const HIDDEN = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
/** Elements that end a line, so words on either side are not run together. */
const BLOCK = new Set(['p', 'div', 'br', 'tr', 'td', 'th', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'blockquote', 'hr']);
/** More anchors than any real message has; past this they are not collected. */
const MAX_ANCHORS = 5000;
/** Enough to compare what a link shows with where it goes: no address is longer. */
const MAX_ANCHOR_TEXT = 2048;

/** Reads up to MAX_SCANNED_HTML characters; htmlparser2 recovers from broken markup as browsers do, and never throws on it. */
export function readHtml(html: string): HtmlContent {
  const anchors: Anchor[] = [];
  let text = '';
  let hidden = 0;
  let anchor: Anchor | null = null;
  let truncated = html.length > MAX_SCANNED_HTML;
  const addText = (piece: string) => {
    if (text.length >= MAX_SCANNED_TEXT) truncated = true;
    else text += piece;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) addText('\n');
        const target = name === 'a' || name === 'area' ? attributes.href : name === 'form' ? attributes.action : undefined;
        if (target === undefined || hidden || anchors.length >= MAX_ANCHORS) return;
        const found = { href: target.trim(), text: '' };
        anchors.push(found);
        if (name === 'a') anchor = found;
      },
      ontext(piece) {
        if (hidden) return;
        if (anchor) {
          if (anchor.text.length < MAX_ANCHOR_TEXT) anchor.text += piece;
        }
        else addText(piece);
      },
      onclosetag(name) {
        if (HIDDEN.has(name) && hidden > 0) hidden--;
        if (name === 'a' && anchor) {
          anchor.text = anchor.text.replace(/\s+/g, ' ').trim();
          anchor = null;
        }
        if (BLOCK.has(name)) addText('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, MAX_SCANNED_HTML));
  parser.end();
  return { anchors, text, truncated };
}
