/**
 * Publishing never destroys good content: `pack` and `model` write atomically, check the target
 * before the long read, refuse a pack that loses most of the content, refuse answers that are not
 * Contentful's, and never silently read the sample council.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startCmsServer, type InjectedFailure } from '../../packages/cli/src/cms-server/index.js';
import { nodeFileOps, type FileOps } from '../../packages/cli/src/safe-write.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { run, tempDir, writeSpace } from './cli-support.js';

const servicesSpace = (count: number) => buildSpace([healthTerm, ...Array.from({ length: count }, (_, i) => serviceSpec(`s${i}`, { name: `Service ${i}` }))]);

/** A folder holding a good pack built from `count` services, and that pack's bytes. */
async function folderWithPack(count = 12): Promise<{ dir: string; pack: string; good: string }> {
  const dir = await tempDir();
  const made = await run(['pack', '--space-file', await writeSpace(servicesSpace(count)), '--out', 'pack.json'], { cwd: dir });
  assert.equal(made.code, 0, made.err);
  return { dir, pack: join(dir, 'pack.json'), good: await readFile(join(dir, 'pack.json'), 'utf8') };
}

/** A file system whose writes put half the data on disk and then fail with `code`, like a full disk. */
function failingWrites(code: string): FileOps {
  return {
    ...nodeFileOps,
    async writeFile(path, data, options) {
      if (data === '') return nodeFileOps.writeFile(path, data, options); // the writability probe
      await nodeFileOps.writeFile(path, data.slice(0, data.length / 2), options);
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
  };
}

/** A CMS server that counts requests and answers sync with `failure` when given. */
async function cms(failure?: InjectedFailure) {
  let requests = 0;
  const server = await startCmsServer({
    space: servicesSpace(12),
    spaceId: 'abc123',
    deliveryTokens: ['t0k'],
    previewTokens: [],
    failNext: (req) => {
      requests += 1;
      return failure && req.url?.includes('/sync') ? failure : undefined;
    },
  });
  return { server, requests: () => requests, args: ['--space', 'abc123', '--token', 't0k', '--host', server.host, '--insecure'] };
}

const oneLine = (text: string) => assert.equal(text.trim().split('\n').length, 1, `one line, got:\n${text}`);

describe('pack and model write files safely', () => {
  for (const code of ['ENOSPC', 'EACCES', 'EROFS']) {
    it(`a write failing with ${code} leaves the old pack intact and no temporary file behind (exit 2, one line)`, async () => {
      const { dir, pack, good } = await folderWithPack();
      const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(13)), '--out', 'pack.json'], { cwd: dir, files: failingWrites(code) });
      assert.equal(result.code, 2);
      oneLine(result.err);
      assert.match(result.err, new RegExp(`^Error: .*${pack.replace(/[/.]/g, '\\$&')} was not changed`));
      assert.doesNotMatch(result.err, /\n\s+at /, 'no stack trace');
      assert.equal(await readFile(pack, 'utf8'), good, 'the good pack is unchanged');
      assert.deepEqual(await readdir(dir), ['pack.json'], 'the temporary file was removed');
    });
  }

  it('model on a full disk keeps the old import file, and says what to do', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'model.json'), 'old model');
    const result = await run(['model', '--out', 'model.json'], { cwd: dir, files: failingWrites('ENOSPC') });
    assert.equal(result.code, 2);
    oneLine(result.err);
    assert.match(result.err, /disk is full.*Free some space/);
    assert.equal(await readFile(join(dir, 'model.json'), 'utf8'), 'old model');
    assert.deepEqual(await readdir(dir), ['model.json']);
  });

  it('--out into a missing folder or onto a folder is a one-line usage error, checked before reading the CMS', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'public'));
    await writeFile(join(dir, 'public', 'index.html'), '<!doctype html>');
    const { server, requests, args } = await cms();
    try {
      for (const [out, message] of [
        ['missing/pack.json', /The folder .*missing does not exist\. Create it first \(mkdir -p .*missing\)/],
        ['public', /--out .*public is a folder with other files in it and no content pack\. Pass a folder of its own, e\.g\. --out .*public\/content-pack/],
      ] as const) {
        const result = await run(['pack', ...args, '--out', out], { cwd: dir });
        assert.equal(result.code, 2, out);
        oneLine(result.err);
        assert.match(result.err, message);
      }
      assert.equal(requests(), 0, 'no request reached the CMS');
    } finally {
      await server.close();
    }
    for (const out of ['missing/model.json', 'public']) {
      const result = await run(['model', '--out', out], { cwd: dir });
      assert.equal(result.code, 2, out);
      oneLine(result.err);
    }
  });

  it('an unwritable folder is found before the read, not after it', async () => {
    const { server, requests, args } = await cms();
    const readOnly: FileOps = { ...nodeFileOps, writeFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    try {
      const result = await run(['pack', ...args, '--out', 'pack.json'], { cwd: await tempDir(), files: readOnly });
      assert.equal(result.code, 2);
      assert.match(result.err, /Permission denied writing in .*Pass --out with a folder you can write to/);
      assert.equal(requests(), 0);
    } finally {
      await server.close();
    }
  });

  it('replaces a pack in one step and keeps its file permissions', async () => {
    const { dir, pack } = await folderWithPack();
    const { chmod, stat } = await import('node:fs/promises');
    await chmod(pack, 0o640);
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(13)), '--out', 'pack.json'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    assert.equal((await stat(pack)).mode & 0o777, 0o640);
    assert.deepEqual(await readdir(dir), ['pack.json']);
  });

  it('updates the file a symlinked --out points to, and keeps the link', async () => {
    const { dir, pack } = await folderWithPack();
    const { lstat, rename: move, symlink } = await import('node:fs/promises');
    await move(pack, join(dir, 'release.json'));
    await symlink('release.json', pack);
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(13)), '--out', 'pack.json'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    assert.ok((await lstat(pack)).isSymbolicLink(), 'still a link');
    assert.match(await readFile(join(dir, 'release.json'), 'utf8'), /"s12"/, 'the release file has the new content');
    assert.deepEqual((await readdir(dir)).sort(), ['pack.json', 'release.json']);
  });
});

