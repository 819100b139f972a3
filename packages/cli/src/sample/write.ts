/**
 * Writes the committed sample spaces: `packages/cli/sample/space.json` (Northshire) and
 * `packages/cli/sample/invalid-space.json`. Run after changing the model or the sample:
 *
 *     node --conditions=source --import tsx packages/cli/src/sample/write.ts
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildInvalidSpace, buildSampleSpace, serialiseSpace } from './index.js';

/** Where the committed sample files live. */
export const SAMPLE_FILES = {
  space: fileURLToPath(new URL('../../sample/space.json', import.meta.url)),
  invalid: fileURLToPath(new URL('../../sample/invalid-space.json', import.meta.url)),
} as const;

/** Writes both sample files and returns their paths. */
export async function writeSampleFiles(): Promise<string[]> {
  await writeFile(SAMPLE_FILES.space, serialiseSpace(buildSampleSpace()));
  await writeFile(SAMPLE_FILES.invalid, serialiseSpace(buildInvalidSpace()));
  return [SAMPLE_FILES.space, SAMPLE_FILES.invalid];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of await writeSampleFiles()) console.log(`Wrote ${file}`);
}
