/**
 * One widget's use of a part that loads later (a {@link LazyImport} the page shares): asked for
 * once, the widget renders again when it arrives, and a failure is remembered — the widget shows
 * its fallback instead of asking on every render — until the element is connected again or the
 * family asks for that screen again ({@link LazyPart.retry}).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyImport } from './lazy-import.js';
import { whenIdle } from './next-task.js';

/** See the module's description. */
export class LazyPart<M> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #part: LazyImport<M>;
  #asked = false;
  #failed = false;
  #idleAsked = false;

  readonly #onFailure: (() => void) | undefined;

  /**
   * @param options.onFailure - Called each time the part fails to load: a widget that shows its
   *   fallback instead tells the page with `fh-content-error`, as for content that cannot load.
   */
  constructor(host: ReactiveControllerHost, part: LazyImport<M>, options: { readonly onFailure?: () => void } = {}) {
    this.#host = host;
    this.#part = part;
    this.#onFailure = options.onFailure;
    host.addController(this);
  }

  /** The part, once it has loaded. */
  get loaded(): M | undefined {
    return this.#part.loaded;
  }

  /** The part could not be loaded (the connection dropped): show the fallback. */
  get failed(): boolean {
    return this.#failed && !this.#part.loaded;
  }

  /** Asks for the part, once; the host renders again when it arrives or fails. */
  request(): void {
    if (this.#part.loaded || this.#asked) return;
    this.#asked = true;
    this.#part.load().then(
      () => this.#host.requestUpdate(),
      () => {
        this.#failed = true;
        this.#host.requestUpdate();
        this.#onFailure?.();
      },
    );
  }

  /** Asks for the part in an idle moment, once: for a screen the family will probably want next. */
  requestWhenIdle(): void {
    if (this.#part.loaded || this.#asked || this.#idleAsked) return;
    this.#idleAsked = true;
    whenIdle(() => this.request());
  }

  /** After a failure, lets the next {@link request} ask again. */
  retry(): void {
    if (!this.#failed) return;
    this.#failed = false;
    this.#asked = false;
  }

  /**
   * Settles when the part has loaded or failed (for a widget's `updateComplete`). Asks for it if
   * it has not been asked for, so a failure is remembered ({@link failed}) and a caller waiting
   * again is not sent round another download.
   */
  async settled(): Promise<void> {
    if (this.#part.loaded || this.#failed) return;
    this.request();
    await this.#part.load().catch(() => undefined);
  }

  hostConnected(): void {
    this.retry();
  }
}
