import { expect, fixture, html } from '@open-wc/testing';
import { serviceSearchResolver, serviceSearchView, type SearchQuery, type ServiceSearchContent } from '@family-hubs/content';
import { createSearchIndex } from '@family-hubs/content/search';
import '@family-hubs/widgets/service-search/define';
import type { FhServiceSearch } from '@family-hubs/widgets';
import { WorkerSearchEngine } from '../../../packages/widgets/src/service-search/worker-engine.js';
import { sampleClient } from '../../support/clients.js';
import { pressSearch, resultsHeading, typeInto, until } from './service-search.examples.js';

async function sampleContent(): Promise<ServiceSearchContent> {
  const snapshot = await sampleClient().load(serviceSearchView.query('en-GB'));
  return serviceSearchResolver.resolve(snapshot.set)!;
}

const workerUrl = new URL('../../../packages/widgets/src/service-search/search-worker.ts', import.meta.url);
const startWorker = () => new Worker(workerUrl, { type: 'module' });
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

describe('the service search in a Web Worker (engine)', () => {
  it('answers the same as the in-page index, as plain data', async () => {
    const content = await sampleContent();
    const inPage = createSearchIndex(content.documents);
    const engine = new WorkerSearchEngine(content.documents, { start: startWorker, fallback: () => inPage });
    const queries: SearchQuery[] = [{}, { text: 'helth visting' }, { text: 'baby group', freeOnly: true }, { text: 'swim', page: 2, pageSize: 3 }, { origin: { lat: 54.9, lon: -1.6 }, radiusMiles: 5 }];
    for (const query of queries) expect(await engine.search(query), JSON.stringify(query)).to.deep.equal(inPage.searchNow(query));
    expect(engine.status.mode).to.equal('worker');
    expect(engine.status.answered).to.equal(queries.length);
    engine.terminate();
  });

  it('drops a superseded keystroke instead of running it, and rejects it at once', async () => {
    const content = await sampleContent();
    const engine = new WorkerSearchEngine(content.documents, { start: startWorker, fallback: () => createSearchIndex(content.documents) });
    // Keystrokes typed while the index is being made: each new one cancels the one before.
    const typed = ['hea', 'heal', 'healt', 'health', 'health v'];
    const answers: Promise<unknown>[] = [];
    let previous: AbortController | undefined;
    for (const text of typed) {
      previous?.abort();
      previous = new AbortController();
      answers.push(engine.search({ text }, { signal: previous.signal }).catch((error: unknown) => (isAbort(error) ? 'aborted' : error)));
    }
    const settled = await Promise.all(answers);
    expect(settled.slice(0, -1)).to.deep.equal(['aborted', 'aborted', 'aborted', 'aborted']);
    expect(settled.at(-1)).to.deep.equal(createSearchIndex(content.documents).searchNow({ text: 'health v' }));
    await until(() => engine.status.dropped === 4, 'the worker to drop the stale keystrokes');
    expect(engine.status.answered, 'only the last keystroke was searched').to.equal(1);
    engine.terminate();
  });

  it('searches in the page when the worker cannot start, or its script does not load', async () => {
    const content = await sampleContent();
    const expected = createSearchIndex(content.documents).searchNow({ text: 'health' });
    const refused = new WorkerSearchEngine(content.documents, {
      start: () => {
        throw new DOMException('Refused by the page’s worker-src', 'SecurityError');
      },
      fallback: () => createSearchIndex(content.documents),
    });
    expect(await refused.search({ text: 'health' })).to.deep.equal(expected);
    expect(refused.status.mode).to.equal('in-page');

    const missing = new WorkerSearchEngine(content.documents, { start: () => new Worker('/__fh__/no-such-worker.js', { type: 'module' }), fallback: () => createSearchIndex(content.documents) });
    expect(await missing.search({ text: 'health' }), 'the search in flight is answered in the page').to.deep.equal(expected);
    expect(missing.status.mode).to.equal('in-page');
    expect(missing.status.fallbackReason).to.equal('the worker script did not load');
  });
});

