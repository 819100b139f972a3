/**
 * The one way a widget gets its content: a Lit reactive controller that asks the page's content
 * client (or the widget's own `contentClient`) for its view's query in the widget's locale, keeps
 * the widget up to date, and hands it the resolved view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queryKey, type ContentClient, type ContentQuery, type ContentSnapshot, type ContentView } from '@family-hubs/content';
import { FhContentErrorEvent, FhContentLoadedEvent, type ContentErrorDetail, type ContentErrorReason } from './events.js';
import { nextTask } from './next-task.js';
import { getPageContentClient } from './page-content.js';

/** Every state of a widget's content. */
export const CONTENT_STATES = ['loading', 'loaded', 'empty', 'unavailable'] as const;
/**
 * - `loading`: nothing to show yet;
 * - `loaded`: content to show (check {@link ContentController.stale});
 * - `empty`: the source answered but has nothing for this widget;
 * - `unavailable`: no content at all (no source on the page, or it failed with no backup): the
 *   widget shows its light-DOM fallback content.
 */
export type ContentState = (typeof CONTENT_STATES)[number];

/** What a widget using {@link ContentController} provides. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** A content client given by script; wins over the page's `<fh-content-source>`. */
  readonly contentClient?: ContentClient | undefined;
  /** The locale to load content in. */
  readonly locale: string;
}

/** Options of {@link ContentController}. */
export interface ContentControllerOptions<V> {
  /**
   * What the widget reads (or a function giving it, read when first needed, for a base class
   * whose subclass names the view). Its `resolve` returning `undefined` is the `empty` state.
   */
  readonly view: ContentView<V> | (() => ContentView<V>);
  /**
   * Only these entries of the view's root types, from the host's properties. Read before every
   * update of the host; when the query changes (by {@link queryKey}), content is loaded again.
   */
  readonly ids?: () => readonly string[] | undefined;
}

const NOT_CONFIGURED = 'not-configured';

/** Loads and follows a widget's content; see {@link ContentState}. */
export class ContentController<V> implements ReactiveController {
  /** Where the content stands. */
  state: ContentState = 'loading';
  /** The content being shown, once loaded. */
  snapshot: ContentSnapshot | undefined;
  /** Why loading failed, while the widget shows stale content or none. */
  error: ContentErrorDetail | undefined;

  readonly #host: ContentHost;
  readonly #options: ContentControllerOptions<V>;
  #client: ContentClient | undefined;
  /** The page's client, once found: a widget keeps it even if the page changes its configuration later. */
  #pageClient: ContentClient | undefined;
  #key: string | undefined;
  /** Client and query key of {@link snapshot}. */
  #shown: { client: ContentClient; key: string } | undefined;
  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The view of {@link snapshot}. */
  #value: V | undefined;

  constructor(host: ContentHost, options: ContentControllerOptions<V>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get #view(): ContentView<V> {
    const { view } = this.#options;
    return typeof view === 'function' ? view() : view;
  }

  /** The view of the content being shown (resolved once per snapshot), once loaded. */
  get value(): V | undefined {
    return this.state === 'loaded' ? this.#value : undefined;
  }

  /** True when the content shown is a backup copy because the source could not be reached. */
  get stale(): boolean {
    return this.state === 'loaded' && this.snapshot?.stale === true;
  }

  /** The client content comes from, once one was found. */
  get client(): ContentClient | undefined {
    return this.#client;
  }

