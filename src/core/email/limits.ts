/** @module The bounds on the work one message may cause: its size, the text scanned, and the contacts checked. */

/** The largest message accepted, as raw bytes (`message/rfc822`) or as the UTF-8 of JSON's `raw`. */
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

/**
 * Characters of each text body (the plain-text part, and the visible text of the HTML part) scanned for
 * written links, phone numbers and handles. Finding numbers costs about 1 ms per KB, so a message
 * cannot make the scan take seconds; real messages' text is far shorter.
 */
export const MAX_SCANNED_TEXT = 64 * 1024;

/** Characters of the HTML part read for links (`<a href>`, `<area href>`, `<form action>`) and visible text. */
export const MAX_SCANNED_HTML = 1024 * 1024;

/** Distinct contacts checked against the registry, per kind; the answer says how many more were found. */
export const MAX_CHECKED = { links: 100, phones: 20, handles: 20 } as const;

/** Anchor text longer than this is cut in answers: it is shown to say what a link displays, not to echo the message. */
export const MAX_LINK_TEXT = 200;

/** postal-mime's own guards, lower than its defaults: nobody nests real mail 50 deep. */
export const PARSER_LIMITS = { maxNestingDepth: 50, maxHeadersSize: 1024 * 1024, maxRfc822NestingDepth: 3 } as const;
