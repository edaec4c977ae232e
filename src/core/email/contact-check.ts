/** @module Each contact found in a message, through the same parsing and verdict as /api/v1/check, checked once per normalized contact. */
import { parseContact } from '../input/index.ts';
import type { RegistryIndex } from '../registry/registry-index.ts';
import type { ParseOptions } from '../types.ts';
import { checkContact, invalidAnswer, type CheckAnswer } from '../verdict.ts';

/** A verdict as the email answer shows it: the organization's advice, the registry version and the time are said once, at the top. */
export type ContactVerdict = Omit<CheckAnswer, 'advice' | 'registry' | 'checkedAt'>;

export type ContactChecker = (input: string, options?: ParseOptions) => ContactVerdict;

function compact({ advice: _advice, registry: _registry, checkedAt: _checkedAt, ...verdict }: CheckAnswer): ContactVerdict {
  return verdict;
}

/**
 * A checker for one message: the same link host or number met again (with another path, say) costs a
 * map read, not another lookalike search.
 */
export function createContactChecker(index: RegistryIndex, now: Date): ContactChecker {
  const cache = new Map<string, CheckAnswer>();
  return function checkFound(input, options = {}) {
    const contact = parseContact(input, options);
    if (!contact.ok) return compact(invalidAnswer(index, input, contact.problem, now));
    const key = JSON.stringify(contact.value);
    let answer = cache.get(key);
    if (!answer) cache.set(key, (answer = checkContact(index, input, contact.value, now)));
    return { ...compact(answer), input };
  };
}
