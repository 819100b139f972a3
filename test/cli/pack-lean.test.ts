/**
 * `family-hubs pack --out FOLDER` writes the lean layout pages read: a manifest, a fingerprinted
 * file per locale and content type, and the editors' report; a failure part-way leaves the
 * previous pack readable, and files of older packs are cleaned up one generation late.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPackSource, getEntity, listEntities } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { nodeFileOps, type FileOps } from '../../packages/cli/src/safe-write.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { run, tempDir, writeSpace } from './cli-support.js';

const servicesSpace = (count: number, name = 'Service') => buildSpace([healthTerm, ...Array.from({ length: count }, (_, i) => serviceSpec(`s${i}`, { name: `${name} ${i}` }))]);

/** Reads a pack folder on disk the way a browser reads it over HTTP. */
const fromDisk: typeof fetch = async (input) => {
  const path = fileURLToPath(input instanceof Request ? input.url : input.toString());
  try {
    return new Response(await readFile(path, 'utf8'), { headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};

async function servicesIn(folder: string): Promise<string[]> {
  const source = createPackSource({ url: pathToFileURL(join(folder, 'manifest.json')).href, fetch: fromDisk });
  const { set } = await source.load({ registry: { service: contentModel.service }, types: ['service'], locale: 'en-GB' });
  return listEntities(set, 'service').map((service) => service.name);
}

const dataFiles = async (folder: string, locale = 'en-GB') => (await readdir(join(folder, locale))).sort();

describe('pack --out FOLDER (the lean layout)', () => {
  it('writes a manifest, fingerprinted files per locale and type, and the report, which pages read back', async () => {
    const dir = await tempDir();
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(3)), '--out', 'content-pack'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Wrote .*content-pack\/manifest\.json .*report\.json/);
    const folder = join(dir, 'content-pack');
    assert.deepEqual((await readdir(folder)).sort(), ['en-GB', 'manifest.json', 'pl', 'report.json']);
    for (const name of await dataFiles(folder)) assert.match(name, /^[A-Za-z-]+\.[0-9a-f]{16}\.json$/, name);
    assert.deepEqual(await servicesIn(folder), ['Service 0', 'Service 1', 'Service 2']);
  });

  it('keeps the previous pack’s files for pages that just read its manifest, and removes older ones', async () => {
    const dir = await tempDir();
    const pack = async (name: string) => {
      const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(3, name)), '--out', 'content-pack'], { cwd: dir });
      assert.equal(result.code, 0, result.err);
      return dataFiles(join(dir, 'content-pack'));
    };
    const first = (await pack('First')).filter((name) => name.startsWith('service.'));
    const second = (await pack('Second')).filter((name) => name.startsWith('service.'));
    assert.deepEqual(second.filter((name) => !first.includes(name)).length, 1, 'a new service file');
    assert.ok(first.every((name) => second.includes(name)), 'the previous pack’s file stays');
    const third = (await pack('Third')).filter((name) => name.startsWith('service.'));
    assert.equal(third.length, 2, 'two generations are kept');
    assert.ok(!third.includes(first[0]!), 'the oldest is removed');
    assert.deepEqual(await servicesIn(join(dir, 'content-pack')), ['Third 0', 'Third 1', 'Third 2']);
  });

  it('leaves the previous pack readable when the disk fills part-way', async () => {
    const dir = await tempDir();
    assert.equal((await run(['pack', '--space-file', await writeSpace(servicesSpace(3, 'Good')), '--out', 'content-pack'], { cwd: dir })).code, 0);
    const manifest = await readFile(join(dir, 'content-pack', 'manifest.json'), 'utf8');
    let writes = 0;
    const fillsUp: FileOps = {
      ...nodeFileOps,
      async writeFile(path, data, options) {
        if (data !== '' && ++writes > 2) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        return nodeFileOps.writeFile(path, data, options);
      },
    };
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(3, 'New')), '--out', 'content-pack'], { cwd: dir, files: fillsUp });
    assert.equal(result.code, 2);
    assert.match(result.err, /disk is full/);
    assert.equal(await readFile(join(dir, 'content-pack', 'manifest.json'), 'utf8'), manifest, 'the manifest pages read is untouched');
    assert.deepEqual(await servicesIn(join(dir, 'content-pack')), ['Good 0', 'Good 1', 'Good 2']);
  });

  it('refuses a folder pack that would lose most of the content, naming what would go', async () => {
    const dir = await tempDir();
    assert.equal((await run(['pack', '--space-file', await writeSpace(servicesSpace(12)), '--out', 'content-pack'], { cwd: dir })).code, 0);
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(1)), '--out', 'content-pack'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(result.err, /service 12 → 1/);
    assert.equal((await servicesIn(join(dir, 'content-pack'))).length, 12);
  });

  it('says so when --out names a file that is not .json', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'hello');
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(1)), '--out', 'notes.txt'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.err, /is a file, not a pack folder/);
    assert.equal(await readFile(join(dir, 'notes.txt'), 'utf8'), 'hello');
  });

  it('still writes a single-file pack for --out NAME.json', async () => {
    const dir = await tempDir();
    assert.equal((await run(['pack', '--space-file', await writeSpace(servicesSpace(2)), '--out', 'pack.json'], { cwd: dir })).code, 0);
    const { set } = await createPackSource({ pack: JSON.parse(await readFile(join(dir, 'pack.json'), 'utf8')) as unknown }).load({
      registry: { service: contentModel.service },
      types: ['service'],
      locale: 'en-GB',
    });
    assert.ok(getEntity(set, 'service', 's1'));
  });
});
