// The CDN build drops editor-only text (field help, content type descriptions) from the
// content-type definitions and nothing else: run through real rollup with the plugin, a definition
// module keeps its fields, names and computed calls, and loses only literal help and descriptions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { stripEditorMetadata } from '../../scripts/strip-editor-metadata.mjs';

const DEFINITION = `
const helped = [];
const field = {
  symbol: (name) => ({ name, required() { return this; }, help(text) { helped.push(text); return this; } }),
};
function defineContentType(definition) { return definition; }
const computed = 'Help from ' + 'a variable';
export const type = defineContentType({
  id: 'example',
  name: 'Example',
  description: 'Shown to editors only.',
  fields: {
    title: field.symbol('Title').help('Literal help').required(),
    summary: field.symbol('Summary').required().help(\`A template literal\`),
    note: field.symbol('Note').help(computed),
  },
});
export { helped };
`;

async function bundle(id: string): Promise<{ code: string; stats: { help: number; descriptions: number } }> {
  const stats = { help: 0, descriptions: 0 };
  const build = await rollup({ input: id, plugins: [stripEditorMetadata(stats)] });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return { code: output[0].code, stats };
}

describe('stripEditorMetadata (CDN build)', () => {
  it('removes literal help texts and descriptions from model definitions, keeping fields, names and computed help', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fh-strip-'));
    try {
      const file = join(dir, 'packages/content/dist/model/example.js');
      mkdirSync(join(dir, 'packages/content/dist/model'), { recursive: true });
      writeFileSync(file, DEFINITION);
      const { code, stats } = await bundle(file);
      assert.deepEqual(stats, { help: 2, descriptions: 1 });
      assert.doesNotMatch(code, /Literal help|A template literal|Shown to editors/);
      const loaded = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
        type: { name: string; description: string; fields: Record<string, { name: string }> };
        helped: string[];
      };
      assert.equal(loaded.type.name, 'Example');
      assert.equal(loaded.type.description, '');
      assert.deepEqual(Object.values(loaded.type.fields).map((f) => f.name), ['Title', 'Summary', 'Note']);
      assert.deepEqual(loaded.helped, ['Help from a variable']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves modules outside the model definitions alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fh-strip-'));
    try {
      const file = join(dir, 'elsewhere.js');
      writeFileSync(file, DEFINITION);
      const { code, stats } = await bundle(file);
      assert.deepEqual(stats, { help: 0, descriptions: 0 });
      assert.match(code, /Literal help/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
