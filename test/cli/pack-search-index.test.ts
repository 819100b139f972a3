/**
 * `family-hubs pack` prebuilds each locale's service search index into the lean pack, and the
 * search loads it, over real HTTP, instead of building one, only when the file's version and the
 * documents it was made from match what the page searches; otherwise it builds, with the same answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPackSource, findPackSearchIndexes, serviceSearchResolver, serviceSearchView, type SearchDocument } from '@family-hubs/content';
import { createSearchIndex, loadSearchIndexFrom, SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION } from '@family-hubs/content/search';
import { run, tempDir } from './cli-support.js';

const SAMPLE = fileURLToPath(new URL('../../packages/cli/sample/space.json', import.meta.url));
const QUERIES = [{}, { text: 'helth visting' }, { text: 'baby group', freeOnly: true }, { text: 'swim', page: 2, pageSize: 3 }];

/** Serves the pack folder's parent on loopback, as a council's host serves its site; `base` is the pack folder's address. */
async function serve(folder: string): Promise<{ base: string; server: Server }> {
  const site = dirname(folder);
  const server = createServer((req, res) => {
    const path = normalize(join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(site)) return res.writeHead(404).end();
    readFile(path).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${basename(folder)}/`, server };
}

async function packed(): Promise<{ folder: string; manifest: { searchIndexes?: Record<string, { path: string; version: number; documents: string; count: number }> } }> {
  const dir = await tempDir();
  const result = await run(['pack', '--space-file', SAMPLE, '--out', 'content-pack'], { cwd: dir });
  assert.equal(result.code, 0, result.err);
  const folder = join(dir, 'content-pack');
  return { folder, manifest: JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as never };
}

/** The documents a page makes from the pack at `manifestUrl` (the pack source, then the view). */
async function pageDocuments(manifestUrl: string, locale = 'en-GB'): Promise<readonly SearchDocument[]> {
  const { set } = await createPackSource({ url: manifestUrl }).load(serviceSearchView.query(locale));
  return serviceSearchResolver.resolve(set)!.documents;
}

describe('pack: the prebuilt service search index', () => {
  it('is written per locale, named in the manifest, and loaded by the search instead of built, with the same answers', async () => {
    const { folder, manifest } = await packed();
    assert.deepEqual(Object.keys(manifest.searchIndexes ?? {}).sort(), ['en-GB', 'pl']);
    const entry = manifest.searchIndexes!['en-GB']!;
    assert.match(entry.path, /^en-GB\/search-index\.[0-9a-f]{16}\.json$/);
    const file = JSON.parse(await readFile(join(folder, entry.path), 'utf8')) as { format: string; version: number; count: number };
    assert.equal(file.format, SEARCH_INDEX_FORMAT);
    assert.equal(file.version, SEARCH_INDEX_VERSION);

    const { base, server } = await serve(folder);
    try {
      const candidates = await findPackSearchIndexes(`${base}manifest.json`);
      assert.equal(candidates.length, 2);
      for (const locale of ['en-GB', 'pl']) {
        const documents = await pageDocuments(`${base}manifest.json`, locale);
        const loaded = await loadSearchIndexFrom(documents, candidates);
        assert.equal(loaded.prebuilt, true, `${locale}: loaded, not built`);
        const built = createSearchIndex(documents);
        for (const query of QUERIES) assert.deepEqual(loaded.index.searchNow(query), built.searchNow(query), `${locale} ${JSON.stringify(query)}`);
      }
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('is not used when its version differs, or it was made from other documents: the search builds its own', async () => {
    const { folder, manifest } = await packed();
    const entry = manifest.searchIndexes!['en-GB']!;
    const { base, server } = await serve(folder);
    try {
      const documents = await pageDocuments(`${base}manifest.json`);
      const built = createSearchIndex(documents);
      const candidates = await findPackSearchIndexes(`${base}manifest.json`);

      // An index file from another SDK's version, under the same name.
      const path = join(folder, entry.path);
      const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      await writeFile(path, JSON.stringify({ ...file, version: SEARCH_INDEX_VERSION + 1 }));
      const stale = await loadSearchIndexFrom(documents, candidates);
      assert.deepEqual([stale.prebuilt, stale.rejected], [false, 'version']);
      for (const query of QUERIES) assert.deepEqual(stale.index.searchNow(query), built.searchNow(query));

      // The page's services are not the pack's (an edit in the CMS since, or another source).
      const edited = documents.map((doc, i) => (i === 0 ? { ...doc, name: `${doc.name} (moved)` } : doc));
      const other = await loadSearchIndexFrom(edited, candidates);
      assert.deepEqual([other.prebuilt, other.rejected], [false, 'other-documents']);
      assert.equal(other.index.searchNow({ text: 'moved' }).total, 1, 'searches the documents it was given');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('is looked for only under the manifest’s own folder, and its absence is not an error', async () => {
    const { folder, manifest } = await packed();
    const manifestPath = join(folder, 'manifest.json');
    await writeFile(manifestPath, JSON.stringify({ ...manifest, searchIndexes: { 'en-GB': { ...manifest.searchIndexes!['en-GB'], path: '../elsewhere/index.json' } } }));
    const { base, server } = await serve(folder);
    try {
      assert.deepEqual(await findPackSearchIndexes(`${base}manifest.json`), []);
      assert.deepEqual(await findPackSearchIndexes(`${base}missing/manifest.json`), []);
      const { searchIndexes: _gone, ...older } = manifest;
      await writeFile(manifestPath, JSON.stringify(older));
      assert.deepEqual(await findPackSearchIndexes(`${base}manifest.json`), [], 'a pack from an older CLI has none');
      const documents = await pageDocuments(`${base}manifest.json`);
      assert.equal((await loadSearchIndexFrom(documents, [])).prebuilt, false);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
