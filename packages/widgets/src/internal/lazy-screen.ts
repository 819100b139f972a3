/**
 * A widget's screens, loaded while its content loads. A content widget draws nothing of its own
 * before its content arrives (the page's fallback shows), so everything that draws and runs the
 * content — forms, filters, results, what a family's choices do — can come in a chunk of its own,
 * asked for the moment the element is connected. The element defined up front is then small: its
 * properties, events and content controller. A page defining every widget loads each widget's
 * screens only where that widget is on the page.
 *
 * The screen is a Lit reactive controller made once per element when its chunk has arrived; it
 * keeps the state a family changes in fields marked {@link drawn}, and the element hands it its
 * content to draw. Widgets get this wiring from `FhScreenElement` (`screen-element.ts`).
 */
import type { nothing, PropertyValues, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ContentController } from './content-controller.js';
import type { LazyImport } from './lazy-import.js';
import { LazyPart } from './lazy-part.js';

/** What a content widget's element gives its screen (see `FhScreenElement`): itself, and what it keeps protected. */
export interface ScreenHost<E, V> {
  /** The element the screen draws into. */
  readonly element: E;
  /** The element's content and its state. */
  readonly content: ContentController<V>;
  /** The notice for content from a backup copy, or nothing. */
  readonly staleNotice: () => TemplateResult | typeof nothing;
  /** The element's loading state (the page's fallback), for a part of the screen still on its way. */
  readonly loading: () => TemplateResult;
  /** The element's state without content (the page's fallback), for a part of the screen that cannot be loaded. */
  readonly unavailable: () => TemplateResult;
}

/** What a widget's element asks of its screen. */
export interface WidgetScreen<V> extends ReactiveController {
  /** Before each render of the element (its `willUpdate`), with the properties that changed. */
  willUpdate?(changed: PropertyValues): void;
  /** Draws the loaded content. */
  render(value: V): TemplateResult;
  /**
   * Work the screen started whose end the element's `updateComplete` waits for (a search on its
   * way, a part of the form loading), or undefined when there is none. Asked again after each.
   */
  pending?(): Promise<unknown> | undefined;
}

/** One element's screen: asked for when the element is connected, made when its chunk has arrived. */
export class LazyScreen<M, S extends WidgetScreen<never>> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #part: LazyPart<M>;
  readonly #create: (module: M) => S;
  #screen: S | undefined;

  /**
   * @param create - Makes the element's screen from the loaded module.
   * @param options.onFailure - Called each time the chunk fails to load: the element shows the
   *   page's fallback and tells the page with `fh-content-error`, as for content that cannot load.
   */
  constructor(host: ReactiveControllerHost, part: LazyImport<M>, create: (module: M) => S, options: { readonly onFailure?: () => void } = {}) {
    this.#host = host;
    this.#part = new LazyPart(host, part, options);
    this.#create = create;
    host.addController(this);
  }

  /** The element's screen, once its chunk has loaded (made on first use, then the same one). */
  get screen(): S | undefined {
    const module = this.#part.loaded;
    if (module && !this.#screen) {
      this.#screen = this.#create(module);
      // Connected at once when the element is: the screen starts its own work (listeners, downloads).
      this.#host.addController(this.#screen);
    }
    return this.#screen;
  }

  /** The chunk could not be loaded: the element shows the page's fallback. */
  get failed(): boolean {
    return this.#part.failed;
  }

  hostConnected(): void {
    // Asked for while the content loads, so it has usually arrived by the time the content has.
    this.#part.request();
  }

  hostUpdate(): void {
    // Made at the first update after the chunk has arrived, content or not, so the screen's own
    // work (listeners, downloads) starts then rather than when the content is drawn.
    void this.screen;
  }

  /** Settles when the chunk has loaded or failed. */
  async settled(): Promise<void> {
    await this.#part.settled();
  }

  /**
   * For the element's `getUpdateComplete`: waits for the screen's chunk and then for the screen's
   * {@link WidgetScreen.pending} work, letting the element render after each (`update` is its
   * `super.getUpdateComplete()`), so "set, then await updateComplete" sees what it leads to.
   */
  async whenDrawn(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    if (!this.screen && !this.failed) {
      await this.#part.settled();
      done = await update();
    }
    const screen = this.screen;
    for (let work = screen?.pending?.(); work; work = screen?.pending?.()) {
      await work.catch(() => undefined);
      done = await update();
    }
    return done;
  }
}
