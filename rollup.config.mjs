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
import { groupOf } from './scripts/size-groups.mjs';
import { stripEditorMetadata } from './scripts/strip-editor-metadata.mjs';

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
 * The `@lit/localize` runtime and what only it uses: a lazy chunk, loaded with the first locale
 * other than English (`msg()` falls back to the source templates without it).
 */
const LOCALE_RUNTIME = /(\/internal\/locale-runtime\.js|\/@lit\/localize\/(init\/runtime|internal\/(runtime-msg|id-generation|fnv1a64|deferred))\.js)$/;

/**
 * SDK and kit modules some widgets use and others do not, each group in a chunk of its own: a
 * widget's view (`view-NAME`) and its resolver (`resolve-NAME`, lazy), the search index (lazy,
 * with MiniSearch), the vocabularies, schedules and their wording, geo, the print helper, rich
 * text, the form kit and its fields. Left unassigned they would join the runtime, because the
 * SDK's index (in the runtime) re-exports them; in their own chunks, only the widgets that use
 * them download them.
 */
function widgetSpecificChunk(id) {
  // A view's resolver, with what only it reads: loaded when a source answers with entries.
  const resolver = /\/packages\/content\/dist\/views\/([\w-]+)-resolver\.js$/.exec(id);
  if (resolver) return `resolve-${resolver[1]}`;
  if (id.endsWith('/packages/content/dist/offer/offer-view.js')) return 'resolve-start-for-life-offer';
  if (/\/packages\/content\/dist\/programmes\/(resolve|sessions)\.js$/.test(id)) return 'resolve-programme-finder';
  const view = /\/packages\/content\/dist\/views\/([\w-]+)\.js$/.exec(id);
  if (view && !['define-view', 'view-shape', 'shapes', 'parts', 'index'].includes(view[1])) return `view-${view[1]}`;
  // Only the service search looks for a pack's prebuilt search index.
  if (id.endsWith('/packages/content/dist/sources/pack/search-index-file.js')) return 'view-service-search';
  if (/\/packages\/content\/dist\/offer\//.test(id)) return 'view-start-for-life-offer';
  // The search contract's vocabularies are tiny and read by the widget up front; the index is lazy.
  if (/\/packages\/content\/dist\/search\/(?!types\.js)/.test(id)) return 'search';
  // The help request's limits and error codes are read up front; its schema (zod) and submission
  // only once a family starts the form (the widget's lazy `checks` chunk).
  if (id.endsWith('/packages/content/dist/requests/limits.js')) return 'view-help-request';
  // How a schedule reads ("Every other Tuesday", "Open now"): drawn with results, not with the view.
  if (/\/packages\/content\/dist\/schedule\/(describe|open-status)\.js$|\/packages\/widgets\/dist\/internal\/schedule-text\.js$/.test(id)) return 'schedule-text';
  // A course as a calendar file: only "Add to calendar", in the programme finder's results, makes one.
  if (id.endsWith('/packages/content/dist/programmes/ics.js')) return 'course-calendar';
  const folder = /\/packages\/content\/dist\/(schedule|geo|programmes|requests)\//.exec(id);
  if (folder) return folder[1];
  if (/\/packages\/content\/dist\/(model\/vocabularies|search\/types)\.js$/.test(id)) return 'vocabularies';
  // Following editors as they type: preview pages only.
  if (id.endsWith('/packages/content/dist/client/preview-edits.js')) return 'preview-edits';
  // Exit this page and the programme finder announce; the offer and the help request do not.
  // Editors' preview connects only on preview pages; rich text is drawn by the full offer, the
  // help request and the results of the search and the finder, never by the offer card.
  const kit = /\/packages\/widgets\/dist\/internal\/(ask-for-help|print|announcer|preview-connection|rich-text)\.js$/.exec(id);
  if (kit) return kit[1];
  // Loading a widget's screens while its content loads: the search, the finder and the help request
  // do it, the offer card does not.
  if (/\/packages\/widgets\/dist\/internal\/(lazy-screen|screen-element|drawn)\.js$/.test(id)) return 'screen';
  // The light-DOM form kit: the help request's, not every widget's. Its fields come with the
  // question pages, which the help request loads after its start page.
  if (id.endsWith('/packages/widgets/dist/internal/form/fields.js')) return 'form-fields';
  if (id.includes('/packages/widgets/dist/internal/form/')) return 'form';
  return undefined;
}

/**
 * What reads entries into a widget's view: the content types' descriptions, the shape check of
 * entities, link resolution and locale fallback (`assembleContentSet`), the pack's entity reader
 * and the pieces views share. A pack page whose widgets read prebuilt views never loads it; a
 * widget that reads entries (the service search, any widget on Contentful or an ORUK feed)
 * loads it with its resolver, or up front when its view is bundled with its resolver.
 * The registry helpers and rich text's types stay in the runtime (the pack source and the
 * rich-text renderer read them up front); the vocabularies (the value lists widgets label and
 * filter by) are a chunk of their own, which the card, reading none, never downloads.
 */
const CONTENT_MODEL =
  /\/packages\/content\/dist\/(assemble-content-set|views\/parts|sources\/(asset|locale-chain|pack\/(pack-entities|read-content-set|single-file-envelope))|model\/(?!registry\.js|vocabularies\.js|offer-stages\.js|rich-text\.js|dfe-taxonomy\.js|rich-text-normalise\.js)[\w/-]+)\.js$/;

/**
 * What every element needs and elements without content need alone (Exit this page): Lit, the
 * base element and its styles, localisation, the guarded define, events and the URL
 * policy. A chunk of its own, so a page with only Exit this page does not download the content
 * client and the content types (the `runtime` chunk, which imports this one).
 */
const BASE_KIT =
  /\/packages\/widgets\/dist\/internal\/(base-element|next-task|shared-styles|tokens|localization|define|version|events|heading|url|format)\.js$|\/packages\/widgets\/dist\/locales\/locale-codes\.js$|\/packages\/content\/dist\/url-policy\.js$/;

/**
 * The full validation of live entries: each type's zod schema derived from its description, the
 * issue wording, rich-text normalisation, `buildContentSet`. Imported only by the live sources
 * (lazy chunks) and, lazily, by the content client for editors' edits; never by a pack page.
 */
const VALIDATION = /\/packages\/content\/dist\/(build-content-set|model\/rich-text-normalise|model\/definition\/(schema|validate))\.js$/;

/**
 * A model module (a content type's description) that only one widget's view reads goes into that
 * view's chunk, so other widgets' pages do not download it; types several views read stay in the
 * runtime.
 */
function viewOnlyModelModule(id, getModuleInfo) {
  if (!/\/packages\/content\/dist\/model\/[\w-]+\.js$/.test(id)) return undefined;
  const chunks = new Set((getModuleInfo(id)?.importers ?? []).map((importer) => widgetSpecificChunk(importer) ?? 'shared'));
  const [only] = chunks;
  return chunks.size === 1 && /^(view|resolve)-/.test(only) ? only : undefined;
}

/** The chunk of a module: `base`, `runtime`, `zod`, `validation`, a widget's own, or a lazy one. */
function runtimeChunk(id, { getModuleInfo }) {
  if (id.includes('/node_modules/@contentful/live-preview/')) return 'contentful-live-preview';
  if (LOCALE_RUNTIME.test(id)) return 'locale-runtime';
  // The autoloader must stay tiny: it loads the runtime only with the first widget it finds.
  if (id.endsWith('/internal/autoloader.js') || id.includes('/dist/cdn/')) return undefined;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(id) || BASE_KIT.test(id)) return 'base';
  // zod, and the validation of live entries built on it, load only with a source that validates
  // (Contentful, ORUK, editors' preview) or the help request's form: a pack is checked for shape.
  if (/\/node_modules\/zod\//.test(id) || id.endsWith('/packages/content/dist/zod.js')) return 'zod';
  if (VALIDATION.test(id)) return 'validation';
  // Sources' own code stays in lazy chunks: a page pays for Contentful or an ORUK feed only when it
  // reads one. The DfE term list too, which in pages only the ORUK reader uses (it maps feed terms
  // onto it): a chunk of its own, as the runtime would otherwise take it in with the model index.
  if (id.endsWith('/packages/content/dist/model/dfe-taxonomy.js')) return 'dfe-taxonomy';
  const specific = widgetSpecificChunk(id) ?? viewOnlyModelModule(id, getModuleInfo);
  if (specific) return specific;
  if (CONTENT_MODEL.test(id)) return 'content-model';
  if (id.includes('/packages/content/dist/') && !/\/sources\/(contentful\/|oruk\/|layered\.js)/.test(id)) return 'runtime';
  if (id.includes('/packages/widgets/dist/internal/')) return 'runtime';
  return undefined;
}

/**
 * Per chunk, each module's minified size and its share of the chunk's gzip size (its own gzip
 * size scaled so the chunk's modules add up to the chunk), for `npm run size:breakdown`.
 */
function moduleBreakdown(chunks, size) {
  return chunks.map((chunk) => {
    const modules = Object.entries(chunk.modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id, m]) => ({ id, rendered: m.renderedLength, ownGzip: gzipSize(m.code ?? '') }));
    const ownTotal = modules.reduce((sum, m) => sum + m.ownGzip, 0) || 1;
    const { min, gzip } = size.get(chunk.fileName);
    return {
      fileName: chunk.fileName,
      min,
      gzip,
      modules: modules.map((m) => ({ id: m.id, rendered: m.rendered, gzip: Math.round((m.ownGzip * gzip) / ownTotal) })),
    };
  });
}

