/** @module A brand cut short or respelled beside the word of one of its own products ("trez-bridge", "ldgrei-live"). */
import { describe, expect, it } from 'vitest';
import { check, indexOf } from '../support/index.ts';
import { EVAL_REGISTRY } from './registry.ts';

const index = indexOf(EVAL_REGISTRY);
/** Matches told by this reading: the brand's letters beside its product's word. */
const besideProduct = (input: string) => check(index, input).matches.filter((m) => /, as in its product "[^"]+"\.$/.test(m.explanation));

describe('a brand cut short or respelled beside its product word', () => {
  it.each([
    // Trezor's "trezor suite" and "trezor bridge", Ledger's "ledger live" (the evaluation registry's aliases).
    ['bridge-eng-trez.framer.media', 'trezor', '"trez", "trezor" cut short, beside "bridge", as in its product "trezor bridge"'],
    ['app-suit-trez-x.pages.dev', 'trezor', '"trez", "trezor" cut short, beside "suit", as in its product "trezor suite"'],
    ['webs-app--suite-trzer.webflow.io', 'trezor', '"trzer", "trezor" respelled, beside "suite"'],
    ['desktp--ldgrei-live.webflow.io', 'ledger', '"ldgrei", "ledger" respelled, beside "live"'],
    // Run into the word, before or after it.
    ['ledglivewalt.gitbook.io', 'ledger', '"ledg", "ledger" cut short, beside "live"'],
    // A word of its own when it is the brand cut short: "ledge" of ledger.
    ['blog-ledgelivein.webflow.io', 'ledger', '"ledge", "ledger" cut short, beside "live"'],
    // Not only on platforms anyone can publish on.
    ['live-ledg.com', 'ledger', '"ledg", "ledger" cut short, beside "live"'],
  ])('reads %s as %s', (input, slug, told) => {
    const [match] = besideProduct(input);
    expect(match?.organization.slug).toBe(slug);
    expect(match?.severity).toBe('warning');
    expect(match?.explanation).toContain(told);
  });

  it.each([
    // Another word with the brand's first consonants: a lodge is no ledger cut short.
    'lodge-live.com',
    // Too few letters, or another first letter.
    'tre-suite.com',
    'etrz-bridge.com',
    // The brand's consonants and more than one other: a word of its own.
    'trezbrandz-suite.com',
    // The product's word alone.
    'live-stream-tickets.com',
  ])('leaves %s alone', (input) => {
    expect(besideProduct(input)).toEqual([]);
  });

  it('needs the organization to name a product after itself', () => {
    // The lookalike tests' registry names Ledger without "ledger live".
    const plain = indexOf({ organizations: [{ slug: 'ledger', name: 'Ledger', channels: [{ kind: 'domain', value: 'ledger.com' }] }] });
    expect(check(plain, 'live-ledg.com').verdict).toBe('not_official');
    expect(check(index, 'live-ledg.com').verdict).toBe('lookalike');
  });
});
