/**
 * @module Common phishing forms built on every brand of the evaluation's registry (40 real brands):
 * each must be a lookalike naming its brand, so a rule tuned on one brand cannot quietly lose another.
 */
import { describe, expect, it } from 'vitest';
import { check, indexOf } from '../support/index.ts';
import { EVAL_REGISTRY } from './registry.ts';

const index = indexOf(EVAL_REGISTRY);

/** Each organization's first domain whose name has 5+ letters: shorter names are matched whole only. */
const brands = EVAL_REGISTRY.organizations.flatMap((o) => {
  const label = o.channels?.find((c) => c.kind === 'domain' && c.value.split('.')[0]!.length >= 5)?.value.split('.')[0];
  return label ? [{ slug: o.slug, name: label }] : [];
});

const LURES = ['support', 'login', 'secure', 'verify', 'wallet', 'help', 'account', 'airdrop', 'claim', 'recovery'];
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', i: 'і' };

/** The forms every brand is imitated in: lures around it, subdomain tricks, look-alike letters, slips beside a lure. */
function formsOf(name: string): string[] {
  const at = [...name].findIndex((ch) => CYRILLIC[ch]);
  return [
    ...LURES.flatMap((lure) => [`${name}-${lure}.com`, `${lure}-${name}.net`, `${name}${lure}.xyz`, `${name}.${lure}-center.com`]),
    `${name}.com-secure.xyz`,
    `${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}-login.com`,
    `${name.slice(0, 3)}${name[2]}${name.slice(3)}.com`,
    `${name}${name.at(-1)}support.com`,
    ...(at >= 0 ? [`${name.slice(0, at)}${CYRILLIC[name[at]!]}${name.slice(at + 1)}.com`] : []),
    `"${name[0]!.toUpperCase()}${name.slice(1)} Security" <alerts@random.example>`,
  ];
}

describe('common phishing forms of every brand in the evaluation registry', () => {
  it(`has brands to build them on (${brands.length})`, () => {
    expect(brands.length).toBeGreaterThanOrEqual(30);
  });

  it.each(brands)('$slug', ({ slug, name }) => {
    const missed = formsOf(name).filter((input) => {
      const answer = check(index, input);
      return answer.verdict !== 'lookalike' || !answer.matches.some((m) => m.organization.slug === slug);
    });
    expect(missed).toEqual([]);
  });
});
