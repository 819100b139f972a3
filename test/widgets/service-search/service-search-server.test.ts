// The service search over an Open Referral UK API's own search, switched on in HTML alone
// (`<fh-content-source oruk search="server">`, or `search-threshold` below the feed's size), against
// the sample council served by the demo server's ORUK routes at /oruk/ (real HTTP, see
// web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { createOrukSearchEngine } from '@family-hubs/content/oruk';
import '@family-hubs/widgets/service-search/define';
import type { FhServiceSearch } from '@family-hubs/widgets';
import { comeBackOnline, goOffline, pressSearch, resultsHeading, SAMPLE_GEOCODER, tick, typeInto, until } from './service-search.examples.js';

const PACK = '/test/widgets/fixtures/content-pack.json';
const FEED = new URL('/oruk/', location.href).href;

performance.setResourceTimingBufferSize(100_000);
/** Requests the page sent to the feed's `path`, as their query parameters. */
const feedRequests = (path: string): URLSearchParams[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname === new URL(path, FEED).pathname)
    .map((url) => url.searchParams);

const root = (el: Element) => el.shadowRoot!;
const resultNames = (el: Element) => [...root(el).querySelectorAll('.result-title a')].map((a) => a.textContent.trim());
const filterLabels = (el: Element) => [...root(el).querySelectorAll('.filters label')].map((label) => label.textContent.replace(/\s+/g, ' ').trim());
/** What the feed itself says it has for `params`: the number a family should be shown. */
const feedTotal = async (params: string): Promise<number> => ((await (await fetch(new URL(`services?${params}&per_page=1`, FEED))).json()) as { total_items: number }).total_items;

/** The page's `<fh-content-source>`, as a council writes it. */
function contentSource(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('fh-content-source');
  for (const [name, value] of Object.entries({ pack: PACK, oruk: FEED, ...attributes })) element.setAttribute(name, value);
  document.body.prepend(element);
  return element;
}

async function mountSearch(): Promise<FhServiceSearch> {
  const el = await fixture<FhServiceSearch>(html`<fh-service-search><p>Call the Family Hub on 0161 496 0000.</p></fh-service-search>`);
  await until(() => resultsHeading(el) !== '', 'the first results', 10_000);
  await el.updateComplete;
  return el;
}

