/** @module The generated data modules are in sync with their sources (regenerate with npm run data:generate). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, UNICODE_DIR } from '../../src/tools/generated-files.ts';

describe('generated data', () => {
  // The Unicode files sit in ../shared beside the project; CI and developers have it, a bare copy of the repo may not.
  it.skipIf(!existsSync(UNICODE_DIR))('matches what the generator builds from the sources', () => {
    for (const { file, build } of GENERATED) {
      expect(readFileSync(file, 'utf8'), file.pathname).toBe(build());
    }
  });

  it('keeps the Unicode notice with the derived data', () => {
    for (const { file } of GENERATED.slice(0, 2)) {
      expect(readFileSync(file, 'utf8')).toContain('Copyright © 2025 Unicode, Inc., distributed under the Unicode License');
    }
  });

  it("keeps Chromium's copyright with its top domain list, and the license beside the list", () => {
    const topDomains = GENERATED.find(({ file }) => file.pathname.endsWith('top-domains.generated.ts'))!;
    expect(readFileSync(topDomains.file, 'utf8')).toContain('Copyright 2015 The Chromium Authors');
    const license = readFileSync(new URL('sources/chromium-LICENSE.txt', topDomains.file), 'utf8');
    expect(license).toContain('Redistributions of source code must retain the above copyright');
  });
});
