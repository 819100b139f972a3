// CDN build of @family-hubs/widgets: one ES module entry per widget (and one for all, and an
// autoloader) for a <script type="module"> tag, with the code they share in one runtime chunk,
// lazy chunks (locales, the QR code, editors' preview) loaded on demand, minified, every dependency
// bundled. A Lit-only baseline element is built first with the same settings, for the size report.
// Input is tsc's output (run `npm run build`, which runs tsc first), so no TypeScript plugin is
// involved here. The npm build stays unbundled tsc output; this file is only about the CDN.
//
// tslib: tsconfig.base.json has importHelpers off, so emitted code never imports tslib; if it ever
// does, the CDN build must bundle it (a browser cannot resolve a bare `tslib` import), which is
// what node-resolve does here.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';

const root = dirname(fileURLToPath(import.meta.url));
const cdnDir = join(root, 'packages/widgets/dist/cdn');
const reportFile = join(root, 'docs/size-report.md');

/**
 * tsc emits packages/widgets/dist/cdn/*.js (+ .d.ts, maps); once rollup has read them they are
 * replaced by the bundle so the folder only holds what a CDN serves.
 */
function replaceTscOutput() {
  return {
    name: 'fh-replace-tsc-cdn-output',
    buildEnd(error) {
      if (error) return;
      for (const file of readdirSync(cdnDir)) rmSync(join(cdnDir, file), { recursive: true, force: true });
    },
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const baselineDir = join(root, 'node_modules/.cache/fh-size-baseline');
const gzipSize = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/**
 * SDK modules only one widget uses, by chunk: kept out of the runtime every page loads (a Start for
 * Life page does not pay for course matching or .ics files). They need a chunk of their own: a
 * module left to rollup that the runtime's barrel re-exports would be pulled into the runtime.
 */
const WIDGET_OWN_SDK = [
  ['/packages/content/dist/programmes/', 'programmes'],
  ['/packages/content/dist/views/programme-finder.js', 'programmes'],
  ['/packages/content/dist/model/parenting-programme.js', 'programmes'],
];

/** Module ids bundled into the shared runtime chunk: Lit, localisation, zod and the SDK and kit every widget uses. */
function runtimeChunk(id) {
  const own = WIDGET_OWN_SDK.find(([path]) => id.includes(path));
  if (own) return own[1];
  if (id.includes('/node_modules/@contentful/live-preview/')) return 'contentful-live-preview';
  // The autoloader must stay tiny: it loads the runtime only with the first widget it finds.
  if (id.endsWith('/internal/autoloader.js') || id.includes('/dist/cdn/')) return undefined;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|zod)\//.test(id)) return 'runtime';
  if (id.includes('/packages/content/dist/') && !id.includes('/sources/contentful/')) return 'runtime';
  if (id.includes('/packages/widgets/dist/internal/')) return 'runtime';
  return undefined;
}

/** Prints min and min+gzip sizes per chunk and what each entry loads up front; writes docs/size-report.md. */
function sizeReport() {
  return {
    name: 'fh-size-report',
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const size = new Map(
        chunks.map((chunk) => {
          const code = Buffer.from(chunk.code);
          return [chunk.fileName, { min: code.length, gzip: gzipSync(code, { level: 9 }).length }];
        }),
      );
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const initialLoad = (entry) => {
        const seen = new Set();
        const visit = (fileName) => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          for (const next of byName.get(fileName)?.imports ?? []) visit(next);
        };
        visit(entry.fileName);
        return [...seen].reduce((sum, f) => ({ min: sum.min + size.get(f).min, gzip: sum.gzip + size.get(f).gzip }), { min: 0, gzip: 0 });
      };

      const rows = chunks
        .sort((a, b) => Number(b.isEntry) - Number(a.isEntry) || size.get(b.fileName).gzip - size.get(a.fileName).gzip)
        .map((chunk) => {
          const s = size.get(chunk.fileName);
          const kind = chunk.isEntry ? 'entry' : chunk.isDynamicEntry ? 'lazy' : 'shared';
          return [chunk.fileName, kind, kB(s.min), kB(s.gzip)];
        });
      const entries = chunks.filter((c) => c.isEntry).map((c) => [c.fileName, initialLoad(c)]);
      const total = [...size.values()].reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip }), { min: 0, gzip: 0 });

      const table = [['chunk', 'kind', 'min', 'min+gzip'], ...rows];
      const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
      console.log('\nCDN bundle sizes (packages/widgets/dist/cdn)');
      for (const row of table) console.log('  ' + row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
      for (const [name, s] of entries) console.log(`  initial load of ${name} (entry + static imports): ${kB(s.min)} min, ${kB(s.gzip)} min+gzip`);
      console.log(`  all chunks: ${kB(total.min)} min, ${kB(total.gzip)} min+gzip`);

      const baseline = JSON.parse(readFileSync(join(baselineDir, 'size.json'), 'utf8'));
      console.log(`  Lit-only baseline element, same settings: ${kB(baseline.min)} min, ${kB(baseline.gzip)} min+gzip`);
      const markdown = [
        '# CDN bundle size report',
        '',
        'Generated by `npm run build` (rollup.config.mjs). Sizes are of the minified chunks in',
        '`packages/widgets/dist/cdn/`; gzip at level 9. A page loads one entry: a widget\'s own',
        '(`start-for-life-offer.js`), `autoloader.js` (which loads the entries of the widgets it finds),',
        'or `index.js` (every widget). Entries share the `runtime` chunk.',
        '',
        '## What a page loads up front',
        '',
        '| Entry | Min | Min+gzip |',
        '| --- | ---: | ---: |',
        ...entries.map(([name, s]) => `| \`${name}\` (with its static imports) | ${kB(s.min)} | **${kB(s.gzip)}** |`),
        `| Lit-only baseline element (same build settings) | ${kB(baseline.min)} | ${kB(baseline.gzip)} |`,
        '',
        '## Every chunk',
        '',
        '| Chunk | Kind | Min | Min+gzip |',
        '| --- | --- | ---: | ---: |',
        ...rows.map((row) => `| \`${row[0]}\` | ${row[1]} | ${row[2]} | ${row[3]} |`),
        '',
        `All chunks together: ${kB(total.min)} min, ${kB(total.gzip)} min+gzip.`,
        '',
      ].join('\n');
      mkdirSync(dirname(reportFile), { recursive: true });
      writeFileSync(reportFile, markdown);
    },
  };
}

