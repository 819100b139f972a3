/**
 * Pages configure Contentful declaratively (`createSourceFromConfig`); that path must use the
 * fetch reader, so no page ever downloads the official client and its HTTP stack (axios).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSourceFromConfig, listEntities } from '@family-hubs/content';
import { startCmsServer, type CmsServer } from '../../packages/cli/src/cms-server/index.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { contentModel } from '@family-hubs/content/model';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module `entry` imports, statically or with `import()`, within the repository's sources. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)) {
      const specifier = match[1] ?? match[2]!;
      if (/^import type|^export type/.test(match[0].trim())) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(resolve(root, entry));
  return { files, packages };
}

describe('createSourceFromConfig (Contentful)', () => {
  let server: CmsServer;
  before(async () => {
    server = await startCmsServer({ space: buildSpace([healthTerm, serviceSpec('s1')]), spaceId: 'test', deliveryTokens: ['good'], previewTokens: [] });
  });
  after(() => server.close());

  it('reads through fetch', async () => {
    const requested: string[] = [];
    const spy: typeof fetch = (input, init) => {
      requested.push(new URL(input instanceof Request ? input.url : String(input)).pathname.split('/').pop()!);
      return fetch(input, init);
    };
    const source = createSourceFromConfig({ kind: 'contentful', space: 'test', accessToken: 'good', host: server.host, insecure: true, fetch: spy });
    const { set } = await source.load({ registry: contentModel, types: ['service'], locale: 'en-GB' });
    assert.equal(listEntities(set, 'service').length, 1);
    assert.deepEqual(requested, ['locales', 'entries']);
  });

  it('never reaches the official client from the page path', () => {
    const { files, packages } = importGraph('packages/content/src/sources/config.ts');
    assert.ok([...files].some((f) => f.endsWith('fetch-source.ts')), 'config.ts loads the fetch reader');
    assert.deepEqual([...packages].filter((p) => /^(contentful|axios)/.test(p)), []);
  });

  it('says which configured sources never answer with a prebuilt view, so widgets fetch their resolvers with the content', () => {
    const contentful = { kind: 'contentful', space: 'test', accessToken: 'good' } as const;
    const pack = { kind: 'pack', url: 'https://council.example/pack/manifest.json' } as const;
    const oruk = { url: 'https://council.example/oruk/' };
    assert.equal(createSourceFromConfig(contentful).entriesOnly, true, 'Contentful');
    assert.equal(createSourceFromConfig({ ...contentful, oruk }).entriesOnly, true, 'Contentful with a feed');
    assert.ok(!createSourceFromConfig(pack).entriesOnly, 'a pack may carry views prebuilt');
    assert.ok(!createSourceFromConfig({ ...pack, oruk }).entriesOnly, 'a pack with a feed: the pack’s views still may');
  });
});
