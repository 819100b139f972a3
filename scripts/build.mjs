#!/usr/bin/env node
// Builds the npm outputs and the CDN bundle:
//   1. tsc per package in dependency order (content → widgets → cli): unbundled ESM + .d.ts in
//      packages/*/dist, Lit and other dependencies left as bare imports.
//   2. rollup -c rollup.config.mjs: the code-split, minified CDN build of the widgets in
//      packages/widgets/dist/cdn (skipped until packages/widgets/src/cdn/index.ts exists).
// Each package's tsconfig.build.json drops the `source` condition, so widgets and cli compile
// against the content package's freshly emitted dist/*.d.ts, hence the order.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const PACKAGES = ['content', 'widgets', 'cli'];

const binOf = (pkg, rel) => join(dirname(require.resolve(`${pkg}/package.json`)), rel);
const tscBin = binOf('typescript', 'bin/tsc');
const rollupBin = binOf('rollup', 'dist/bin/rollup');

function step(label, args) {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

const hasSources = (dir) =>
  existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => /\.ts$/.test(String(f)) && !/\.test\.ts$/.test(String(f)));

for (const name of PACKAGES) {
  const dir = join(root, 'packages', name);
  if (!hasSources(join(dir, 'src'))) {
    console.log(`\n• packages/${name}/src has no TypeScript sources yet: skipped`);
    continue;
  }
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  step(`tsc packages/${name}`, [tscBin, '-p', join('packages', name, 'tsconfig.build.json')]);
}

if (existsSync(join(root, 'packages/widgets/dist/cdn/index.js'))) {
  step('rollup CDN bundle (packages/widgets/dist/cdn)', [rollupBin, '-c', 'rollup.config.mjs']);
} else {
  console.log('\n• packages/widgets/src/cdn/index.ts does not exist yet: CDN bundle skipped');
}