/** Minifier and resolver settings, shared with the page benchmark's baseline build (scripts/bench/). */
export const terserOptions = { ecma: 2022, module: true, compress: { passes: 2 } };
export const nodeResolveOptions = { browser: true, preferBuiltins: false, exportConditions: ['browser', 'production'] };

const plugins = () => [
  nodeResolve(nodeResolveOptions),
  // The contentful client (a lazy chunk, only for pages reading Contentful directly) still ships
  // CommonJS dependencies such as the `process` shim.
  commonjs(),
  terser(terserOptions),
];

/** Writes the baseline's size for the main build's report. */
function baselineSize() {
  return {
    name: 'fh-size-baseline',
    writeBundle(_options, bundle) {
      const code = Object.values(bundle).filter((item) => item.type === 'chunk').map((chunk) => chunk.code).join('');
      writeFileSync(join(baselineDir, 'size.json'), JSON.stringify({ min: Buffer.byteLength(code), gzip: gzipSize(code) }));
    },
  };
}

// tsc's output of src/cdn/*.ts; empty when the config is only imported for its settings (the bench).
const cdnInputs = Object.fromEntries(
  (existsSync(cdnDir) ? readdirSync(cdnDir) : [])
    .filter((file) => file.endsWith('.js'))
    .map((file) => [file.replace(/\.js$/, ''), join(cdnDir, file)]),
);

const baseline = {
  input: 'scripts/size-baseline/lit-element.js',
  output: { dir: baselineDir, format: 'es' },
  plugins: [...plugins(), baselineSize()],
};

const cdn = {
  input: cdnInputs,
  output: {
    dir: 'packages/widgets/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    // Editors' live preview gets its own lazy chunk, loaded only on preview pages inside the CMS.
    manualChunks: runtimeChunk,
    sourcemap: true,
  },
  plugins: [replaceTscOutput(), ...plugins(), sizeReport()],
  onwarn(warning, warn) {
    // A bare import left in the CDN bundle cannot load in a browser.
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    // tsc's inline __decorate helper probes a top-level `this`, which is undefined in ES modules
    // anyway; the helper handles that.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

export default [baseline, cdn];
