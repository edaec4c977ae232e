/**
 * @module A brand written with its vowels left out ("ldgr", "mcrsft", "twtr"), as a word of a domain
 * that shows other signs of phishing.
 */
import { consonantFrame, VOWELS } from './consonant-frames.ts';
import { quote } from './explain.ts';
import { keptTargetsOf, type Context } from './report.ts';

/**
 * Consonants such a word needs: with fewer ("krk", "bnb") it is any abbreviation; four are rare as a
 * word of their own ("ldgr" for ledger, "twtr" for Twitter, the way tickers and handles shorten names).
 */
const MIN_CONSONANTS = 4;

/**
 * Words written without vowels in their own right, which the web's names use as they are: file types,
 * protocols and markup ("html-login" is a tutorial, not Hotmail).
 */
const OWN_WORDS = new Set(['html', 'xhtml', 'http', 'https', 'smtp', 'sftp', 'pptx', 'docx', 'xlsx', 'grpc']);

/**
 * The words of `name` (between its dots and hyphens, digits at their ends aside: "mcrsft030") written
 * without a vowel that are an official name's consonants in order, by sound ("c" and "k" one, a doubled
 * letter once): "ldgr" in "doc-ldgr-live-ewl.pages.dev". Read only when nothing else was found, and
 * only beside the contact's evidence (a lure, a platform anyone can publish on, digits among letters,
 * a TLD phishers favour): a name may be shortened so honestly too. A warning, as a likeness this loose is.
 * Only an organization's own names, not its aliases (see below).
 */
export function inspectVowelless(ctx: Context, name: string): void {
  // Read in place: nearly every word has a vowel in its first letters, so nothing is cut out or matched.
  for (let start = 0; start < name.length; ) {
    let end = start;
    while (end < name.length && name[end] !== '.' && name[end] !== '-') end++;
    const letters = vowellessLetters(name, start, end);
    start = end + 1;
    if (letters === null || OWN_WORDS.has(letters)) continue;
    const frame = consonantFrame(letters)?.frame;
    if (!frame || frame.length < MIN_CONSONANTS) continue;
    const clause = ctx.evidence.clause;
    if (clause === null) return;
    for (const nameId of ctx.index.frames.namesFramed(frame)) {
      // An organization's own name or address, not an alias ("hotmail"): an alias shortened is yet another name.
      const official = ctx.index.nameRaw(nameId);
      if (ctx.index.isAlias(nameId) || consonantFrame(official)?.frame !== frame) continue;
      const told = `${quote(letters)} is ${quote(official)} with its vowels left out, ${clause}`;
      for (const target of keptTargetsOf(ctx, nameId)) ctx.findings.add(target, 'typo', told, 0.7);
    }
  }
}

/**
 * The word name[start, end), digits at its ends aside, when it has MIN_CONSONANTS+ letters from a to z
 * and none of them a vowel; null otherwise.
 */
function vowellessLetters(name: string, start: number, end: number): string | null {
  while (start < end && isDigit(name.charCodeAt(start))) start++;
  while (end > start && isDigit(name.charCodeAt(end - 1))) end--;
  if (end - start < MIN_CONSONANTS) return null;
  for (let i = start; i < end; i++) {
    const ch = name[i]!;
    if (ch < 'a' || ch > 'z' || VOWELS.has(ch)) return null;
  }
  return name.slice(start, end);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
