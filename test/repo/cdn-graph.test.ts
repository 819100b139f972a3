/**
 * What each CDN entry loads up front (its static imports, as a browser follows them), read from
 * the built files: zod and the schemas stay out of every widget's first load. The offer reads a
 * pack checked for shape; the help request loads its checks and submission after its start page
 * (test/widgets/help-request/help-request-lazy.test.ts, test/e2e/demo.e2e.test.ts), the service
 * search its engines while its content loads.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../scripts/chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CDN = `${ROOT}packages/widgets/dist/cdn/`;
const ENTRIES = ['start-for-life-offer.js', 'help-request.js', 'service-search.js', 'programme-finder.js', 'exit-this-page.js', 'content-source.js'];

const hasZod = (file: string): boolean => readFileSync(CDN + file, 'utf8').includes('._zod');

/** Every file `entry` imports statically, itself included. */
function upFront(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(CDN + entry, 'utf8');
  // Minified static imports: `import"./a.js"` and `import{…}from"./b.js"` (not `import("./c.js")`).
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?"\.\/([\w.-]+\.js)"/g)) upFront(match[1]!, seen);
  return seen;
}

/** The chunk named `name-HASH.js` that one of `files` imports dynamically (`import("./name-HASH.js")`), if any. */
function dynamicImport(files: Iterable<string>, name: string): string | undefined {
  const pattern = new RegExp(`import\\("\\./(${name}-[\\w-]{8}\\.js)"\\)`);
  for (const file of files) {
    const found = pattern.exec(readFileSync(CDN + file, 'utf8'))?.[1];
    if (found) return found;
  }
  return undefined;
}