/** Records the workers the page starts and the answers they send. */
function watchWorkers(): { started: string[]; answers: number; restore: () => void } {
  const RealWorker = globalThis.Worker;
  const seen = { started: [] as string[], answers: 0, restore: () => void (globalThis.Worker = RealWorker) };
  globalThis.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      seen.started.push(String(url));
      this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data.type === 'results') seen.answers += 1;
      });
    }
  };
  return seen;
}

const resultNames = (el: Element) => [...el.shadowRoot!.querySelectorAll('.result-title a')].map((a) => a.textContent.trim());

async function mount(searchWorker?: string): Promise<FhServiceSearch> {
  const el = await fixture<FhServiceSearch>(html`<fh-service-search .contentClient=${sampleClient()} search-worker=${searchWorker ?? ''}></fh-service-search>`);
  await until(() => resultsHeading(el) !== '', 'the first results');
  return el;
}

async function search(el: FhServiceSearch, text: string): Promise<void> {
  const before = resultsHeading(el);
  typeInto(el, 'input[type="search"]', text);
  pressSearch(el);
  await until(() => resultsHeading(el) !== before, 'the results to change');
  await el.updateComplete;
}

describe('<fh-service-search> with its Web Worker', () => {
  let workers: ReturnType<typeof watchWorkers>;
  beforeEach(() => (workers = watchWorkers()));
  afterEach(() => workers.restore());

  it('searches through the worker, with the results the in-page index gives', async () => {
    const el = await mount();
    await search(el, 'helth visting');
    const content = await sampleContent();
    const expected = createSearchIndex(content.documents).searchNow({ text: 'helth visting' }).hits.map((hit) => content.byId.get(hit.id)!.name);
    expect(resultNames(el)).to.deep.equal(expected);
    expect(resultNames(el)[0]).to.equal('Health visiting');
    expect(workers.started).to.have.length(1);
    expect(workers.started[0]).to.match(/\/search-worker\.js$/);
    expect(workers.answers, 'the list and the search').to.be.greaterThanOrEqual(2);
  });

  it('never lets a superseded search overwrite a newer answer', async () => {
    const el = await fixture<FhServiceSearch>(html`<fh-service-search .contentClient=${sampleClient()}></fh-service-search>`);
    await until(() => !!el.shadowRoot!.querySelector('input[type="search"]'), 'the form');
    const headings: string[] = [];
    const observer = new MutationObserver(() => headings.push(resultsHeading(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    // The full list is still being searched (the worker is making its index) when the family searches.
    typeInto(el, 'input[type="search"]', 'health visiting');
    pressSearch(el);
    await until(() => resultNames(el)[0] === 'Health visiting', 'the newer answer');
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(resultNames(el)[0]).to.equal('Health visiting');
    expect(headings.filter(Boolean).every((heading) => heading !== '68 services'), 'the list for no text never showed').to.equal(true);
  });

  it('searches in the page when there is no Worker', async () => {
    workers.restore();
    const RealWorker = globalThis.Worker;
    (globalThis as { Worker?: unknown }).Worker = undefined;
    try {
      const el = await mount();
      await search(el, 'helth visting');
      expect(resultNames(el)[0]).to.equal('Health visiting');
    } finally {
      globalThis.Worker = RealWorker;
    }
  });

  it('searches in the page when the worker script is on another origin, or off, without trying to start it', async () => {
    for (const setting of ['https://cdn.example.org/widgets/service-search-worker.js', 'off']) {
      const el = await mount(setting);
      await search(el, 'helth visting');
      expect(resultNames(el)[0], setting).to.equal('Health visiting');
    }
    expect(workers.started).to.deep.equal([]);
  });

  it('searches in the page when the named worker script cannot be loaded', async () => {
    const el = await mount('/__fh__/no-such-worker.js');
    await search(el, 'helth visting');
    expect(resultNames(el)[0]).to.equal('Health visiting');
    expect(workers.started).to.have.length(1);
    expect(workers.answers).to.equal(0);
  });
});
