/** @module A registry index built straight from registry JSON, for tests of the pure lookup path. */
import { parseContact } from '../../src/core/input/index.ts';
import { readRegistryFile } from '../../src/core/registry/file.ts';
import { RegistryIndex } from '../../src/core/registry/registry-index.ts';
import type { ParseOptions } from '../../src/core/types.ts';
import { checkContact, type CheckAnswer } from '../../src/core/verdict.ts';

export function indexOf(json: unknown): RegistryIndex {
  const read = readRegistryFile(json);
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));
  return new RegistryIndex({ version: 1, issuedAt: '2026-01-01T00:00:00.000Z' }, 'test', read.content);
}

/** The verdict on one input, as the API would give it. */
export function check(index: RegistryIndex, input: string, options: ParseOptions = {}): CheckAnswer {
  const contact = parseContact(input, options);
  if (!contact.ok) throw new Error(`${input}: ${contact.problem.message}`);
  return checkContact(index, input, contact.value, new Date('2026-11-25T00:00:00Z'));
}
