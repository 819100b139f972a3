/**
 * The service search's Web Worker: builds (or loads a prebuilt) index and answers searches off the
 * main thread, so a family's typing never waits for the index. Searches queue only while the
 * index is being made; each runs in its own task, after the messages already waiting, so a
 * cancellation that arrived meanwhile drops its search instead of running it. See `worker-engine.ts`.
 */
import { loadSearchIndexFrom, type PrebuiltSearchIndexLocation, type SearchDocument, type SearchQuery, type ServiceSearchIndex } from '@family-hubs/content/search';
import type { FromSearchWorker, ToSearchWorker } from './worker-protocol.js';

/** The worker's global scope, as far as this file uses it (the package compiles with the DOM library, not WebWorker's). */
interface WorkerScope {
  postMessage(message: FromSearchWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSearchWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const documents: SearchDocument[] = [];
let candidates: readonly PrebuiltSearchIndexLocation[] = [];
let index: ServiceSearchIndex | undefined;
/** Searches waiting to run, in the order they came. */
const pending = new Map<number, SearchQuery>();
let scheduled = false;

/** Runs the oldest waiting search in a task of its own, so cancellations queued meanwhile are read first. */
function schedule(): void {
  if (scheduled || !index || pending.size === 0) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const next = pending.entries().next();
    if (next.done || !index) return;
    const [id, query] = next.value;
    pending.delete(id);
    try {
      scope.postMessage({ type: 'results', id, results: index.searchNow(query) });
    } catch (error) {
      scope.postMessage({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
    schedule();
  }, 0);
}

async function makeIndex(): Promise<void> {
  let made;
  try {
    made = await loadSearchIndexFrom(documents, candidates);
  } catch (error) {
    scope.postMessage({ type: 'broken', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  index = made.index;
  scope.postMessage({ type: 'ready', prebuilt: made.prebuilt, ...(made.rejected ? { rejected: made.rejected } : {}), ms: made.ms, size: made.index.size });
  schedule();
}

scope.addEventListener('message', ({ data }) => {
  switch (data.type) {
    case 'prebuilt':
      candidates = data.candidates;
      return;
    case 'documents':
      for (const doc of data.documents) documents.push(doc);
      if (data.last) void makeIndex();
      return;
    case 'search':
      pending.set(data.id, data.query);
      return schedule();
    case 'cancel':
      if (pending.delete(data.id)) scope.postMessage({ type: 'dropped', id: data.id });
      return;
  }
});

scope.postMessage({ type: 'started' });