/** A chunk's gzip share per package or source folder, largest first. */
function groupRows(chunk) {
  const sums = new Map();
  for (const m of chunk.modules) sums.set(groupOf(m.id), (sums.get(groupOf(m.id)) ?? 0) + m.gzip);
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** The hand-written part of docs/size-report.md: what is lazy, what was cut, what stays and why. */
const EXPLANATION = [
  '## Reading the figures',
  '',
  'Targets (issue 7): one widget with its runtime ≤ 25 kB min+gzip; all widgets together ≤ 45 kB.',
  'The start-for-life-offer initial load above is the one-widget figure (the card; what the full',
  'layout and reading entries add is in the table under it); `index.js` (every widget) is the',
  'all-widgets figure. In the breakdown, small libraries look',
  'smaller than they are alone (gzip shares its dictionary across modules): Lit by itself is the',
  'baseline figure above.',
  '',
  'Loaded only when needed (lazy chunks): the `@lit/localize` runtime and translations (only for a',
  'locale other than en-GB: `msg()` returns the English source templates without it), the QR code',
  '(printing the full offer), the Contentful Delivery API source (`fetch-source`, pages reading',
  'Contentful directly), an ORUK feed\'s reader and the layering of its services (`feed-layer`,',
  '`oruk-source`, `feed`) and editors\' live preview (`live-preview`, `contentful-live-preview`,',
  '`preview-connection`, `preview-edits`).',
  '',
  'Shared chunks: `base` (Lit, the base element, styles, localisation, events, the URL policy) is',
  'what every element needs; `runtime` (the content client, the pack reader\'s envelope checks,',
  'the views\' shape checks, the content widget kit) is what content widgets add to it, so Exit this',
  'page, which shows no content, loads `base` (and the `announcer`) alone. Each widget\'s view',
  '(`view-NAME`: its id, types and the shape of its prebuilt value), the service search\'s engines',
  '(`engine`, downloaded while its content loads) and index (`search`, lazy, with MiniSearch), the',
  'vocabularies, schedules, geo, the form kit, rich text and the print helper have chunks of their',
  'own, downloaded only by the widgets that use them. `index.js` defines every widget, so it is all',
  'of these together: a page that shows one or two widgets should load their own entries or the',
  'autoloader.',
  '',
  'Not in the tables: `service-search-worker.js`, the service search\'s Web Worker, built on its own',
  'with MiniSearch and the index inlined (a worker cannot share the `base` chunk). A page downloads',
  'it instead of the `search` chunk when the search runs in the worker.',
  '',
  'Prebuilt views (the step that took the card under 25 kB): `family-hubs pack` writes each',
  'widget\'s view resolved, one file per view and locale (`en-GB/view-start-for-life-offer.json`),',
  'and a widget whose view the pack carries reads that file and checks it against the view\'s',
  'shape (`views/view-shape.ts`). The content types\' descriptions, the entity shape checks, link',
  'resolution and the view\'s resolution (`content-model` and `resolve-NAME`: the offer\'s row above)',
  'load only when a source answers with entries: Contentful, an ORUK feed, a pack without the view',
  'prebuilt, or the service search, which searches the entities themselves and fetches its',
  'resolver with its content. Before it (the descriptions and resolution in `runtime` and each',
  'widget\'s first load): the offer 31.8 kB, the help request 36.8 kB, the service search 44.5 kB,',
  'the programme finder 37.4 kB, `index.js` 69.7 kB. The same change moved editors\' preview code,',
  'the ORUK layering, the vocabularies, the announcer and rich text out of the card\'s load.',
  '',
  'Validation (zod and the schemas: the `zod` and `validation` chunks) is not in a pack page\'s',
  'load. Packs are validated when `family-hubs pack` builds them; in the browser a pack is checked',
  'for shape and version with hand-written checks (`sources/pack/envelope.ts`, the views\' shapes,',
  'and for entities `model/definition/shape.ts`), so each content type is a description (fields,',
  'kinds, links, locales) and its zod schema is derived from it on first use in',
  '`model/definition/schema.ts`, which only the validating paths import: the Contentful and ORUK',
  'readers (lazy chunks), editors\' preview (loaded with the first edit) and the help request\'s',
  '`checks` chunk. Choosing this over replacing zod: the live sources still need every rule and the',
  'editor-facing wording, which zod gives in one place, and a pack has already been through those',
  'rules. Before it (zod and every schema of the view in `runtime`, 24.4 kB): the offer loaded',
  '44.2 kB, `index.js` 94.3 kB, the service search 57.3 kB, the programme finder 50.8 kB, the help',
  'request 53.3 kB.',
  '',
  'Screens (the step that took `index.js` under 45 kB): the service search, the programme finder',
  'and the help request draw nothing of their own before their content arrives (the page\'s',
  'fallback shows), so each is split into its element (properties, events, view: the widget\'s',
  '`define` chunk above, 1.2 to 3.0 kB) and its screen (`search-screen`, `finder-screen`,',
  '`help-request-screen`: what it draws and what a family\'s choices do), which the element asks',
  'for as soon as it is connected, with its content (`internal/lazy-screen.ts`; the table above).',
  'A page with every widget then downloads a widget\'s screens only where that widget is on it.',
  'Before it (f6fb2e2): `index.js` 60.1 kB, the service search 35.3 kB, the programme finder',
  '31.3 kB, the help request 32.0 kB.',
  '',
  'What each widget loads after its first screen (lazy chunks, asked for while the first screen',
  'shows, so they have arrived by the time a family needs them; sizes in the table above): the',
  'offer\'s full and section layouts (`offer-layouts`, with `print`; asked for as soon as a full or',
  'section offer is connected, while its content loads; a card never downloads them), the help',
  'request\'s question pages with the form fields (`pages`, `form-fields`), the service search\'s',
  'engines (`engine`) and what draws its results, details and shortlist (`search-results`, with',
  '`schedule-text` and `print`), both asked for while its content loads and awaited by the first',
  'search, and the programme finder\'s results (`finder-results`, with `course-calendar`, asked',
  'for once its first step has painted). When one cannot be loaded the widget shows the page\'s',
  'fallback (the offer, the finder) or says so with a phone number (the help request, the service',
  'search), and asks again on the next press, search or visit to the results (the offer when it',
  'is connected again); each case is an end-to-end test in `test/e2e/demo.e2e.test.ts`, and',
  '`test/repo/cdn-graph.test.ts` fails if one joins its entry\'s first load. Before these: the',
  'offer 34.5 kB, the help request 40.5 kB, the service search 50.0 kB, the programme finder',
  '40.6 kB, `index.js` 85.0 kB.',
  '',
  'The help request\'s answer checks and its submission (the shared request schema with zod, the',
  'submission client: the `checks`, `requests` and `zod` chunks, about 11 kB gzip) are a lazy chunk:',
  'the form asks for it in an idle moment after its start page has painted, and again on "Start now",',
  'so it has arrived by the first "Continue" without holding up the first render. If it cannot be',
  'loaded, the form says so with the phone number and keeps every answer',
  '(`test/e2e/demo.e2e.test.ts`); `test/repo/cdn-graph.test.ts` fails if zod joins any entry\'s',
  'static imports. Before this (zod in the help request\'s static imports): the help request 51.1 kB,',
  '`index.js` 95.6 kB.',
  '',
  'Kept out of the browser altogether: what only Contentful\'s editor and the docs read. Field',
  'builders record their rules and `model/definition/contentful-field.ts` (imported only by the CLI)',
  'derives Contentful validations, editor messages and widgets from them; the CDN build strips',
  'help texts and content type descriptions from the definitions',
  '(`scripts/strip-editor-metadata.mjs`). Field names stay: reported problems name the field.',
  '',
  'What stays in a content widget\'s initial load, and why: Lit (the elements); the shape of the',
  'widget\'s prebuilt view (checked before it is rendered); the URL policy (every link is checked',
  'as it is rendered); the content client (cache, de-dupe, timeouts, stale fallback) and the',
  'content-pack reader\'s envelope checks; the kit (base elements, content controller, shared',
  'styles and tokens, localisation helpers, preview tagging).',
  '',
];

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
      const breakdown = moduleBreakdown(chunks, size);
      writeFileSync(join(baselineDir, 'modules.json'), JSON.stringify(breakdown));
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** A chunk and every chunk it imports statically, as a browser follows them. */
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const next of byName.get(fileName)?.imports ?? []) closure(next, seen);
        return seen;
      };
      const sum = (files) => [...files].reduce((total, f) => ({ min: total.min + size.get(f).min, gzip: total.gzip + size.get(f).gzip }), { min: 0, gzip: 0 });
      const initialLoad = (entry) => sum(closure(entry.fileName));
      /**
       * What a lazy chunk (by name prefix) adds to `entry`'s first load when it is asked for, past
       * what the lazy chunks named in `after` (asked for before it) have brought.
       */
      const later = (entry, prefix, after = []) => {
        const lazy = chunks.find((chunk) => chunk.fileName.startsWith(prefix));
        if (!lazy) return undefined;
        const first = closure(entry);
        for (const earlier of after) {
          const chunk = chunks.find((candidate) => candidate.fileName.startsWith(earlier));
          if (chunk) closure(chunk.fileName, first);
        }
        const added = [...closure(lazy.fileName)].filter((f) => !first.has(f));
        return { files: added, ...sum(added) };
      };
      const askedLater = [
        ['offer', 'its full or section layout (`layout="full"`, `"section"`)', later('start-for-life-offer.js', 'offer-layouts-')],
        ['offer', 'reading entries, not the pack\'s prebuilt view (Contentful, an older pack)', later('start-for-life-offer.js', 'resolve-start-for-life-offer-')],
        ['service search', 'its screens, at connect', later('service-search.js', 'search-screen-')],
        ['service search', 'its resolver, with its content (it searches the entries themselves)', later('service-search.js', 'resolve-service-search-', ['search-screen-'])],
        ['service search', 'then its results, for the first search', later('service-search.js', 'search-results-', ['search-screen-', 'resolve-service-search-'])],
        ['service search', 'and its engine in the page (not when the search runs on the feed\'s server)', later('service-search.js', 'engine-', ['search-screen-', 'resolve-service-search-', 'search-results-'])],
        ['programme finder', 'its screens, at connect', later('programme-finder.js', 'finder-screen-')],
        ['programme finder', 'then its results, once the first step has painted', later('programme-finder.js', 'finder-results-', ['finder-screen-'])],
        ['help request', 'its screens (the start page), at connect', later('help-request.js', 'help-request-screen-')],
        ['help request', 'then its question pages, once the start page has painted', later('help-request.js', 'pages-', ['help-request-screen-'])],
        ['help request', 'and its checks with the submission', later('help-request.js', 'checks-', ['help-request-screen-', 'pages-'])],
      ].filter(([, , added]) => added);

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
        'or `index.js` (every widget). Entries share the `base` and `runtime` chunks.',
        '',
        '## What a page loads up front',
        '',
        '| Entry | Min | Min+gzip |',
        '| --- | ---: | ---: |',
        ...entries.map(([name, s]) => `| \`${name}\` (with its static imports) | ${kB(s.min)} | **${kB(s.gzip)}** |`),
        `| Lit-only baseline element (same build settings) | ${kB(baseline.min)} | ${kB(baseline.gzip)} |`,
        '',
        'What each widget asks for later, while its content loads or once its first screen has painted,',
        'only when it needs it (each row past the rows above it):',
        '',
        '| Widget | When | Chunks | Min+gzip |',
        '| --- | --- | --- | ---: |',
        ...askedLater.map(([widget, when, added]) => `| ${widget} | ${when} | ${added.files.map((f) => `\`${f.replace(/-[\w-]{8}\.js$/, '')}\``).join(', ')} | ${kB(added.gzip)} |`),
        '',
        '## Every chunk',
        '',
        '| Chunk | Kind | Min | Min+gzip |',
        '| --- | --- | ---: | ---: |',
        ...rows.map((row) => `| \`${row[0]}\` | ${row[1]} | ${row[2]} | ${row[3]} |`),
        '',
        `All chunks together: ${kB(total.min)} min, ${kB(total.gzip)} min+gzip.`,
        '',
        '## What the shared runtime and the offer are made of',
        '',
        'Each package\'s (or source folder\'s) share of the chunk\'s gzip size: its modules\' own gzip',
        'sizes, scaled so a chunk\'s parts add up to the chunk. `npm run size:breakdown` lists them by',
        'module (`-- --group` by package, `-- runtime` one chunk).',
        '',
        '| Chunk | Part | Min+gzip (share) |',
        '| --- | --- | ---: |',
        ...breakdown
          .filter((chunk) => /^(runtime|define)-/.test(chunk.fileName))
          .flatMap((chunk) => groupRows(chunk).map(([group, gzip]) => `| \`${chunk.fileName}\` | ${group} | ${kB(gzip)} |`)),
        '',
        ...EXPLANATION,
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

