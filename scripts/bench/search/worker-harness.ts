/**
 * The search benchmark's Web Worker rows, in the page: the widget's own {@link WorkerSearchEngine}
 * over the widget's own worker script (`search-worker.ts`, bundled like the harness), given the
 * prebuilt index the way the widget finds it (`findPackSearchIndexes` on a lean pack's manifest),
 * or none, so the worker builds. Timings are as the page sees them: from `new WorkerSearchEngine`
 * to `ready`, and from `search()` to its answer.
 */
import { findPackSearchIndexes } from '@family-hubs/content';
import type { SearchDocument, SearchQuery, ServiceSearchEngine } from '@family-hubs/content/search';
import { WorkerSearchEngine } from '../../../packages/widgets/src/service-search/worker-engine.js';

/** One keystroke: the text so far, and for `near`, the family's position (10 miles, free only). */
export interface WorkerKeystroke {
  readonly text: string;
  readonly origin?: { readonly lat: number; readonly lon: number };
}

/** Long tasks seen while `work` ran: how many, and the longest (ms). */
export type WatchLongTasks = <T>(work: () => Promise<T>) => Promise<{ result: T; longTasks: readonly { readonly duration: number }[] }>;

/** What the page needs from the harness: the documents it loaded, and its long-task observer and task yield. */
export interface WorkerHarnessHost {
  readonly documents: () => readonly SearchDocument[];
  readonly watchingLongTasks: WatchLongTasks;
  readonly nextTask: () => Promise<void>;
}

/** How the worker's index came to be ready. */
export interface WorkerReady {
  /** From `new WorkerSearchEngine` (the worker starting) to `ready`, on the page's clock. */
  readonly readyMs: number;
  /** The worker's own time to fetch and load the prebuilt index, or to build one. */
  readonly workerMs: number;
  readonly prebuilt: boolean;
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

const longest = (tasks: readonly { readonly duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration));

/** The worker rows' part of the page's API. */
export function workerHarness(host: WorkerHarnessHost) {
  let engine: WorkerSearchEngine | undefined;
  const running = (): WorkerSearchEngine => {
    if (!engine) throw new Error('No worker started');
    return engine;
  };
  // The widget falls back to searching in the page; here that would measure the wrong thing.
  const noFallback = (): ServiceSearchEngine => {
    throw new Error(`The search worker fell back to the page (${engine?.status.fallbackReason ?? 'no reason given'})`);
  };

  return {
    /**
     * Starts the worker at `workerUrl` over the loaded documents, with the prebuilt indexes the
     * lean pack at `manifestUrl` lists (none when it is undefined), and waits for its index.
     */
    async startWorker(workerUrl: string, manifestUrl: string | undefined): Promise<WorkerReady> {
      engine?.terminate();
      await host.nextTask();
      const { result, longTasks } = await host.watchingLongTasks(async () => {
        const started = performance.now();
        engine = new WorkerSearchEngine(host.documents(), {
          start: () => new Worker(workerUrl, { type: 'module' }),
          fallback: noFallback,
          prebuilt: manifestUrl ? findPackSearchIndexes(manifestUrl) : [],
        });
        const status = await engine.ready;
        const readyMs = performance.now() - started;
        if (status.mode !== 'worker' || !status.index) throw new Error(`The search worker is not searching (${status.fallbackReason ?? status.mode})`);
        if (manifestUrl && !status.index.prebuilt) throw new Error(`The worker built its index: the prebuilt one was refused (${status.index.rejected ?? 'unknown'})`);
        return { readyMs, workerMs: status.index.ms, prebuilt: status.index.prebuilt };
      });
      return { ...result, longTasks: longTasks.length, longestTaskMs: longest(longTasks) };
    },

    /**
     * Types each text one character at a time, each keystroke in its own task, as the widget
     * searches: the previous search's signal is aborted, then `search()` with a new one. The next
     * keystroke waits for this one's answer, so every round trip is timed (and none is superseded).
     */
    async typeInWorker(strokes: readonly WorkerKeystroke[]): Promise<{ latencies: number[]; longTasks: number; longestTaskMs: number; dropped: number }> {
      const worker = running();
      const droppedBefore = worker.status.dropped;
      const { result, longTasks } = await host.watchingLongTasks(async () => {
        const latencies: number[] = [];
        let controller: AbortController | undefined;
        for (const { text, origin } of strokes) {
          for (let length = 1; length <= text.length; length++) {
            await host.nextTask();
            controller?.abort();
            controller = new AbortController();
            const typed = text.slice(0, length);
            const query: SearchQuery = origin ? { text: typed, origin, radiusMiles: 10, freeOnly: true } : { text: typed };
            const started = performance.now();
            await worker.search(query, { signal: controller.signal });
            latencies.push(performance.now() - started);
          }
        }
        return latencies;
      });
      return { latencies: result, longTasks: longTasks.length, longestTaskMs: longest(longTasks), dropped: worker.status.dropped - droppedBefore };
    },

    /** How many of the queries find a service of the intended name in the worker's top 10. */
    async hitsInWorker(queries: readonly { readonly text: string; readonly name: string }[]): Promise<number> {
      const worker = running();
      const names = new Map(host.documents().map((doc) => [doc.id, doc.name]));
      let hits = 0;
      for (const { text, name } of queries) {
        const results = await worker.search({ text, pageSize: 10 });
        if (results.hits.some((hit) => names.get(hit.id) === name)) hits++;
      }
      return hits;
    },

    /** Stops the worker, freeing its index. */
    stopWorker(): void {
      engine?.terminate();
      engine = undefined;
    },
  };
}