describe('<fh-service-search> searching an ORUK API on the server', () => {
  let source: HTMLElement | undefined;
  beforeEach(() => performance.clearResourceTimings());
  afterEach(() => source?.remove());

  it('with search="server": the API’s own count, pages and text search, and no service read with the page', async () => {
    source = contentSource({ search: 'server' });
    const el = await mountSearch();
    expect(resultsHeading(el)).to.equal(`${await feedTotal('')} services`);
    expect(resultNames(el)).to.have.length(10);
    expect(feedRequests('services').some((params) => params.get('per_page') === '10' && params.get('page') === '1'), 'one page of ten asked for').to.equal(true);
    expect(feedRequests('services').some((params) => params.get('per_page') === '100'), 'the directory is not read into the page').to.equal(false);

    const next = [...root(el).querySelectorAll<HTMLAnchorElement>('.pagination a')].find((a) => a.textContent.includes('Next'))!;
    next.click();
    await until(() => root(el).querySelector('.results')?.getAttribute('start') === '11', 'page 2');
    expect(feedRequests('services').some((params) => params.get('page') === '2' && params.get('per_page') === '10'), 'page 2 from the API').to.equal(true);

    typeInto(el, 'input[type="search"]', 'baby');
    await until(() => feedRequests('services').some((params) => params.get('search') === 'baby'), 'the text sent to the API');
    const total = await feedTotal('search=baby');
    await until(() => resultsHeading(el) === `${total} services`, 'the API’s count for "baby"');
    expect(root(el).querySelector('.results')?.getAttribute('start'), 'a new search starts on page 1').to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('lists the feed’s categories as filters and says why no counts are shown next to them', async () => {
    source = contentSource({ search: 'server' });
    const el = await mountSearch();
    await until(() => !!root(el).querySelector('.category-group'), 'the feed’s categories');
    const terms = ((await (await fetch(new URL('taxonomy_terms?per_page=1000', FEED))).json()) as { contents: { name: string; parent_id?: string }[] }).contents;
    const summaries = [...root(el).querySelectorAll('.category-group > summary')].map((summary) => summary.textContent.trim());
    expect(summaries.length).to.be.greaterThan(0);
    expect(summaries.every((label) => terms.some((term) => term.name === label)), 'every group is one of the feed’s terms').to.equal(true);
    expect(root(el).querySelector('.filter-hint')?.textContent).to.contain('not shown next to the filters');
    expect(filterLabels(el).filter((label) => /\(\d+\)$/.test(label)), 'no counts that cover one page only').to.deep.equal([]);
    tick(el, 'Free only');
    await until(() => !!root(el).querySelector('.filter-tags'), 'the filter applied');
    await until(() => /^\d+ services$/.test(resultsHeading(el)) && resultsHeading(el) !== '68 services', 'the free services');
    expect(root(el).querySelector('.partial-results'), 'the window reached the end of the feed: the count is exact').to.equal(null);
  });

  it('says "or more" when filters ran over only part of the directory', async () => {
    // The page's content from its source; the engine by script, with a window of 20 services.
    source = contentSource({ search: 'server' });
    const el = await fixture<FhServiceSearch>(html`<fh-service-search .engine=${createOrukSearchEngine({ url: FEED, scanPages: 1, scanPageSize: 20 })}></fh-service-search>`);
    await until(() => resultsHeading(el) !== '', 'the first results', 10_000);
    tick(el, 'Free only');
    await until(() => / or more services$/.test(resultsHeading(el)), 'a count that is a lower bound');
    expect(root(el).querySelector('.partial-results')?.textContent).to.contain('there may be more');
    expect(root(el).querySelector('.results-column [role="status"]')?.textContent?.trim()).to.equal(resultsHeading(el));
  });

  it('offers ways out of "no results" with the API’s counts, and the hub’s number', async () => {
    source = contentSource({ search: 'server' });
    const el = await mountSearch();
    typeInto(el, 'input[type="search"]', 'zzqxv');
    await until(() => !!root(el).querySelector('.no-results'), 'no results');
    await until(() => !!root(el).querySelector('.no-results li'), 'the ways out');
    const way = root(el).querySelector('.no-results li')!.textContent.replace(/\s+/g, ' ');
    expect(way).to.contain('Search without the words you typed');
    expect(way).to.contain(`(${await feedTotal('')} services)`);
  });

  it('opens a stable link (?service=ID) to a service no search has shown, from the API', async () => {
    source = contentSource({ search: 'server' });
    const [last] = ((await (await fetch(new URL('services?page=68&per_page=1', FEED))).json()) as { contents: { id: string; name: string }[] }).contents;
    history.replaceState(null, '', `?service=service-${last!.id}`);
    try {
      const el = await fixture<FhServiceSearch>(html`<fh-service-search></fh-service-search>`);
      await until(() => !!root(el).querySelector('.detail'), 'the linked service’s details', 10_000);
      expect(root(el).querySelector('.detail-title')?.textContent?.trim()).to.equal(last!.name);
      expect(feedRequests(`services/${last!.id}`)).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('with search-threshold below the feed’s size, switches to the server by itself; above it, searches in the page', async () => {
    const size = await feedTotal('');
    source = contentSource({ 'search-threshold': String(size - 1) });
    let el = await mountSearch();
    expect(feedRequests('services').some((params) => params.get('per_page') === '1'), 'the size asked once').to.equal(true);
    expect(feedRequests('services').some((params) => params.get('per_page') === '100'), 'no service read with the page').to.equal(false);
    expect(filterLabels(el).some((label) => /\(\d+\)$/.test(label))).to.equal(false);
    el.remove();
    source.remove();

    performance.clearResourceTimings();
    source = contentSource({ 'search-threshold': String(size) });
    el = await mountSearch();
    expect(resultsHeading(el)).to.equal(`${size} services`);
    expect(feedRequests('services').some((params) => params.get('per_page') === '100'), 'every service read into the page').to.equal(true);
    expect(filterLabels(el).some((label) => /^Free only \(\d+\)$/.test(label)), 'counts over every service').to.equal(true);
  });

  it('offline: says every search needs a connection (words too), and searches again by itself when the device is back online', async () => {
    source = contentSource({ search: 'server' });
    const feed = createOrukSearchEngine({ url: FEED });
    // The API as the device reaches it: not at all while offline.
    const engine = { search: (...args: Parameters<typeof feed.search>) => (navigator.onLine ? feed.search(...args) : Promise.reject(new TypeError('Failed to fetch'))) };
    const el = await fixture<FhServiceSearch>(html`<fh-service-search geocoder=${SAMPLE_GEOCODER} .engine=${engine}></fh-service-search>`);
    await until(() => resultsHeading(el) !== '', 'the first results', 10_000);
    goOffline();
    try {
      typeInto(el, 'input[autocomplete="postal-code"]', 'NS4 2QR');
      pressSearch(el);
      await until(() => !!root(el).querySelector('.error-summary'), 'the error summary');
      expect(root(el).querySelector('.error-summary')?.textContent).to.contain('Searching needs an internet connection');
      expect(root(el).querySelector('.error-summary')?.textContent, 'no promise that words still work').to.not.contain('You can still search');
      typeInto(el, 'input[type="search"]', 'baby');
      await until(() => !!root(el).querySelector('.results-column [role="alert"]'), 'the offline alert');
      expect(root(el).querySelector('.results-column [role="alert"]')?.textContent).to.contain('It will try again when you are back online');
      await expect(el).to.be.accessible();
    } finally {
      comeBackOnline({ announce: true });
    }
    const total = await feedTotal('search=baby');
    await until(() => resultsHeading(el) === `${total} services`, 'the search run again once online');
    expect(root(el).querySelector('.results-column [role="alert"]')).to.equal(null);
  });
});