  /**
   * Loads again, e.g. from a "Try again" button after a failure. With `clear`, the client first
   * forgets what it holds in memory (an editor saved a change, in preview), so every widget on
   * the page reads it afresh.
   */
  reload(options: { clear?: boolean } = {}): void {
    if (options.clear) this.#client?.clear();
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // After a disconnect the load was cancelled; the next update starts it again.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const client = this.#host.contentClient ?? (this.#pageClient ??= getPageContentClient(this.#host));
    if (!client) {
      if (this.#key === NOT_CONFIGURED) return;
      this.#stop();
      this.#client = undefined;
      this.#key = NOT_CONFIGURED;
      this.#fail(NOT_CONFIGURED, 'This page has no content source: add <fh-content-source> or set the contentClient property.');
      return;
    }
    const query = this.#view.query(this.#host.locale, this.#options.ids?.());
    const key = queryKey(query);
    if (client === this.#client && key === this.#key) return;
    this.#start(client, query, key);
  }

  hostDisconnected(): void {
    this.#stop();
    this.#client = undefined;
    this.#key = undefined;
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #start(client: ContentClient, query: ContentQuery, key: string): void {
    this.#stop();
    this.#client = client;
    this.#key = key;
    if (this.#shown?.client !== client || this.#shown.key !== key) {
      // Content for another query or locale must not stay on screen as if it answered this one.
      this.#shown = undefined;
      this.snapshot = undefined;
      this.#value = undefined;
      this.error = undefined;
      this.state = 'loading';
    }
    // A view that is always read from entries, or read from a source that never answers with a
    // prebuilt view (Contentful, a feed), needs its resolver: fetched with the content.
    const view = this.#view;
    if (!view.prebuilt || client.source.entriesOnly) view.resolver().catch(() => undefined);
    const abort = new AbortController();
    this.#abort = abort;
    const current = (): boolean => this.#abort === abort;
    // Loading ends with validating the content, a long piece of work on a slow phone; rendering
    // it waits for the next task so the two do not block the page as one. Snapshots arriving
    // meanwhile (a refresh through the subscription) replace it: the latest one is shown.
    let latest: ContentSnapshot | undefined;
    const applyNextTask = (snapshot: ContentSnapshot): void => {
      const scheduled = latest !== undefined;
      latest = snapshot;
      if (scheduled) return;
      void nextTask().then(async () => {
        const next = latest!;
        latest = undefined;
        if (!current()) return;
        const read = await this.#read(next, query.view?.version === undefined);
        if (!current()) return;
        if ('value' in read) this.#apply(client, key, query, next, read.value);
        else if (read.readEntries) this.#start(client, entriesOnly(query), key);
        else this.#fail(read.kind, read.message);
      });
    };
    this.#unsubscribe = client.subscribe(query, (snapshot) => {
      if (current()) applyNextTask(snapshot);
    });
    client.load(query, { signal: abort.signal }).then(
      (snapshot) => {
        if (current()) applyNextTask(snapshot);
      },
      (error: unknown) => {
        if (!current()) return;
        const { kind, message } = describe(error);
        this.#fail(kind, message);
      },
    );
  }

  /**
   * The view of `snapshot`: its prebuilt value once checked against the view's shape, or the
   * entries resolved by the view's resolver (loaded on first use). A prebuilt value that does not
   * match asks for the entries instead, once: when the entries were what was asked for
   * (`entriesAsked`), a source answering with a broken value again is a failure to show, not a
   * reason to ask on every task. A resolver that cannot be loaded is a failure to show too.
   */
  async #read(snapshot: ContentSnapshot, entriesAsked: boolean): Promise<{ value: V | undefined } | { readEntries: true } | { readEntries?: false; kind: ContentErrorReason; message: string }> {
    const view = this.#view;
    const { prebuilt } = snapshot;
    if (prebuilt?.view === view.id) {
      if (prebuilt.value === undefined) return { value: undefined };
      const checked = view.checkPrebuilt(prebuilt.value);
      if ('value' in checked) return checked;
      if (entriesAsked) return { kind: 'invalid-response', message: `${checked.problem}, and the source gave it again when asked for the entries` };
      console.warn(`Family Hubs widgets: ${checked.problem}; reading its entries instead. Rebuild the content pack with \`family-hubs pack\`.`);
      return { readEntries: true };
    }
    try {
      return { value: (await view.resolver()).resolve(snapshot.set) };
    } catch {
      return { kind: 'network', message: `The part of the page that reads the ${view.id} content could not be loaded` };
    }
  }

  #apply(client: ContentClient, key: string, query: ContentQuery, snapshot: ContentSnapshot, value: V | undefined): void {
    if (snapshot === this.snapshot) return;
    const empty = value === undefined;
    this.#shown = { client, key };
    this.snapshot = snapshot;
    this.#value = value;
    this.state = empty ? 'empty' : 'loaded';
    this.error = snapshot.stale && snapshot.error ? { kind: snapshot.error.kind, message: snapshot.error.message, stale: true } : undefined;
    this.#host.requestUpdate();
    this.#dispatch(
      new FhContentLoadedEvent({
        locale: query.locale,
        fetchedAt: snapshot.fetchedAt,
        stale: snapshot.stale,
        empty,
        issueCount: snapshot.issues.length,
      }),
    );
    if (this.error) this.#dispatch(new FhContentErrorEvent(this.error));
  }

  #fail(kind: ContentErrorReason, message: string): void {
    this.#shown = undefined;
    this.snapshot = undefined;
    this.#value = undefined;
    this.state = 'unavailable';
    this.error = { kind, message, stale: false };
    this.#host.requestUpdate();
    this.#dispatch(new FhContentErrorEvent(this.error));
  }

  // After the host's update, so listeners that change the host do not do so mid-update.
  #dispatch(event: Event): void {
    const dispatch = (): void => void this.#host.dispatchEvent(event);
    this.#host.updateComplete.then(dispatch, dispatch);
  }
}

/** `query` without its prebuilt version: sources answer it with entries. */
function entriesOnly(query: ContentQuery): ContentQuery {
  return query.view ? { ...query, view: { id: query.view.id } } : query;
}

function describe(error: unknown): { kind: ContentErrorReason; message: string } {
  const kind = typeof error === 'object' && error !== null && 'kind' in error && typeof error.kind === 'string' ? (error.kind as ContentErrorReason) : 'invalid-response';
  const message = error instanceof Error ? error.message : 'Content could not be loaded';
  return { kind, message };
}