describe('pack refuses to lose most of the content', () => {
  it('refuses a pack with 2 services where there were 12, names the loss, and keeps the old pack (exit 1)', async () => {
    const { dir, pack, good } = await folderWithPack(12);
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(2)), '--out', 'pack.json'], { cwd: dir });
    assert.equal(result.code, 1);
    oneLine(result.err);
    assert.match(result.err, /would lose most of the content of .*pack\.json \(service 12 → 2, all entries 13 → 3\), so it was not written\. .*--allow-shrink/);
    assert.equal(await readFile(pack, 'utf8'), good);
  });

  it('writes it with --allow-shrink, and says so', async () => {
    const { dir, pack } = await folderWithPack(12);
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(2)), '--out', 'pack.json', '--allow-shrink'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /lost most of its content \(service 12 → 2/);
    const written = JSON.parse(await readFile(pack, 'utf8')) as { content: Record<string, { entities: { service: unknown[] } }> };
    assert.equal(written.content['en-GB']!.entities.service.length, 2);
  });

  it('accepts everyday changes: fewer than half lost, or fewer than 5 entries', async () => {
    for (const [before, after] of [
      [12, 7],
      [4, 0],
    ] as const) {
      const { dir } = await folderWithPack(before);
      const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(after)), '--out', 'pack.json'], { cwd: dir });
      assert.equal(result.code, 0, `${before} → ${after}: ${result.err}`);
    }
  });

  it('replaces a file that is not a content pack (nothing to compare with)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'pack.json'), '{"truncated":');
    const result = await run(['pack', '--space-file', await writeSpace(servicesSpace(1)), '--out', 'pack.json'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
  });
});

