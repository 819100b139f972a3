/**
 * `family-hubs oruk`: a content pack in (a lean folder, its manifest, or a single file), a static
 * ORUK 3.0 feed out, every document valid against the official schemas, written safely, and bad
 * input refused with one line saying what to do.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { orukId } from '@family-hubs/content/oruk-export';
import { nodeFileOps, type FileOps } from '../../packages/cli/src/safe-write.js';
import { buildSpace, healthTerm, link, serviceSpec } from '../support/space-builder.js';
import { orukErrors } from '../support/oruk-schema.js';
import { run, tempDir, writeSpace, type Run } from './cli-support.js';

const oneLine = (result: Run) => {
  assert.equal(result.code, 2, result.err);
  assert.equal(result.err.trim().split('\n').length, 1, `one line, got:\n${result.err}`);
  assert.match(result.err, /^Error: .+\. .+/, 'what went wrong, then what to do');
};

const space = (count: number) =>
  buildSpace([
    healthTerm,
    { id: 'loc-refuge', type: 'location', fields: { name: 'Safe base', addressLine1: '17 Linden Close', postcode: 'NS8 1AA', position: { lat: 53.44671, lon: -2.38129 }, hideExactAddress: true } },
    { id: 'sal-refuge', type: 'serviceAtLocation', fields: { location: link('loc-refuge') } },
    serviceSpec('refuge', { name: 'Refuge support', locations: [link('sal-refuge')] }),
    ...Array.from({ length: count }, (_, i) => serviceSpec(`s${String(i).padStart(2, '0')}`, { name: `Service ${String(i).padStart(2, '0')}` })),
    serviceSpec('gone', { name: 'Gone', status: 'inactive' }),
  ]);

/** A folder with a lean pack (`pack/`) and a single-file pack (`pack.json`) of `count` + 1 services. */
async function packs(count = 11): Promise<string> {
  const dir = await tempDir();
  const file = await writeSpace(space(count));
  for (const out of ['pack', 'pack.json']) {
    const made = await run(['pack', '--space-file', file, '--out', out], { cwd: dir });
    assert.equal(made.code, 0, made.err);
  }
  return dir;
}

const readJson = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

