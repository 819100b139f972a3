/**
 * The one way a widget gets its content: a Lit reactive controller that asks the page's content
 * client (or the widget's own `contentClient`) for a query built from the widget's locale and
 * properties, and keeps the widget up to date.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getEntity, queryKey, type ContentClient, type ContentQuery, type ContentSnapshot } from '@family-hubs/content';
import { FhContentErrorEvent, FhContentLoadedEvent, type ContentErrorDetail, type ContentErrorReason } from './events.js';
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
}

/** Options of {@link ContentController}. */
export interface ContentControllerOptions {
  /**
   * Builds the query from the host's locale and properties. Called before every update of the
   * host; when the result differs (by {@link queryKey}), content is loaded again.
   */
  readonly query: () => ContentQuery;
  /**
   * True when a snapshot holds nothing this widget can show. By default: none of the requested
   * ids (or, without ids, no entry of the requested types) is in the snapshot.
   */
  readonly isEmpty?: (snapshot: ContentSnapshot, query: ContentQuery) => boolean;
}

const NOT_CONFIGURED = 'not-configured';

/** Loads and follows a widget's content; see {@link ContentState}. */
export class ContentController implements ReactiveController {
  /** Where the content stands. */
  state: ContentState = 'loading';
  /** The content being shown, once loaded. */
  snapshot: ContentSnapshot | undefined;
  /** Why loading failed, while the widget shows stale content or none. */
  error: ContentErrorDetail | undefined;

  readonly #host: ContentHost;
  readonly #options: ContentControllerOptions;
  #client: ContentClient | undefined;
  /** The page's client, once found: a widget keeps it even if the page changes its configuration later. */
  #pageClient: ContentClient | undefined;
  #key: string | undefined;
  /** Client and query key of {@link snapshot}. */
  #shown: { client: ContentClient; key: string } | undefined;
  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ContentHost, options: ContentControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True when the content shown is a backup copy because the source could not be reached. */
  get stale(): boolean {
    return this.state === 'loaded' && this.snapshot?.stale === true;
  }

  /** Loads again, e.g. from a "Try again" button after a failure. */
  reload(): void {
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
    const query = this.#options.query();
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
      this.error = undefined;
      this.state = 'loading';
    }
    const abort = new AbortController();
    this.#abort = abort;
    const current = (): boolean => this.#abort === abort;
    this.#unsubscribe = client.subscribe(query, (snapshot) => {
      if (current()) this.#apply(client, key, query, snapshot);
    });
    client.load(query, { signal: abort.signal }).then(
      (snapshot) => {
        if (current()) this.#apply(client, key, query, snapshot);
      },
      (error: unknown) => {
        if (!current()) return;
        const { kind, message } = describe(error);
        this.#fail(kind, message);
      },
    );
  }

  #apply(client: ContentClient, key: string, query: ContentQuery, snapshot: ContentSnapshot): void {
    if (snapshot === this.snapshot) return;
    const empty = (this.#options.isEmpty ?? isEmptyByDefault)(snapshot, query);
    this.#shown = { client, key };
    this.snapshot = snapshot;
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

function describe(error: unknown): { kind: ContentErrorReason; message: string } {
  const kind = typeof error === 'object' && error !== null && 'kind' in error && typeof error.kind === 'string' ? (error.kind as ContentErrorReason) : 'invalid-response';
  const message = error instanceof Error ? error.message : 'Content could not be loaded';
  return { kind, message };
}

function isEmptyByDefault(snapshot: ContentSnapshot, query: ContentQuery): boolean {
  const { set } = snapshot;
  if (query.ids !== undefined) return !query.ids.some((id) => query.types.some((type) => getEntity(set, type, id) !== undefined));
  return query.types.every((type) => Object.keys(set.entities[type] ?? {}).length === 0);
}
