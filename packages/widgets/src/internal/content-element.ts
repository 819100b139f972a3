/**
 * The base class of every widget that shows content: it owns the `contentClient` property, the
 * content controller for the widget's view, and one rendering of the states every widget shares.
 * A widget supplies its view and its templates, nothing else.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ContentClient, ContentView } from '@family-hubs/content';
import { FhElement } from './base-element.js';
import { ContentController } from './content-controller.js';
import { formatDateTime } from './format.js';
import { emptyText, loadingText, staleSavedText, staleText, unavailableText } from './messages.js';

/**
 * Base class of content widgets. Not registered as an element itself.
 *
 * While content loads, and whenever there is none, the element shows its own light-DOM content
 * (the fallback a council puts between its tags), so a family always has a way forward.
 *
 * @slot - Fallback content, shown while loading and when content cannot be loaded or is not published.
 * @csspart stale - The notice shown above content from a backup copy.
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded.
 */
export abstract class FhContentElement<V> extends FhElement {
  /** A content client given by script; wins over the page's `<fh-content-source>`. */
  @property({ attribute: false }) contentClient?: ContentClient;

  /** The widget's content and its state. */
  protected readonly content: ContentController<V>;

  constructor() {
    super();
    this.content = new ContentController<V>(this, { view: () => this.view, ids: () => this.contentIds() });
  }

  /** What the widget reads. */
  protected abstract get view(): ContentView<V>;

  /** Only these entries of the view's root types (all by default). */
  protected contentIds(): readonly string[] | undefined {
    return undefined;
  }

  /** Renders the content once it is loaded. */
  protected abstract renderContent(value: V): TemplateResult;

  /** What to say when nothing is published for this widget (shown when the page gave no fallback). */
  protected emptyText(): string {
    return emptyText();
  }

  /** Loads the content again, e.g. after an editor publishes. */
  reload(): void {
    this.content.reload();
  }

  protected override render(): TemplateResult {
    const { state } = this.content;
    const value = this.content.value;
    if (state === 'loading') return this.renderLoading();
    if (state === 'empty') return html`<slot><p>${this.emptyText()}</p></slot>`;
    if (state === 'unavailable' || value === undefined) return this.renderUnavailable();
    return this.renderContent(value);
  }

  /** The loading state: the light-DOM fallback, with space kept. Also for a widget whose templates are still loading. */
  protected renderLoading(): TemplateResult {
    return html`<div class="fh-loading" aria-busy="true"><slot><p>${loadingText()}</p></slot></div>`;
  }

  /** The state without content: the light-DOM fallback. Also for a widget whose templates could not be loaded. */
  protected renderUnavailable(): TemplateResult {
    return html`<slot><p>${unavailableText()}</p></slot>`;
  }

  /**
   * The notice for content from a backup copy: that it may be out of date, when it was saved and
   * what to do. Nothing when the content is live. Widgets put it under their heading.
   */
  protected renderStaleNotice(): TemplateResult | typeof nothing {
    if (!this.content.stale) return nothing;
    const saved = this.content.snapshot ? formatDateTime(this.content.snapshot.fetchedAt, this.locale) : undefined;
    return html`<div class="fh-stale" part="stale" role="status">
      <p><strong>${staleText()}</strong></p>
      ${saved ? html`<p>${staleSavedText(saved)}</p>` : nothing}
    </div>`;
  }
}
