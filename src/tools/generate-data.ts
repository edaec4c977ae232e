/** @module `npm run data:generate`: rewrites src/core/lookalike/data/*.generated.ts from their sources. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED } from './generated-files.ts';

for (const { file, build } of GENERATED) {
  writeFileSync(file, build());
  console.log(`wrote ${fileURLToPath(file)}`);
}