describe('pack and check refuse answers that are not from Contentful', () => {
  const answers: readonly [string, InjectedFailure, RegExp][] = [
    ['an HTML maintenance page', { status: 200, body: '<!doctype html><title>Down for maintenance</title>', headers: { 'Content-Type': 'text/html; charset=utf-8' } }, /the CMS answered with an HTML page \(status 200\), not a Contentful response/],
    ['null', { status: 200, body: null }, /the CMS answered with .+, not a Contentful response/],
    ['{}', { status: 200, body: {} }, /the CMS answered with .+, not a Contentful response/],
  ];
  for (const [name, failure, message] of answers) {
    it(`sync answered with ${name}: pack exits 2 and the existing pack stays; check exits 2`, async () => {
      const { dir, pack, good } = await folderWithPack(12);
      const { server, args } = await cms(failure);
      try {
        const packed = await run(['pack', ...args, '--out', 'pack.json'], { cwd: dir });
        assert.equal(packed.code, 2, packed.err);
        oneLine(packed.err);
        assert.match(packed.err, message);
        assert.match(packed.err, /pack\.json was not changed\. Check that --host is the Contentful API/);
        assert.equal(await readFile(pack, 'utf8'), good);
        assert.deepEqual(await readdir(dir), ['pack.json']);

        const checked = await run(['check', ...args, '--json']);
        assert.equal(checked.code, 2, checked.err);
        assert.match(checked.err, message);
        assert.equal(checked.out, '', 'no report on stdout');
      } finally {
        await server.close();
      }
    });
  }

  it('a CMS error (500 on every attempt) exits 2 with one line and writes nothing', async () => {
    const { dir, pack, good } = await folderWithPack(12);
    const { server, args } = await cms({ status: 500, body: { sys: { type: 'Error', id: 'ServerError' }, message: 'Internal server error occurred.' } });
    try {
      const result = await run(['pack', ...args, '--out', 'pack.json'], { cwd: dir });
      assert.equal(result.code, 2);
      oneLine(result.err);
      // The SDK labels a 500 from sync "Could not reach…" today; the CLI's part is exit 2 and no write.
      assert.match(result.err, /500.*pack\.json was not changed/);
      assert.equal(await readFile(pack, 'utf8'), good);
    } finally {
      await server.close();
    }
  });
});

describe('the sample council is read only when asked for by leaving out every space option', () => {
  for (const [option, value] of [
    ['--space', ''],
    ['--space', '   '],
    ['--space-file', ''],
  ] as const) {
    it(`${option} "${value}" is a usage error, not the sample council`, async () => {
      const dir = await tempDir();
      const result = await run(['pack', option, value, '--token', 't', '--out', 'pack.json'], { cwd: dir });
      assert.equal(result.code, 2);
      oneLine(result.err);
      assert.match(result.err, new RegExp(`^Error: ${option} is empty\\. Pass .*environment variable`));
      assert.doesNotMatch(result.err, /sample council \(Northshire\)/);
      assert.deepEqual(await readdir(dir), []);
    });
  }

  it('with no space option at all, pack and check say they read the built-in sample', async () => {
    const dir = await tempDir();
    const packed = await run(['pack', '--out', 'pack.json', '--on-invalid', 'omit'], { cwd: dir });
    assert.equal(packed.code, 0, packed.err);
    assert.match(packed.err, /^Reading the built-in sample council \(Northshire\)/m);
    const checked = await run(['check', '--json']);
    assert.match(checked.err, /^Reading the built-in sample council \(Northshire\)/m);
    assert.doesNotThrow(() => JSON.parse(checked.out), 'stdout is still pure JSON');
  });

  it('--space and --space-file together are ambiguous', async () => {
    const result = await run(['check', '--space', 'abc', '--token', 't', '--space-file', 'space.json']);
    assert.equal(result.code, 2);
    assert.match(result.err, /both name a space/);
  });
});
