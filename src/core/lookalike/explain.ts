/** @module The words of an explanation: exactly which characters differ, and how. */
import { describeEdits, type Edit } from './describe-edits.ts';
import { describeCharacter } from './skeleton.ts';
import { substitutionKind, type SubstitutionKind } from './typo-rules.ts';

const q = (text: string) => `"${text}"`;

/** `"і" (U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I) in place of "i"`, one clause per difference; a capital of the same letter is none. */
export function homoglyphDifferences(lookalike: string, official: string): string {
  const a = [...lookalike];
  const b = [...official];
  if (a.length === b.length) {
    return a
      .flatMap((ch, i) => (ch === b[i] || ch.toLowerCase() === b[i] ? [] : [`${q(ch)} (${describeCharacter(ch)}) in place of ${q(b[i]!)}`]))
      .join(', ');
  }
  return describeEdits(official, lookalike)
    .map((e) => `${q(e.changed)}${[...e.changed].some((ch) => ch.codePointAt(0)! > 0x7f) ? ` (${[...e.changed].map(describeCharacter).join(', ')})` : ''} in place of ${q(e.original)}`)
    .join(', ');
}

const SUBSTITUTION_WORDS: Record<SubstitutionKind, string> = {
  'vowel swap': 'a vowel swap',
  'neighbouring key': 'a neighbouring key',
  'like shape': 'letters of like shape',
  'sound alike': 'letters that sound alike',
};

function typoClause(e: Edit, official: string): string {
  const before = official.slice(0, e.at);
  const after = before ? ` after ${q(before)}` : ' at the start';
  switch (e.kind) {
    case 'insertion':
      if (e.changed.length === 1 && (official[e.at - 1] === e.changed || official[e.at] === e.changed)) return `${q(e.changed)} doubled`;
      return `an extra ${q(e.changed)}${after}`;
    case 'deletion':
      return `${q(e.original)} left out${after}`;
    case 'transposition':
      return `${q(e.original)} swapped to ${q(e.changed)}`;
    case 'substitution': {
      const kind = e.original.length === 1 ? substitutionKind(e.original, e.changed) : null;
      return `${q(e.changed)} in place of ${q(e.original)}${kind ? ` (${SUBSTITUTION_WORDS[kind]})` : ''}`;
    }
  }
}

/** How many typos, in words: matched forms differ by one or two, but the text as written may differ by more ("wwwbinance"). */
const TYPO_COUNTS = ['no typos', 'one typo', 'two typos', 'three typos', 'four typos'];

/** `"binnance" is one typo away from "binance": an extra "n" after "bin"`. */
export function typoDifferences(lookalike: string, official: string, distance: number): string {
  const edits = describeEdits(official, lookalike, true);
  return `${q(lookalike)} is ${TYPO_COUNTS[distance] ?? 'several typos'} away from ${q(official)}: ${edits.map((e) => typoClause(e, official)).join(', ')}`;
}

/** The most typos `typoDifferences` counts in words. */
export const MAX_TYPOS_TOLD = TYPO_COUNTS.length - 1;

export const quote = q;
