/**
 * The service search in a Web Worker, behind the same {@link ServiceSearchEngine} interface as the
 * in-page index: the worker makes the index (from a prebuilt file when one matches, else from the
 * documents) and answers searches, so a family's typing never waits for either on the main thread.
 *
 * The documents go to the worker in slices of a few milliseconds each. A search whose signal is
 * aborted (the widget does that when a newer keystroke searches) rejects at once, and the worker
 * drops it if it has not run it yet: stale keystrokes are never queued behind the one that matters.
 * When the worker cannot start (no Worker, a CSP `worker-src` refusal, a script that fails) or
 * breaks later, the engine searches with `fallback` instead, including the searches in flight.
 */
import type { PrebuiltRejection, PrebuiltSearchIndexLocation, SearchDocument, SearchQuery, SearchResults, ServiceSearchEngine } from '@family-hubs/content/search';
import { nextTask } from '../internal/next-task.js';
import type { FromSearchWorker, ToSearchWorker } from './worker-protocol.js';

/** Documents per message, and how long the page spends sending before it gives the browser a turn. */
const SLICE_DOCUMENTS = 200;
const SLICE_BUDGET_MS = 8;

/** Options of {@link WorkerSearchEngine}. */
export interface WorkerSearchEngineOptions {
  /** Starts the worker (`new Worker(…, { type: 'module' })`); may throw, which means "no worker". */
  readonly start: () => Worker;
  /** The engine to use when the worker cannot start or breaks (made only then). */
  readonly fallback: () => ServiceSearchEngine;
  /** Prebuilt index files the worker may load instead of building (it checks they fit the documents). */
  readonly prebuilt?: Promise<readonly PrebuiltSearchIndexLocation[]> | readonly PrebuiltSearchIndexLocation[];
}

/** How the engine is searching, for diagnostics and the benchmark. */
export interface WorkerSearchEngineStatus {
  /** `worker` once the worker has started; `in-page` after falling back. */
  readonly mode: 'starting' | 'worker' | 'in-page';
  /** Why it fell back, when it did. */
  readonly fallbackReason?: string;
  /** Set once the worker's index is ready: loaded from a prebuilt file or built, and how long that took. */
  readonly index?: { readonly prebuilt: boolean; readonly rejected?: PrebuiltRejection; readonly ms: number; readonly size: number };
  /** Searches the worker answered, and searches it dropped because they were cancelled first. */
  readonly answered: number;
  readonly dropped: number;
}

interface Pending {
  readonly query: SearchQuery;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (results: SearchResults) => void;
  readonly reject: (error: unknown) => void;
  readonly stopListening: () => void;
}

/** The signal's reason when it is an error (as `AbortSignal.abort()` gives), else an AbortError. */
const abortReason = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new DOMException('The search was cancelled', 'AbortError'));

/** A {@link ServiceSearchEngine} whose index lives in a Web Worker. */
export class WorkerSearchEngine implements ServiceSearchEngine {
  readonly #options: WorkerSearchEngineOptions;
  readonly #documents: readonly SearchDocument[];
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | undefined;
  #fallback: ServiceSearchEngine | undefined;
  #nextId = 0;
  #status: WorkerSearchEngineStatus = { mode: 'starting', answered: 0, dropped: 0 };
  readonly #ready: Promise<WorkerSearchEngineStatus>;
  #settleReady: (status: WorkerSearchEngineStatus) => void = () => undefined;

  constructor(documents: readonly SearchDocument[], options: WorkerSearchEngineOptions) {
    this.#documents = documents;
    this.#options = options;
    this.#ready = new Promise((resolve) => (this.#settleReady = resolve));
    this.#start();
  }

  /** How the engine is searching now. */
  get status(): WorkerSearchEngineStatus {
    return this.#status;
  }

  /** Resolves once searches can be answered: the worker's index is ready, or the engine fell back. */
  get ready(): Promise<WorkerSearchEngineStatus> {
    return this.#ready;
  }

