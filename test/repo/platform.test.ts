// The platform promise: `npm ci` works on a fresh clone on any platform, and the supported Node.js
// lines (22 and 24 LTS) are what every package declares and what CI runs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

interface LockPackage {
  readonly version?: string;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly engines?: Readonly<Record<string, string>>;
}
interface Lock {
  readonly packages: Readonly<Record<string, LockPackage>>;
}
interface Manifest {
  readonly engines?: Readonly<Record<string, string>>;
}

const MANIFESTS = ['package.json', 'packages/content/package.json', 'packages/widgets/package.json', 'packages/cli/package.json'];

describe('platform', () => {
  it('locks every optional per-platform package, so `npm ci` accepts the lock on any machine', () => {
    const lock = readJson('package-lock.json') as Lock;
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        // npm resolves a dependency next to its dependant first, then at the top of node_modules.
        const nested = `${path}/node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${name} (for ${path || 'the root'})`);
      }
    }
    assert.deepEqual(missing, [], `package-lock.json lacks optional packages; run \`npm install --package-lock-only\`:\n${missing.join('\n')}`);
  });

  it('declares Node.js 22 and 24 LTS, and not the end-of-life Node.js 20, in every package', () => {
    for (const manifest of MANIFESTS) {
      const range = (readJson(manifest) as Manifest).engines?.['node'];
      assert.equal(range, '^22.12.0 || >=24.0.0', `${manifest} engines.node`);
    }
  });

  it('runs CI on Node.js 24 from the npm registry and fails when `npm ci` fails', () => {
    const ci = readFileSync(`${root}.ci/run`, 'utf8');
    assert.match(ci, /CI_NODE_MAJOR="\$\{CI_NODE_MAJOR:-24\}"/);
    assert.match(ci, /npm pack --silent "node-linux-\$\{arch\}@\$\{CI_NODE_MAJOR\}"/);
    assert.match(ci, /step "install dependencies \(npm ci\)" 20m npm ci /);
    assert.doesNotMatch(ci, /npm install --no-save/, 'no fallback around a failing `npm ci`');
  });
});
