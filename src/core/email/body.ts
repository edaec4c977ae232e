/** @module Every link, phone number and handle in the text and HTML bodies, each with its verdict, within the limits per message. */
import type { ContactChecker, ContactVerdict } from './contact-check.ts';
import { contactFinding, type Place } from './contact-findings.ts';
import type { FindingList } from './findings.ts';
import { readHtml, type Anchor } from './html.ts';
import { MAX_CHECKED, MAX_SCANNED_TEXT } from './limits.ts';
import { cut, linkTextFinding } from './link-text.ts';
import type { ParsedEmail } from './parse-message.ts';
import { findWrittenContacts, type WrittenHandle } from './written-contacts.ts';

export type Source = 'html' | 'text';
export type FoundContact = ContactVerdict & { source: Source; text?: string };

export interface Counted {
  found: number;
  checked: number;
}

export interface BodyJudgement {
  links: FoundContact[];
  phones: FoundContact[];
  handles: FoundContact[];
  counts: { links: Counted; phones: Counted; handles: Counted };
  /** Whether a body was longer than what is scanned (limits.ts). */
  truncated: boolean;
}

interface Candidate {
  input: string;
  source: Source;
  text?: string;
  options: Parameters<ContactChecker>[1];
}

/** Link targets a person can follow: not anchors (#), relative paths, cid: images or javascript:. */
const FOLLOWABLE = /^(https?:|mailto:|tel:|sms:|callto:|tg:|whatsapp:|www\.)/i;

/** Distinct candidates in the order found; the first `max` are checked, each giving its finding. */
function checkDistinct(place: Place, candidates: Candidate[], key: (c: Candidate) => string, max: number, check: ContactChecker, findings: FindingList) {
  const distinct = new Map<string, Candidate>();
  for (const c of candidates) if (!distinct.has(key(c))) distinct.set(key(c), c);
  const checked = [...distinct.values()].slice(0, max).map(({ input, source, text, options }): FoundContact => {
    const verdict = check(input, options);
    const finding = contactFinding(place, verdict);
    if (finding) findings.add(finding);
    return { ...verdict, source, ...(text ? { text: cut(text) } : {}) };
  });
  return { checked, counts: { found: distinct.size, checked: checked.length } };
}

export function judgeBody(email: ParsedEmail, check: ContactChecker, options: { country?: string; verifiedOfficialSender: boolean }, findings: FindingList): BodyJudgement {
  const html = email.html ? readHtml(email.html) : { anchors: [] as Anchor[], text: '', truncated: false };
  const plain = email.text ?? '';
  const texts: Array<{ source: Source; text: string }> = [
    { source: 'html', text: html.text },
    { source: 'text', text: plain.slice(0, MAX_SCANNED_TEXT) },
  ];
  const country = options.country;
  const links: Candidate[] = html.anchors.filter((a) => FOLLOWABLE.test(a.href)).map((a) => ({ input: a.href, source: 'html', text: a.text, options: { country } }));
  const phones: Candidate[] = [];
  const handles: Candidate[] = [];
  for (const { source, text } of texts) {
    const written = findWrittenContacts(text, country);
    links.push(...written.links.map((input): Candidate => ({ input, source, options: { country } })));
    phones.push(...written.phones.map((input): Candidate => ({ input, source, options: { type: 'phone', country } })));
    handles.push(...written.handles.map(({ handle, platform }: WrittenHandle): Candidate => ({ input: handle, source, options: { type: 'social', ...(platform ? { platform } : {}) } })));
  }
  const l = checkDistinct('link', links, (c) => c.input, MAX_CHECKED.links, check, findings);
  const p = checkDistinct('phone', phones, (c) => c.input.replace(/[^\d+]/g, ''), MAX_CHECKED.phones, check, findings);
  const h = checkDistinct('handle', handles, (c) => `${c.options?.platform ?? ''}|${c.input.toLowerCase()}`, MAX_CHECKED.handles, check, findings);
  for (const anchor of html.anchors) {
    const finding = linkTextFinding(anchor, check, options.verifiedOfficialSender);
    if (finding) findings.add(finding);
  }
  return {
    links: l.checked,
    phones: p.checked,
    handles: h.checked,
    counts: { links: l.counts, phones: p.counts, handles: h.counts },
    truncated: html.truncated || plain.length > MAX_SCANNED_TEXT,
  };
}
