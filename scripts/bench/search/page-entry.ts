/**
 * The search benchmark's page: the in-page engine and the two baselines (MiniSearch and
 * FlexSearch, each set up as their documentation suggests for as-you-type search) over the same
 * documents, driven from the bench through `globalThis.searchBench`. Every keystroke runs in its
 * own task, as it would when a family types, so the long-task observer sees what they would feel.
 * The same engine in the widget's Web Worker is driven by `worker-harness.ts`.
 */
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { createSearchIndex, type SearchDocument, type SearchQuery, type ServiceSearchIndex } from '@family-hubs/content/search';
import { workerHarness } from './worker-harness.js';

/** Engines the bench compares. */
export type EngineId = 'ours' | 'minisearch' | 'flexsearch';

/** What one keystroke asks: the text so far, and for `near`, the family's position and radius. */
interface Keystroke {
  readonly text: string;
  readonly origin?: { readonly lat: number; readonly lon: number };
}

interface Engine {
  /** Top results' document positions, best first. */
  top(text: string, limit: number): number[];
  keystroke(stroke: Keystroke): void;
}

let documents: SearchDocument[] = [];
const engines = new Map<EngineId, Engine>();

const flatText = (doc: SearchDocument) => [doc.name, doc.summary, doc.categories.map((c) => c.label).join(' '), doc.organisation ?? '', doc.description ?? ''].join(' ');

function buildOurs(): Engine {
  const index: ServiceSearchIndex = createSearchIndex(documents);
  const position = new Map(documents.map((doc, i) => [doc.id, i]));
  return {
    top: (text, limit) => index.searchNow({ text, pageSize: limit }).hits.map((hit) => position.get(hit.id)!),
    keystroke: ({ text, origin }) => {
      const query: SearchQuery = origin ? { text, origin, radiusMiles: 10, freeOnly: true } : { text };
      index.searchNow(query);
    },
  };
}

function buildMiniSearch(): Engine {
  const index = new MiniSearch<{ i: number; name: string; summary: string; categories: string; organisation: string; description: string }>({
    idField: 'i',
    fields: ['name', 'summary', 'categories', 'organisation', 'description'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 } },
  });
  index.addAll(
    documents.map((doc, i) => ({ i, name: doc.name, summary: doc.summary, categories: doc.categories.map((c) => c.label).join(' '), organisation: doc.organisation ?? '', description: doc.description ?? '' })),
  );
  return {
    top: (text, limit) => index.search(text).slice(0, limit).map((result) => result.id as number),
    keystroke: ({ text }) => void index.search(text),
  };
}

function buildFlexSearch(): Engine {
  const index = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
  documents.forEach((doc, i) => index.add(i, flatText(doc)));
  return {
    top: (text, limit) => (index.search(text, { limit, suggest: true }) as number[]).slice(0, limit),
    keystroke: ({ text }) => void index.search(text, { limit: 10, suggest: true }),
  };
}

const BUILDERS: Record<EngineId, () => Engine> = { ours: buildOurs, minisearch: buildMiniSearch, flexsearch: buildFlexSearch };

/** Yields to the event loop (a new task, without setTimeout's 4 ms clamp). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** Runs `work` and returns it with the long tasks (over 50 ms) seen meanwhile. */
async function watchingLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longTasks: LongTask[] }> {
  const longTasks: LongTask[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  const result = await work();
  // Entries are delivered a little after their task ends.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.takeRecords().forEach((entry) => longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observer.disconnect();
  return { result, longTasks };
}

const api = {
  /** Fetches and parses the documents; returns how long each took (ms). */
  async load(url: string): Promise<{ fetchMs: number; parseMs: number; count: number }> {
    const started = performance.now();
    const text = await (await fetch(url)).text();
    const fetched = performance.now();
    documents = JSON.parse(text) as SearchDocument[];
    return { fetchMs: fetched - started, parseMs: performance.now() - fetched, count: documents.length };
  },
  /** Builds one engine's index; returns the time (ms) and the long tasks meanwhile. */
  async build(engine: EngineId): Promise<{ ms: number; longestTaskMs: number }> {
    await nextTask();
    const { result, longTasks } = await watchingLongTasks(async () => {
      const started = performance.now();
      engines.set(engine, BUILDERS[engine]());
      return Promise.resolve(performance.now() - started);
    });
    return { ms: result, longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)) };
  },
  /** Types each text one character at a time, a search per keystroke in its own task. */
  async type(engine: EngineId, strokes: readonly Keystroke[]): Promise<{ latencies: number[]; longTasks: number; longestTaskMs: number }> {
    const run = engines.get(engine)!;
    const { result, longTasks } = await watchingLongTasks(async () => {
      const latencies: number[] = [];
      for (const { text, origin } of strokes) {
        for (let length = 1; length <= text.length; length++) {
          await nextTask();
          const started = performance.now();
          run.keystroke({ text: text.slice(0, length), ...(origin ? { origin } : {}) });
          latencies.push(performance.now() - started);
        }
      }
      return latencies;
    });
    return { latencies: result, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)) };
  },
  /** How many of the queries find a service of the intended name in the top 10. */
  hits(engine: EngineId, queries: readonly { readonly text: string; readonly name: string }[]): number {
    const run = engines.get(engine)!;
    return queries.filter(({ text, name }) => run.top(text, 10).some((i) => documents[i]?.name === name)).length;
  },
  /** Drops an engine's index so the next one starts with the memory free. */
  drop(engine: EngineId): void {
    engines.delete(engine);
  },
  ...workerHarness({ documents: () => documents, watchingLongTasks, nextTask }),
};

(globalThis as { searchBench?: typeof api }).searchBench = api;

/** The harness's API, for the driver's types. */
export type SearchBenchApi = typeof api;