describe('the CDN entries’ first load', () => {
  ensureBuilt(ROOT, ENTRIES.map((entry) => `packages/widgets/dist/cdn/${entry}`));

  for (const entry of ENTRIES) {
    it(`${entry} loads no zod and no schemas up front`, () => {
      const files = [...upFront(entry)];
      assert.ok(files.length > 1 || entry === 'autoloader.js', `${entry} has static imports: ${files.join(', ')}`);
      // zod's schemas keep their internals under `._zod` wherever the build puts them; no other code has it.
      const withZod = files.filter((file) => hasZod(file));
      assert.deepEqual(withZod, [], `${entry} loads zod up front through ${withZod.join(', ')}`);
      assert.deepEqual(files.filter((file) => /^(zod|validation|requests|checks|pages|form-fields)-/.test(file)), []);
    });
  }

  it('no entry loads the content model or a view’s resolver up front: pack pages read views prebuilt, others load them with the content', () => {
    for (const entry of ENTRIES) {
      const files = [...upFront(entry)];
      assert.deepEqual(files.filter((file) => /^(content-model|resolve-)/.test(file)), [], entry);
    }
    const resolvers = readdirSync(CDN).filter((file) => file.startsWith('resolve-') && file.endsWith('.js'));
    assert.deepEqual(resolvers.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort(), ['resolve-help-request', 'resolve-programme-finder', 'resolve-service-search', 'resolve-start-for-life-offer']);
    for (const file of resolvers) assert.ok([...upFront(file)].some((chunk) => chunk.startsWith('content-model-')), `${file} brings the content model`);
  });

  it('the offer card loads only Lit and the kit, the content runtime and its own code up front', () => {
    const files = [...upFront('start-for-life-offer.js')].map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual(files.sort(), ['base', 'content-source.js', 'define', 'runtime', 'start-for-life-offer.js', 'view-start-for-life-offer']);
  });

  it('the service search, the programme finder and the help request define their elements up front and load their screens (forms, questions, what a family’s choices do) while their content loads', () => {
    for (const [entry, screen, kept] of [
      ['service-search.js', 'search-screen', /^(geo|vocabularies|ask-for-help|engine|search-results)-/],
      ['programme-finder.js', 'finder-screen', /^(geo|programmes|announcer|finder-results)-/],
      ['help-request.js', 'help-request-screen', /^(form|rich-text|pages|checks)-/],
    ] as const) {
      const files = [...upFront(entry)];
      const lazy = dynamicImport(files, screen);
      assert.ok(lazy, `${entry}: a dynamic import of its screen`);
      assert.ok(!files.includes(lazy), `${entry}: its screen is not loaded up front`);
      assert.deepEqual(files.filter((file) => kept.test(file)), [], `${entry}: what only its screens use comes with them`);
    }
    // So a page with every widget loads none of these until one of the widgets is on it.
    const all = [...upFront('index.js')];
    assert.deepEqual(all.filter((file) => /^(search-screen|finder-screen|help-request-screen|geo|programmes|vocabularies|form|rich-text)-/.test(file)), []);
  });

  it('the service search’s own engines (in the page and the worker’s client) are a chunk it asks for while its content loads', () => {
    const files = [...upFront('service-search.js')];
    const screen = [...upFront(dynamicImport(files, 'search-screen')!)];
    const lazy = dynamicImport(files, 'engine');
    assert.ok(lazy, 'a dynamic import of the engine chunk in the element’s first load, so it downloads alongside the screens');
    assert.ok(!files.includes(lazy) && !screen.includes(lazy), 'not loaded up front, nor with the screen');
    // The engine starts the worker: its address is in the engine chunk, not in the widget's first load.
    assert.ok(readFileSync(CDN + lazy, 'utf8').includes('service-search-worker.js'));
    assert.ok(![...files, ...screen].some((file) => readFileSync(CDN + file, 'utf8').includes('service-search-worker.js')));
  });

  it('the service search draws results, details and the shortlist from a chunk its screen loads later, with the schedule wording', () => {
    const files = [...upFront('service-search.js')];
    const screen = [...upFront(dynamicImport(files, 'search-screen')!)];
    const lazy = dynamicImport(screen, 'search-results');
    assert.ok(lazy, 'a dynamic import of the results chunk');
    assert.deepEqual([...files, ...screen].filter((file) => /^(search-results|schedule-text|print)-/.test(file)), []);
    assert.ok([...upFront(lazy)].some((file) => file.startsWith('schedule-text-')), 'the schedule wording comes with the results');
  });

  it('the programme finder draws its results from a chunk its screen loads later, with the calendar file', () => {
    const files = [...upFront('programme-finder.js')];
    const screen = [...upFront(dynamicImport(files, 'finder-screen')!)];
    const lazy = dynamicImport(screen, 'finder-results');
    assert.ok(lazy, 'a dynamic import of the results chunk');
    assert.deepEqual([...files, ...screen].filter((file) => /^(finder-results|course-calendar)-/.test(file)), []);
    assert.ok([...upFront(lazy)].some((file) => file.startsWith('course-calendar-')), 'the calendar file comes with the results');
  });

  it('the offer’s full and section layouts (and the print helper) are a chunk it loads later: a card does without', () => {
    const files = [...upFront('start-for-life-offer.js')];
    const lazy = files.map((file) => /import\("\.\/(offer-layouts-[\w-]+\.js)"\)/.exec(readFileSync(CDN + file, 'utf8'))?.[1]).find(Boolean);
    assert.ok(lazy, 'a dynamic import of the layouts chunk');
    assert.deepEqual(files.filter((file) => /^(offer-layouts|print)-/.test(file)), []);
    assert.ok([...upFront(lazy)].some((file) => file.startsWith('print-')), 'printing comes with the full layout');
  });

  it('the help request’s question pages, with the form fields, are a chunk its screen loads later', () => {
    const files = [...upFront('help-request.js')];
    const screen = [...upFront(dynamicImport(files, 'help-request-screen')!)];
    const lazy = dynamicImport(screen, 'pages');
    assert.ok(lazy, 'a dynamic import of the pages chunk');
    assert.ok(!screen.includes(lazy), 'not loaded with the start page');
    const withPages = [...upFront(lazy)];
    assert.ok(withPages.some((file) => file.startsWith('form-fields-')), 'the fields come with the pages');
    assert.ok(!withPages.some((file) => hasZod(file)), 'the pages render without zod');
  });

  it('the help request’s checks (with zod) are a chunk its screen loads later', () => {
    const files = [...upFront('help-request.js')];
    const screen = [...upFront(dynamicImport(files, 'help-request-screen')!)];
    assert.ok(!screen.some((file) => hasZod(file)), 'the start page draws without zod');
    const lazy = dynamicImport(screen, 'checks');
    assert.ok(lazy, 'a dynamic import of the checks chunk');
    assert.ok([...upFront(lazy)].some((file) => hasZod(file)), 'zod comes with the checks');
  });
});
