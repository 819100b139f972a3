/**
 * The pages the page benchmark measures: one row each. To measure another widget, add its page
 * under scripts/bench/pages/ (or point `path` at an example page) and a row here; nothing else
 * in scripts/bench/ names a page, a widget, a bundle or a pack.
 */

/** One page to measure. */
export interface BenchPage {
  /** Short id: the row's name in the table and in `FH_BENCH_PAGES`. */
  readonly id: string;
  /** What the page is, for the docs. */
  readonly label: string;
  /** Path on the bench server (see {@link benchMounts}). */
  readonly path: string;
  /**
   * The element whose content ends the measurement: the first `fh-content-loaded` event it fires
   * (see measure.ts for the exact end point).
   */
  readonly element: string;
  /** Present in the element's shadow root once it shows its content (not a fallback). */
  readonly contentSelector: string;
  /**
   * Built files the page loads, relative to the repository (checked to be newer than the sources;
   * `npm run build` runs when they are not). Empty for pages built by the bench itself.
   */
  readonly builtFiles: readonly string[];
}

/** Where the CDN bundle is built; served at /widgets/cdn/ by the demo server. */
const CDN = 'packages/widgets/dist/cdn/';
const CDN_ENTRY = `${CDN}start-for-life-offer.js`;

export const BENCH_PAGES: readonly BenchPage[] = [
  {
    id: 'baseline',
    label: 'Baseline: a plain Lit element that fetches the offer’s three files of the same pack and lists the offer’s item titles (no SDK)',
    path: '/bench/baseline.html',
    element: 'bench-baseline-offer',
    contentSelector: 'li',
    builtFiles: [],
  },
  {
    id: 'card',
    label: 'Home page with the Start for Life card (`layout="card"`), pack mode',
    path: '/bench/card.html',
    element: 'fh-start-for-life-offer',
    contentSelector: '.card',
    builtFiles: [CDN_ENTRY],
  },
  {
    id: 'full-offer',
    label: 'Full Start for Life offer page, pack mode',
    path: '/bench/full-offer.html',
    element: 'fh-start-for-life-offer',
    contentSelector: '.offer',
    builtFiles: [CDN_ENTRY],
  },
  {
    id: 'search',
    label: 'Service search page with its first results (every service, in the page’s Web Worker), pack mode',
    path: '/bench/services.html',
    element: 'fh-service-search',
    contentSelector: '.results-heading',
    builtFiles: [`${CDN}service-search.js`],
  },
  {
    id: 'finder',
    label: 'Programme finder page at its guided start, pack mode',
    path: '/bench/programmes.html',
    element: 'fh-programme-finder',
    contentSelector: '.step',
    builtFiles: [`${CDN}programme-finder.js`],
  },
  {
    id: 'help',
    label: 'Help request page at its start page (drawn in the light DOM, into the form slot), pack mode',
    path: '/bench/help.html',
    element: 'fh-help-request',
    contentSelector: 'slot[name="form"]',
    builtFiles: [`${CDN}help-request.js`],
  },
];

/**
 * What the bench adds to the demo server, ahead of the demo's own folders (the built widgets at
 * /widgets/, the example pages and council.css at /, the lean pack at /content-pack/): the bench
 * pages and the baseline bundle the bench builds into `buildDir`. URL prefix → folder.
 */
export function benchMounts(pagesDir: string, buildDir: string): readonly (readonly [string, string])[] {
  return [
    ['/bench/build/', buildDir],
    ['/bench/', pagesDir],
  ];
}
