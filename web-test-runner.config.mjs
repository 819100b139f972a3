// Browser tests: test/widgets/**/*.test.ts in headless Chromium, mocha + @open-wc/testing.
// `node scripts/test.mjs browser` is the usual way in; it reads the counts this config's
// reporter writes to $FH_WTR_RESULTS.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

const chromeArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LIT_GUARD_PATH = '/__fh__/lit-warnings.js';

// Spectrum's convention: any Lit dev-mode warning fails the test during which it was issued.
// Lit prints each warning once per page via console.warn, ending in "See https://lit.dev/msg/<code>".
// The dev-mode banner itself is pre-seeded as already issued so it never prints.
const litGuardSource = `
const warnings = [];
globalThis.__FH_LIT_WARNINGS__ = warnings;
(globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');
const originalWarn = console.warn;
console.warn = function (...args) {
  const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  if (/lit\\.dev\\/msg\\/[\\w-]*/.test(text)) warnings.push(text);
  return originalWarn.apply(this, args);
};
const describeWarnings = (list) => 'Lit dev-mode warning(s):\\n' + list.join('\\n');
afterEach(function () {
  const test = this.currentTest;
  if (warnings.length === 0 || !test) return;
  const issued = warnings.splice(0);
  if (test.state === 'passed') {
    test.state = 'failed';
    test.err = new Error(describeWarnings(issued));
  }
});
after(function () {
  if (warnings.length > 0) throw new Error(describeWarnings(warnings.splice(0)));
});
`;

/** Serves the Lit warning guard and makes it the first import of every test file. */
function litWarningGuard() {
  return {
    name: 'fh-lit-warning-guard',
    serve(context) {
      if (context.path === LIT_GUARD_PATH) return { body: litGuardSource, type: 'js' };
      return undefined;
    },
    transform(context) {
      if (/^\/test\/.*\.test\.[cm]?[jt]s$/.test(context.path) && typeof context.body === 'string') {
        // Same line as the first line of the file, so stack-trace line numbers stay right.
        return { body: `import '${LIT_GUARD_PATH}';${context.body}` };
      }
      return undefined;
    },
  };
}

function countTests(suite, counts) {
  if (!suite) return counts;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
  return counts;
}

/**
 * Counts results from the sessions themselves (not from the progress bar). A session that did
 * not pass without any failing test (module failed to load, hook error, timeout, browser crash)
 * counts as one failure so it can never go unnoticed.
 */
function countingReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, brokenFiles: [] };
      for (const session of sessions) {
        const own = countTests(session.testResults, { passed: 0, failed: 0, skipped: 0 });
        counts.passed += own.passed;
        counts.failed += own.failed;
        counts.skipped += own.skipped;
        if (session.passed !== true && own.failed === 0) {
          counts.failed += 1;
          counts.brokenFiles.push(session.testFile);
        }
      }
      if (outFile) writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}

const RECEIVER_PATH = /^\/__fh__\/receiver\/([\w-]+)\/(ok|flaky|log)$/;

/**
 * A small help-request receiver for the browser tests, on the test server itself (loopback, real
 * HTTP statuses): `POST /__fh__/receiver/RUN/ok` answers 201 with a receipt (200 with the same
 * receipt when the Idempotency-Key was seen); `…/flaky` answers 500 to a key's first attempt, then
 * 201; `GET …/log` lists what RUN received (keys, statuses, bodies). Test data only.
 */
function testReceiver() {
  const runs = new Map();
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => resolve(text));
      req.on('error', reject);
    });
  return async (ctx, next) => {
    const match = RECEIVER_PATH.exec(ctx.path);
    if (!match) return next();
    const [, run, scenario] = match;
    const log = runs.get(run) ?? { attempts: [], receipts: new Map() };
    runs.set(run, log);
    ctx.set('Cache-Control', 'no-store');
    if (scenario === 'log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(log.attempts);
      return;
    }
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return;
    }
    const key = ctx.get('Idempotency-Key');
    const body = await readBody(ctx.req);
    const seenBefore = log.attempts.some((attempt) => attempt.key === key);
    let status;
    if (scenario === 'flaky' && !seenBefore) status = 500;
    else if (log.receipts.has(key)) status = 200;
    else status = 201;
    if (status !== 500 && !log.receipts.has(key)) log.receipts.set(key, { reference: `FH-TEST-${log.receipts.size + 1}`, receivedAt: new Date().toISOString() });
    log.attempts.push({ key, status, body: JSON.parse(body || 'null') });
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(status === 500 ? { error: 'server_error' } : log.receipts.get(key));
  };
}

const quiet = process.env.CI === 'true' || !process.stdout.isTTY;

export default {
  rootDir,
  files: ['test/widgets/**/*.test.ts'],
  nodeResolve: {
    // `source` maps the workspace packages to src/; `development` loads Lit's dev build so its
    // warnings are issued (and caught by the guard above).
    exportConditions: ['source', 'development', 'browser', 'import', 'default'],
  },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
    litWarningGuard(),
    // `a11ySnapshot()` from @web/test-runner-commands (the accessibility tree as Chromium sees it).
    a11ySnapshotPlugin(),
  ],
  middleware: [testReceiver()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeArgs,
      },
      // Each page gets its own browser context, hence its own window. In one shared window only
      // the front tab is visible, and a hidden tab runs no requestAnimationFrame, so with two
      // files at once every fixture() in the background tab (it waits for a frame) timed out.
      // Separate contexts also keep test files from sharing storage and cookies.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  staticLogging: quiet,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countingReporter(process.env.FH_WTR_RESULTS)],
};