describe('family-hubs oruk', () => {
  for (const input of ['pack', 'pack/manifest.json', 'pack.json']) {
    it(`publishes ${input} as a static feed that passes the official schemas`, async () => {
      const dir = await packs();
      const result = await run(['oruk', '--pack', input, '--out', 'feed', '--per-page', '5'], { cwd: dir });
      assert.equal(result.code, 0, result.err);
      assert.match(result.out, /12 services on 3 pages/);
      const index = await readJson(join(dir, 'feed', 'index.json'));
      assert.equal(index['version'], 'HSDS-UK-3.0');
      assert.deepEqual(orukErrors('api_details', index), []);
      const files = (await readdir(join(dir, 'feed', 'services'))).sort();
      assert.deepEqual(files.filter((f) => f.startsWith('page-')), ['page-1.json', 'page-2.json', 'page-3.json']);
      const pages = await Promise.all([1, 2, 3].map((n) => readJson(join(dir, 'feed', 'services', `page-${n}.json`))));
      for (const page of pages) assert.deepEqual(orukErrors('service_list', page), []);
      assert.deepEqual(pages.map((p) => [p['page_number'], p['total_items'], p['total_pages'], (p['contents'] as unknown[]).length, p['last_page']]), [
        [1, 12, 3, 5, false],
        [2, 12, 3, 5, false],
        [3, 12, 3, 2, true],
      ]);
      const ids = pages.flatMap((p) => (p['contents'] as { id: string }[]).map((s) => s.id));
      assert.equal(new Set(ids).size, 12);
      assert.ok(!ids.includes(orukId('service', 'gone')), 'inactive services are not published');
      for (const id of ids) {
        const service = await readJson(join(dir, 'feed', 'services', `${id}.json`));
        assert.deepEqual(orukErrors('service', service), [], id);
      }
      const refuge = JSON.stringify(await readJson(join(dir, 'feed', 'services', `${orukId('service', 'refuge')}.json`)));
      assert.doesNotMatch(refuge, /Linden Close|NS8 1AA|53\.4467/);
      assert.match(refuge, /"postal_code":"NS8"/);
      assert.deepEqual(files.filter((f) => f.startsWith('.')), [], 'no temporary files left');
      const terms = await readJson(join(dir, 'feed', 'taxonomy_terms', 'page-1.json'));
      assert.deepEqual(orukErrors('taxonomy_term_list', terms), []);
      assert.deepEqual((terms['contents'] as { name: string }[]).map((t) => t.name), ['Health']);
      assert.deepEqual(orukErrors('taxonomy_term', await readJson(join(dir, 'feed', 'taxonomy_terms', `${orukId('taxonomyTerm', 'tax-health')}.json`))), []);
      const taxonomies = await readJson(join(dir, 'feed', 'taxonomies', 'page-1.json'));
      assert.deepEqual(orukErrors('taxonomy_list', taxonomies), []);
      const [taxonomy] = taxonomies['contents'] as { id: string }[];
      assert.deepEqual(orukErrors('taxonomy', await readJson(join(dir, 'feed', 'taxonomies', `${taxonomy!.id}.json`))), []);
    });
  }

  it('rewrites an earlier feed in place and removes the pages and services it no longer has', async () => {
    const dir = await packs(11);
    assert.equal((await run(['oruk', '--pack', 'pack', '--out', 'feed', '--per-page', '2'], { cwd: dir })).code, 0);
    await writeFile(join(dir, 'feed', 'services', 'notes.txt'), 'the council’s own file');
    const smaller = await tempDir();
    assert.equal((await run(['pack', '--space-file', await writeSpace(space(1)), '--out', 'pack.json'], { cwd: smaller })).code, 0);
    const result = await run(['oruk', '--pack', join(smaller, 'pack.json'), '--out', 'feed', '--per-page', '2'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    const files = (await readdir(join(dir, 'feed', 'services'))).sort();
    assert.deepEqual(files.filter((f) => f.startsWith('page-')), ['page-1.json']);
    assert.equal(files.filter((f) => f.endsWith('.json')).length, 3, 'one page and two services');
    assert.ok(files.includes('notes.txt'), 'a file the writer did not make is left alone');
  });

  it('writes an empty first page when the pack has no services', async () => {
    const dir = await tempDir();
    assert.equal((await run(['pack', '--space-file', await writeSpace(buildSpace([healthTerm])), '--out', 'pack.json'], { cwd: dir })).code, 0);
    assert.equal((await run(['oruk', '--pack', 'pack.json', '--out', 'feed'], { cwd: dir })).code, 0);
    const page = await readJson(join(dir, 'feed', 'services', 'page-1.json'));
    assert.deepEqual([page['total_items'], page['empty'], page['contents']], [0, true, []]);
    assert.deepEqual(orukErrors('service_list', page), []);
  });

  it('a write failing half way (a full disk) leaves the earlier feed readable, with one line and exit 2', async () => {
    const dir = await packs(3);
    assert.equal((await run(['oruk', '--pack', 'pack.json', '--out', 'feed'], { cwd: dir })).code, 0);
    const before = await readFile(join(dir, 'feed', 'services', 'page-1.json'), 'utf8');
    const full: FileOps = {
      ...nodeFileOps,
      async writeFile(path, data, options) {
        if (data === '' || !path.includes('page-1')) return nodeFileOps.writeFile(path, data, options);
        await nodeFileOps.writeFile(path, data.slice(0, data.length / 2), options);
        throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      },
    };
    const result = await run(['oruk', '--pack', 'pack.json', '--out', 'feed', '--per-page', '1'], { cwd: dir, files: full });
    oneLine(result);
    assert.match(result.err, /disk is full/);
    assert.equal(await readFile(join(dir, 'feed', 'services', 'page-1.json'), 'utf8'), before);
    assert.deepEqual((await readdir(join(dir, 'feed', 'services'))).filter((f) => f.startsWith('.')), [], 'no temporary file left');
  });

  const refusals: { name: string; args: (dir: string) => Promise<string[]>; says: RegExp }[] = [
    { name: 'no --pack', args: () => Promise.resolve(['--out', 'feed']), says: /--pack is missing/ },
    { name: 'no --out', args: () => Promise.resolve(['--pack', 'pack.json']), says: /--out is missing/ },
    { name: 'a --pack that does not exist', args: () => Promise.resolve(['--pack', 'nope.json', '--out', 'feed']), says: /Cannot read the content pack .*nope\.json \(it does not exist\)/ },
    {
      name: 'a --pack folder that is not a pack',
      args: async (dir) => {
        await mkdir(join(dir, 'stuff'));
        return ['--pack', 'stuff', '--out', 'feed'];
      },
      says: /has no manifest\.json/,
    },
    {
      name: 'a --pack that is not JSON',
      args: async (dir) => {
        await writeFile(join(dir, 'bad.json'), '{ not json');
        return ['--pack', 'bad.json', '--out', 'feed'];
      },
      says: /is not valid JSON/,
    },
    {
      name: 'a --pack that is JSON but not a pack',
      args: async (dir) => {
        await writeFile(join(dir, 'null.json'), 'null');
        return ['--pack', 'null.json', '--out', 'feed'];
      },
      says: /cannot be used: This file is not a Family Hubs content pack/,
    },
    { name: 'an --out that is a file', args: () => Promise.resolve(['--pack', 'pack.json', '--out', 'pack.json']), says: /is a file, not a folder/ },
    { name: 'an --out folder of other files', args: () => Promise.resolve(['--pack', 'pack.json', '--out', 'pack']), says: /folder with other files in it and no ORUK feed/ },
    { name: 'an --out in a missing folder', args: () => Promise.resolve(['--pack', 'pack.json', '--out', 'missing/feed']), says: /The folder .*missing does not exist/ },
    { name: 'a bad --per-page', args: () => Promise.resolve(['--pack', 'pack.json', '--out', 'feed', '--per-page', '0']), says: /--per-page must be a whole number from 1 to 500/ },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with one line, exit 2, and writes nothing`, async () => {
      const dir = await packs(1);
      const result = await run(['oruk', ...(await refusal.args(dir))], { cwd: dir });
      oneLine(result);
      assert.match(result.err, refusal.says);
      assert.ok(!(await readdir(dir)).includes('feed'), 'no feed folder was made');
    });
  }

  it('publishes the valid entries of a pack edited by hand and says how many were left out', async () => {
    const dir = await packs(2);
    const pack = await readJson(join(dir, 'pack.json'));
    const content = pack['content'] as Record<string, { entities: Record<string, Record<string, unknown>[]> }>;
    content['en-GB']!.entities['service']!.find((s) => s['id'] === 's00')!['name'] = 'x'.repeat(300);
    await writeFile(join(dir, 'pack.json'), JSON.stringify(pack));
    const result = await run(['oruk', '--pack', 'pack.json', '--out', 'feed'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /2 services on 1 page/);
    assert.match(result.err, /^Note: 1 entry of the pack is invalid and not in the feed/);
  });
});
