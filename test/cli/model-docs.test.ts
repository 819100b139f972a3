import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { contentModelMarkdown } from '../../packages/cli/src/model/model-docs.js';

it('docs/content-model.md matches the content model (run `npm run docs:model` after changing the model)', async () => {
  assert.equal(await readFile('docs/content-model.md', 'utf8'), contentModelMarkdown());
});
