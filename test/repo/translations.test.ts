// Every family-facing string is translated, and the translation file is current: lit-localize's
// own extractor runs over the widgets' sources (as a translator's `npx lit-localize extract` does,
// but into an empty temporary xliff folder), and every message it finds must already have a
// Polish target in the committed file. Two messages that share an id with different text or
// descriptions make the extractor fail, which is caught here rather than by the next translator.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const widgets = join(root, 'packages/widgets');
const require = createRequire(import.meta.url);

/** The ids of the trans-units in an xliff file, with whether each has a non-empty target. */
function transUnits(xliff: string): Map<string, boolean> {
  const units = new Map<string, boolean>();
  for (const match of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    units.set(match[1]!, /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(match[2]!));
  }
  return units;
}

describe('translations (packages/widgets/xliff)', () => {
  it('extracts without clashes, and every message in the sources has a Polish translation', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fh-xliff-'));
    const cleanUp = [folder];
    try {
      const config = JSON.parse(readFileSync(join(widgets, 'lit-localize.json'), 'utf8')) as Record<string, unknown> & { interchange: Record<string, unknown> };
      // The config sits next to the real one (its paths are relative to its own folder); only the
      // xliff folder it writes to is the temporary one, empty, so every message found is new there.
      const configFile = join(widgets, `.lit-localize.test-${process.pid}.json`);
      writeFileSync(configFile, JSON.stringify({ ...config, interchange: { ...config.interchange, xliffDir: join(folder, 'xliff') } }));
      cleanUp.push(configFile);
      const cli = join(dirname(require.resolve('@lit/localize-tools/package.json')), 'bin/lit-localize.js');
      const run = spawnSync(process.execPath, [cli, 'extract', '--config', configFile], { cwd: widgets, encoding: 'utf8' });
      assert.equal(run.status, 0, `lit-localize extract failed:\n${run.stdout}\n${run.stderr}`);

      const extracted = transUnits(readFileSync(join(folder, 'xliff/pl.xlf'), 'utf8'));
      const committed = transUnits(readFileSync(join(widgets, 'xliff/pl.xlf'), 'utf8'));
      assert.ok(extracted.size > 100, `the extractor found only ${extracted.size} messages`);
      const missing = [...extracted.keys()].filter((id) => !committed.get(id));
      assert.deepEqual(missing, [], 'messages without a Polish <target> in xliff/pl.xlf: run `npx lit-localize extract` in packages/widgets and translate them');
    } finally {
      for (const path of cleanUp) rmSync(path, { recursive: true, force: true });
    }
  });
});
