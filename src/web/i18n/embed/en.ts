/** @module English messages of the widget, the frame and the /embed page: kept apart from the page catalogues, which others edit (keys and {placeholders} as every language has them). */
export const embedEn = {
  'widget.labelOrg': 'Is it really {org}? Paste the link, email address, phone number or handle',
  'widget.notOurs': 'This is not an official channel of {org}.',
  'widget.fullAnswer': 'Full answer on Verify',
  'widget.newTab': '(opens in a new tab)',

  'embed.title': 'Put Verify on your site',
  'embed.intro': 'Let your visitors check a link, email address, phone number or handle without leaving your site: with a script and one element, or with a frame where scripts from other sites are not allowed.',
  'embed.options': 'Options',
  'embed.org': 'Organization',
  'embed.orgAny': 'Every organization',
  'embed.orgHint': 'With an organization, the widget only says whether a contact is one of its official channels.',
  'embed.lang': 'Language',
  'embed.compact': 'Compact: the verdict, one sentence and the link',
  'embed.update': 'Show the snippets',
  'embed.scriptTitle': 'With a script',
  'embed.scriptHelp': 'Paste these two lines where the widget should go. The script has no dependencies. If your site has a Content-Security-Policy, allow {origin} in script-src and connect-src, or give the script your nonce.',
  'embed.attributes': 'Attributes',
  'embed.attr.org': 'Answer for one organization only (its short name, as in the snippet).',
  'embed.attr.lang': 'The language: {languages}. Without it, the language of your page.',
  'embed.attr.api': 'The Verify server to ask. By default, the one the script comes from.',
  'embed.attr.compact': 'A smaller answer: the verdict, one sentence and the link.',
  'embed.events': 'After each answer the element sends a verify-result event, which bubbles out of its shadow root, with the answer in event.detail. Style it with CSS custom properties such as --verify-accent and with ::part().',
  'embed.frameTitle': 'With a frame',
  'embed.frameHelp': 'For sites that cannot run scripts from other sites. The frame works without JavaScript, and any site may show it.',
  'embed.frameLabel': 'Verify: is this contact official?',
  'embed.preview': 'Live preview',
};

export type EmbedKey = keyof typeof embedEn;
/** A catalogue of the embed messages: every key of the English one, translated. */
export type EmbedMessages = Record<EmbedKey, string>;
