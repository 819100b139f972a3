// Browser tests: test/widgets/**/*.test.ts in headless Chromium, mocha + @open-wc/testing.
// `node scripts/test.mjs browser` is the usual way in; it reads the counts this config's
// reporter writes to $FH_WTR_RESULTS.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
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

/**
 * A postcodes.io-shaped geocoder for the sample council's postcodes, so widget tests look up
 * postcodes over real HTTP: `/__fh__/geocoder/postcodes/{postcode}` and `/outcodes/{outcode}`
 * (the centre of the area's venues). `/__fh__/geocoder-down/…` always answers 500.
 */
function sampleGeocoder() {
  const space = JSON.parse(readFileSync(new URL('./packages/cli/sample/space.json', import.meta.url), 'utf8'));
  const postcodes = new Map();
  const areas = new Map();
  for (const entry of space.entries) {
    if (entry.sys.contentType.sys.id !== 'location') continue;
    const postcode = entry.fields.postcode?.['en-GB'];
    const position = entry.fields.position?.['en-GB'];
    if (typeof postcode !== 'string' || !position) continue;
    const key = postcode.replace(/\s+/g, '').toUpperCase();
    const outcode = key.slice(0, -3);
    postcodes.set(key, { postcode, outcode, latitude: position.lat, longitude: position.lon });
    const area = areas.get(outcode) ?? { outcode, latitude: 0, longitude: 0, n: 0 };
    areas.set(outcode, { outcode, latitude: area.latitude + position.lat, longitude: area.longitude + position.lon, n: area.n + 1 });
  }
  // Koa middleware rather than a plugin's serve(): the look-up's HTTP status is part of what is tested.
  return async function sampleGeocoderMiddleware(context, next) {
    const send = (status, body) => {
      context.status = status;
      context.type = 'application/json';
      context.body = JSON.stringify(body);
    };
    if (context.path.startsWith('/__fh__/geocoder-down/')) return send(500, { status: 500, error: 'Down for the test' });
    const match = /^\/__fh__\/geocoder\/(postcodes|outcodes)\/([^/]+)$/.exec(context.path);
    if (!match) return next();
    const key = decodeURIComponent(match[2]).replace(/\s+/g, '').toUpperCase();
    if (match[1] === 'postcodes') {
      const found = postcodes.get(key);
      return found ? send(200, { status: 200, result: found }) : send(404, { status: 404, error: 'Postcode not found' });
    }
    const area = areas.get(key);
    return area
      ? send(200, { status: 200, result: { outcode: area.outcode, latitude: area.latitude / area.n, longitude: area.longitude / area.n } })
      : send(404, { status: 404, error: 'Outcode not found' });
  };
}

/**
 * The sample council as an Open Referral UK 3.0 API at `/oruk/` (`/services?search&page&per_page`,
 * `/service_at_locations?postcode&proximity`, `/taxonomy_terms` …), answered by the demo server's
 * own routes (loaded from TypeScript with tsx, the workspace packages from their sources), so the
 * service search's server-side mode is tested over real HTTP.
 */
function sampleOrukApi() {
  // The repository's own modules read the workspace packages' `source` export, as in the Node tests.
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const fromRepo = context.parentURL?.startsWith(new URL('.', import.meta.url).href) && !context.parentURL.includes('/node_modules/');
      return nextResolve(specifier, fromRepo ? { ...context, conditions: [...new Set([...(context.conditions ?? []), 'source'])] } : context);
    },
  });
  const space = JSON.parse(readFileSync(new URL('./packages/cli/sample/space.json', import.meta.url), 'utf8'));
  let handler;
  return async function sampleOrukApiMiddleware(context, next) {
    if (context.path !== '/oruk' && !context.path.startsWith('/oruk/')) return next();
    handler ??= tsImport('./test/support/sample-oruk-api.ts', import.meta.url).then((module) => module.sampleOrukApi(space));
    // The route writes the response itself (status, CORS and all), as the demo server's does.
    context.respond = false;
    (await handler)(context.req, context.res);
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

/**
 * The help-request receiver of test/support/story-receiver.ts (the one Storybook's dev server
 * mounts too), on the test server itself: loopback, real HTTP statuses, a send held in flight
 * until the test releases it. Loaded from TypeScript with tsx, as the ORUK API above.
 */
function testReceiver() {
  let receiver;
  return async function testReceiverMiddleware(context, next) {
    if (!context.path.startsWith('/__fh__/receiver/')) return next();
    receiver ??= tsImport('./test/support/story-receiver.ts', import.meta.url).then((module) => module.createStoryReceiver());
    // The receiver writes the response itself, possibly much later (a held send).
    context.respond = false;
    await (await receiver).handle(context.req, context.res);
  };
}

/**
 * Sources import `./x.js` for `./x.ts`, and the esbuild plugin resolves such imports; a worker's
 * script is not an import but a URL (`new URL('./search-worker.js', import.meta.url)`), so a
 * request for a missing `.js` under packages/*\/src is served from its `.ts` sibling.
 */
function typeScriptWorkerScripts() {
  return async (ctx, next) => {
    if (/^\/packages\/[\w-]+\/src\/.+\.js$/.test(ctx.path)) {
      const file = fileURLToPath(new URL(`.${ctx.path}`, new URL('./', import.meta.url)));
      if (!existsSync(file) && existsSync(file.replace(/\.js$/, '.ts'))) ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
    }
    return next();
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
  // Test servers the widgets talk to over real HTTP: the sample geocoder, an ORUK API and a
  // help-request receiver; and the search worker's script served from its TypeScript source.
  middleware: [sampleGeocoder(), sampleOrukApi(), testReceiver(), typeScriptWorkerScripts()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
    litWarningGuard(),
    // `a11ySnapshot()` from @web/test-runner-commands (the accessibility tree as Chromium sees it).
    a11ySnapshotPlugin(),
  ],
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
