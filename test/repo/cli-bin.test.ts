// The README's `npx family-hubs --help` works on a fresh clone after `npm install`, before any
// build: npm links the bin at install time only if the root depends on the CLI workspace and the
// bin's target is a committed file (a `dist/` file does not exist yet at install time).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;

describe('the family-hubs bin', () => {
  it('is a committed file that the root depends on, so npm links it at install time', () => {
    const cli = readJson<{ name: string; version: string; bin: Record<string, string>; files: string[] }>('packages/cli/package.json');
    const target = `packages/cli/${cli.bin['family-hubs']!.replace(/^\.\//, '')}`;
    const tracked = execFileSync('git', ['ls-files', '--error-unmatch', target], { cwd: root, encoding: 'utf8' }).trim();
    assert.equal(tracked, target, 'the bin target is in git, not built');
    assert.ok(cli.files.some((f) => target.startsWith(`packages/cli/${f}`)), 'and published');
    const rootManifest = readJson<{ devDependencies: Record<string, string> }>('package.json');
    assert.equal(rootManifest.devDependencies[cli.name], cli.version, 'the root depends on the workspace');
  });

  it('`npx family-hubs --help` and `--version` run from the repository root', () => {
    const help = spawnSync('npx', ['--no-install', 'family-hubs', '--help'], { cwd: root, encoding: 'utf8' });
    assert.equal(help.status, 0, help.stderr);
    for (const name of ['dev', 'pack', 'check', 'model', 'oruk']) assert.match(help.stdout, new RegExp(`\\n  ${name} `));
    const version = spawnSync('npx', ['--no-install', 'family-hubs', '--version'], { cwd: root, encoding: 'utf8' });
    assert.equal(version.stdout.trim(), readJson<{ version: string }>('packages/cli/package.json').version);
  });

  it('passes the exit code through', () => {
    const bad = spawnSync('npx', ['--no-install', 'family-hubs', 'check', '--today', 'notadate'], { cwd: root, encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^Error: --today must be a real date/m);
    assert.equal(bad.stdout, '');
  });
});
