#!/usr/bin/env node
// One entry point for every test: `node scripts/test.mjs [node|browser] [test files…]`.
//   node    → test/content/**/*.test.ts and test/cli/**/*.test.ts with node:test (via tsx)
//   browser → test/widgets/**/*.test.ts with @web/test-runner in headless Chromium
// Both sides run by default. Counts come from machine-readable output (TAP summary for Node, the
// web-test-runner sessions for the browser), and the last line printed is always
// `N passed, N failed`. Exit code is non-zero when anything failed or when no test ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);

const NODE_DIRS = ['test/content', 'test/cli', 'test/e2e', 'test/repo'];
const BROWSER_DIRS = ['test/widgets'];
const isTestFile = (file) => /\.test\.ts$/.test(file);

const args = process.argv.slice(2);
const sides = new Set(args.filter((a) => a === 'node' || a === 'browser'));
const explicitFiles = args.filter((a) => a !== 'node' && a !== 'browser').map((f) => relative(root, resolve(f)));
if (sides.size === 0) sides.add('node').add('browser');

const posix = (p) => p.split(sep).join('/');
const under = (dirs) => (file) => dirs.some((d) => posix(file).startsWith(`${d}/`));

function listTests(dirs) {
  const found = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true })) {
      const file = posix(join(dir, String(entry)));
      if (isTestFile(file) && !file.includes('/node_modules/')) found.push(file);
    }
  }
  return found.sort();
}

function pick(dirs) {
  if (explicitFiles.length === 0) return listTests(dirs);
  return explicitFiles.filter(under(dirs));
}

function run(command, commandArgs, env = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(error);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => resolvePromise(signal ? 1 : (code ?? 1)));
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'fh-test-'));

function readTapSummary(file) {
  if (!existsSync(file)) return undefined;
  const tap = readFileSync(file, 'utf8');
  const value = (key) => {
    const match = new RegExp(`^# ${key} (\\d+)\\s*$`, 'm').exec(tap);
    return match ? Number(match[1]) : undefined;
  };
  const pass = value('pass');
  const fail = value('fail');
  if (pass === undefined || fail === undefined) return undefined;
  return { passed: pass, failed: fail + (value('cancelled') ?? 0), skipped: (value('skipped') ?? 0) + (value('todo') ?? 0) };
}

async function runNode(files) {
  if (files.length === 0) {
    console.log('\n[node] no test files found');
    return { passed: 0, failed: 0, skipped: 0 };
  }
  console.log(`\n[node] ${files.length} file(s): node --test (tsx, --conditions=source)\n`);
  const tapFile = join(scratch, 'node.tap');
  const code = await run(process.execPath, [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    // A test that hangs fails after two minutes instead of stalling the run.
    '--test-timeout=120000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ]);
  const summary = readTapSummary(tapFile);
  if (!summary) {
    console.error(`[node] no TAP summary was written (exit code ${code}); counting one failure`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  if (code !== 0 && summary.failed === 0) {
    console.error(`[node] node --test exited with ${code} although no test failed; counting one failure`);
    summary.failed = 1;
  }
  return summary;
}

async function runBrowser(files) {
  if (files.length === 0) {
    console.log('\n[browser] no test files found');
    return { passed: 0, failed: 0, skipped: 0 };
  }
  console.log(`\n[browser] ${files.length} file(s): web-test-runner (Chromium)\n`);
  const resultsFile = join(scratch, 'browser.json');
  const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');
  const wtrArgs = [wtrBin, '--config', 'web-test-runner.config.mjs'];
  if (explicitFiles.length > 0) wtrArgs.push('--files', ...files);
  const code = await run(process.execPath, wtrArgs, { FH_WTR_RESULTS: resultsFile });
  if (!existsSync(resultsFile)) {
    console.error(`[browser] the test runner wrote no results (exit code ${code}); counting one failure`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const counts = JSON.parse(readFileSync(resultsFile, 'utf8'));
  for (const file of counts.brokenFiles ?? []) {
    console.error(`[browser] ${relative(root, file)}: the file did not finish cleanly (load error, hook error or timeout)`);
  }
  if (code !== 0 && counts.failed === 0) {
    console.error(`[browser] web-test-runner exited with ${code} although no test failed; counting one failure`);
    counts.failed = 1;
  }
  return counts;
}

async function guarded(name, runSide) {
  try {
    return [name, await runSide()];
  } catch (error) {
    console.error(`[${name}] the harness itself failed; counting one failure`, error);
    return [name, { passed: 0, failed: 1, skipped: 0 }];
  }
}

const results = [];
try {
  if (sides.has('node')) results.push(await guarded('node', () => runNode(pick(NODE_DIRS))));
  if (sides.has('browser')) results.push(await guarded('browser', () => runBrowser(pick(BROWSER_DIRS))));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const [name, counts] of results) {
  console.log(`[${name}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
if (total.passed + total.failed === 0) {
  console.error('No tests ran.');
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 || total.passed + total.failed === 0 ? 1 : 0;
