/**
 * The base class of a content widget whose screens load later (see `lazy-screen.ts`): the service
 * search, the programme finder, the help request. It owns the element's {@link LazyScreen} and
 * the wiring every such widget shares: the screen asked for at connect, the element's
 * `willUpdate` forwarded to it, `updateComplete` waiting for it and its work, the loading state
 * until it arrives, and the page's fallback with `fh-content-error` when it cannot. A widget
 * supplies its screen's chunk, how to make its screen, and what to tell the page if it cannot load.
 *
 * In the `screen` chunk with `LazyScreen`, so a widget that draws itself (the offer card) does
 * not load it.
 */
import type { PropertyValues, TemplateResult } from 'lit';
import { FhContentElement } from './content-element.js';
import { FhContentErrorEvent } from './events.js';
import type { LazyImport } from './lazy-import.js';
import { LazyScreen, type ScreenHost, type WidgetScreen } from './lazy-screen.js';

/** Base class of content widgets with screens that load later. Not registered as an element itself. */
export abstract class FhScreenElement<V, M, S extends WidgetScreen<V>> extends FhContentElement<V> {
  readonly #screens: LazyScreen<M, S>;

  constructor() {
    super();
    this.#screens = new LazyScreen(this, this.screenPart(), (module) => this.createScreen(module, this.#screenHost()), {
      onFailure: () => this.dispatchEvent(new FhContentErrorEvent({ kind: 'network', message: this.screenFailureMessage(), stale: false })),
    });
  }

  /** The screen's chunk: a `LazyImport` of the screen module, one per page. */
  protected abstract screenPart(): LazyImport<M>;

  /** Makes this element's screen once its module has arrived. */
  protected abstract createScreen(module: M, host: ScreenHost<this, V>): S;

  /** What `fh-content-error` says when the screen cannot be loaded (for the council's logs, never about the family). */
  protected abstract screenFailureMessage(): string;

  /** The element's screen, once its chunk has arrived. */
  protected get screen(): S | undefined {
    return this.#screens.screen;
  }

  /** Forwards the changes to the screen; a widget doing more calls this after its own work. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#screens.screen?.willUpdate?.(changed);
  }

  /** Also waits for the screen and the work it started, so "set, then await updateComplete" sees what it leads to. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#screens.whenDrawn(() => super.getUpdateComplete());
  }

  /** The screen's drawing of the content; the loading state until it arrives, the page's fallback if it cannot. */
  protected override renderContent(value: V): TemplateResult {
    const screen = this.#screens.screen;
    if (screen) return screen.render(value);
    return this.#screens.failed ? this.renderUnavailable() : this.renderLoading();
  }

  /** What the screen is given: the element and what it keeps protected. */
  #screenHost(): ScreenHost<this, V> {
    return {
      element: this,
      content: this.content,
      staleNotice: () => this.renderStaleNotice(),
      loading: () => this.renderLoading(),
      unavailable: () => this.renderUnavailable(),
    };
  }
}