/**
 * The service search's Web Worker is its own file in the CDN folder, `service-search-worker.js`,
 * built by the `searchWorker` config below with everything it needs inlined (a worker must not
 * import the `base` chunk, whose Lit expects a document). The engine names it as
 * `new URL('./search-worker.js', import.meta.url)` (what npm users' bundlers recognise); here that
 * name becomes the CDN file's, next to the chunk the engine lands in.
 */
const SEARCH_WORKER_FILE = 'service-search-worker.js';
function searchWorkerUrl() {
  return {
    name: 'fh-search-worker-url',
    transform(code, id) {
      if (!id.endsWith('/packages/widgets/dist/service-search/engine.js')) return null;
      const renamed = code.replaceAll("new URL('./search-worker.js', import.meta.url)", `new URL('./${SEARCH_WORKER_FILE}', import.meta.url)`);
      if (renamed === code) this.error('engine.js no longer names ./search-worker.js as the CDN build expects');
      return { code: renamed, map: null };
    },
  };
}

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
  plugins: [replaceTscOutput(), searchWorkerUrl(), stripEditorMetadata(), ...plugins(), sizeReport()],
  // @lit/localize's barrel re-exports its runtime, whose module state (a resolved promise) would
  // otherwise count as a side effect and pull the lazy locale-runtime chunk into every entry.
  treeshake: { moduleSideEffects: (id) => !LOCALE_RUNTIME.test(id) },
  onwarn(warning, warn) {
    // A bare import left in the CDN bundle cannot load in a browser.
    if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    // tsc's inline __decorate helper probes a top-level `this`, which is undefined in ES modules
    // anyway; the helper handles that.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

// After `cdn`, which empties the folder of tsc's output first. Input is tsc's npm output.
const searchWorker = {
  input: 'packages/widgets/dist/service-search/search-worker.js',
  output: { file: join(cdnDir, SEARCH_WORKER_FILE), format: 'es', inlineDynamicImports: true, sourcemap: true },
  plugins: plugins(),
  onwarn: cdn.onwarn,
};

export default [baseline, cdn, searchWorker];