  /** {@link ServiceSearchEngine.search}, answered by the worker (or the fallback). Rejects as soon as `signal` aborts. */
  search(query: SearchQuery, options: { readonly signal?: AbortSignal } = {}): Promise<SearchResults> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const worker = this.#worker;
    if (!worker) return this.#fallbackEngine().search(query, options);
    const id = ++this.#nextId;
    return new Promise<SearchResults>((resolve, reject) => {
      const onAbort = (): void => {
        if (!this.#pending.delete(id)) return;
        this.#post({ type: 'cancel', id });
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(id, { query, signal, resolve, reject, stopListening: () => signal?.removeEventListener('abort', onAbort) });
      this.#post({ type: 'search', id, query });
    });
  }

  /** Stops the worker; later searches use the fallback. */
  terminate(): void {
    this.#fallBack('terminated');
  }

  #start(): void {
    let worker: Worker;
    try {
      worker = this.#options.start();
    } catch (error) {
      this.#fallBack(`the worker could not start (${error instanceof Error ? error.name : 'error'})`);
      return;
    }
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => this.#receive(event.data));
    worker.addEventListener('error', (event) => {
      // Handled here: the page's console need not report it as uncaught.
      event.preventDefault();
      this.#fallBack(this.#status.mode === 'starting' ? 'the worker script did not load' : 'the worker failed');
    });
    worker.addEventListener('messageerror', () => this.#fallBack('a message could not be read'));
    void this.#send(worker);
  }

  /** Sends the documents in slices, each in a short task, then the prebuilt candidates and the last slice. */
  async #send(worker: Worker): Promise<void> {
    const documents = this.#documents;
    let at = 0;
    const stillOurs = () => this.#worker === worker;
    while (documents.length - at > SLICE_DOCUMENTS) {
      const started = performance.now();
      while (documents.length - at > SLICE_DOCUMENTS && performance.now() - started < SLICE_BUDGET_MS) {
        this.#post({ type: 'documents', documents: documents.slice(at, at + SLICE_DOCUMENTS), last: false });
        at += SLICE_DOCUMENTS;
      }
      await nextTask();
      if (!stillOurs()) return;
    }
    const candidates = await Promise.resolve(this.#options.prebuilt ?? []).catch(() => []);
    if (!stillOurs()) return;
    this.#post({ type: 'prebuilt', candidates });
    this.#post({ type: 'documents', documents: documents.slice(at), last: true });
  }

  #post(message: ToSearchWorker): void {
    try {
      this.#worker?.postMessage(message);
    } catch (error) {
      // A query or document that cannot be cloned: the in-page engine takes it as it is.
      this.#fallBack(`a message could not be sent (${error instanceof Error ? error.name : 'error'})`);
    }
  }

  #receive(message: FromSearchWorker): void {
    switch (message.type) {
      case 'started':
        this.#status = { ...this.#status, mode: 'worker' };
        return;
      case 'ready': {
        const { prebuilt, rejected, ms, size } = message;
        this.#status = { ...this.#status, index: { prebuilt, ...(rejected ? { rejected } : {}), ms, size } };
        this.#settleReady(this.#status);
        return;
      }
      case 'results': {
        const pending = this.#take(message.id);
        if (!pending) return;
        this.#status = { ...this.#status, answered: this.#status.answered + 1 };
        pending.resolve(message.results);
        return;
      }
      case 'dropped':
        this.#status = { ...this.#status, dropped: this.#status.dropped + 1 };
        return;
      case 'failed':
        this.#take(message.id)?.reject(new Error(message.message));
        return;
      case 'broken':
        this.#fallBack(`the index could not be made (${message.message})`);
        return;
    }
  }

  #take(id: number): Pending | undefined {
    const pending = this.#pending.get(id);
    if (!pending) return undefined;
    this.#pending.delete(id);
    pending.stopListening();
    return pending;
  }

  #fallbackEngine(): ServiceSearchEngine {
    return (this.#fallback ??= this.#options.fallback());
  }

  /** Searches in the page from now on; searches in flight are asked again there. */
  #fallBack(reason: string): void {
    if (this.#status.mode === 'in-page') return;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#status = { ...this.#status, mode: 'in-page', fallbackReason: reason };
    this.#settleReady(this.#status);
    const waiting = [...this.#pending.keys()].map((id) => this.#take(id)!);
    for (const { query, signal, resolve, reject } of waiting) {
      this.#fallbackEngine()
        .search(query, signal ? { signal } : {})
        .then(resolve, reject);
    }
  }
}
