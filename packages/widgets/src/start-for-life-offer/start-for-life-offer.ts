import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  OFFER_STAGES,
  filterOfferByStage,
  listEntities,
  resolveOffer,
  type ContentClient,
  type OfferCategory,
  type OfferItemView,
  type OfferSectionView,
  type OfferStage,
  type OfferView,
} from '@family-hubs/content';
import { FhElement } from '../internal/base-element.js';
import { ContentController } from '../internal/content-controller.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { loadingText, staleText, unavailableText } from '../internal/messages.js';
import { getPageContentClient, readContentSourceConfig, CONTENT_SOURCE_TAG } from '../internal/page-content.js';
import { connectLivePreview } from '../internal/live-preview.js';
import { renderRichText } from '../internal/rich-text.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { announce } from '../internal/announcer.js';
import { isExternal, safeUrl } from '../internal/url.js';
import { FhOfferPrintEvent, FhOfferStageChangeEvent } from './events.js';
import { categoryLabel, stageLabel } from './labels.js';
import { printElement } from './print.js';
import { phoneHref, renderItem, type ItemContext } from './render-item.js';
import { offerStyles } from './start-for-life-offer.styles.js';
import type * as QrCodeModule from './qr-code.js';

/** Layouts of the offer. */
export const OFFER_LAYOUTS = ['full', 'card', 'section'] as const;
/** One of {@link OFFER_LAYOUTS}. */
export type OfferLayout = (typeof OFFER_LAYOUTS)[number];

let nextId = 0;

/**
 * The council's Start for Life offer: support from pregnancy to age 2, by category, with how to get
 * each thing. As a compact **card** for home pages, the **full** offer (with a stage filter and a
 * printable handout), or one **section**.
 *
 * Until content arrives, and whenever it cannot be loaded, the element shows its own light-DOM
 * content: put a link and a phone number there.
 *
 * @summary The Start for Life offer, from the council's content.
 *
 * @tagname fh-start-for-life-offer
 *
 * @slot - Fallback content, shown while loading and when the offer cannot be loaded (e.g. a link to the offer page and a phone number).
 *
 * @csspart offer - The full offer or the section.
 * @csspart card - The card layout.
 * @csspart heading - The offer's heading.
 * @csspart section - One section of the offer.
 * @csspart item - One item of the offer.
 * @csspart access - How to get an item.
 * @csspart stage-filter - The stage filter.
 * @csspart print-button - The "Print or save as PDF" button.
 * @csspart print-details - The box printed with the online address and QR code.
 * @csspart qr-code - The QR code (printed only).
 * @csspart full-offer-link - The card's link to the full offer.
 *
 * @cssprop [--fh-offer-accent=var(--fh-colour-brand)] - Accent colour of borders.
 * @cssprop [--fh-offer-title-size=1.6em] - Size of the offer's heading.
 * @cssprop [--fh-offer-loading-min-height=20em] - Space kept while loading, so the page does not jump (10em for the card).
 *
 * @fires fh-offer-stage-change - A family chose a stage in the filter. `detail.stage` is the stage, or `undefined` for all.
 * @fires fh-offer-print - A family pressed "Print or save as PDF". Cancelable.
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded.
 */
export class FhStartForLifeOffer extends FhElement {
  static override styles = [FhElement.styles, ...sharedStyles, offerStyles];

  /** `full` (default), `card` (featured items and a link to the full offer) or `section` (one category, see `section`). */
  @property({ reflect: true }) layout: OfferLayout = 'full';

  /** The category shown by the `section` layout, e.g. `infantFeeding`. */
  @property({ reflect: true }) section?: OfferCategory;

  /** Show only support for this stage: `pregnancy`, `baby` (0–12 months) or `toddler` (1–2 years). Empty for all. Families can change it in the full layout. */
  @property({ reflect: true }) stage?: OfferStage | '';

  /** The heading. Default: the offer's title from the CMS, or "Start for Life". */
  @property() heading?: string;

  /** The heading's level (1–6), so the widget fits the page's outline; sections and items go one and two levels below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The service search page that services link to (`?service=ID` is added). Default: the site settings' service search page. */
  @property({ attribute: 'search-url' }) searchUrl?: string;

  /** Where the card links to, and the address printed with the QR code. Default: the offer's "Full offer page". */
  @property({ attribute: 'offer-url' }) offerUrl?: string;

  /** Hide the "Print or save as PDF" button. */
  @property({ attribute: 'no-print', type: Boolean }) noPrint = false;

  /** A content client given by script; wins over the page's `<fh-content-source>`. */
  @property({ attribute: false }) contentClient?: ContentClient;

  readonly #content = new ContentController(this, {
    query: () => ({ types: ['startForLifeOffer', 'siteSettings'], locale: this.locale }),
    isEmpty: (snapshot) => resolveOffer(snapshot.set) === undefined,
  });

  readonly #id = `fh-offer-${++nextId}`;
  #stopLivePreview: (() => void) | undefined;
  /** The QR code renderer, loaded with the full offer only: most pages show the card and never print. */
  #qrCode: Promise<typeof QrCodeModule> | undefined;
  #renderQrCode: ((text: string, label: string) => TemplateResult) | undefined;
  #openInEditor: ((entryId: string, fieldId: string) => void) | undefined;

  /** The resolved offer being shown (before the stage filter), once loaded. */
  get offer(): OfferView | undefined {
    return this.#content.snapshot ? resolveOffer(this.#content.snapshot.set) : undefined;
  }

  /** Loads the content again, e.g. after an editor publishes. */
  reload(): void {
    this.#content.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#isPreview) void this.#connectLivePreview();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLivePreview?.();
    this.#stopLivePreview = undefined;
  }

  /** Editors only: refresh when an entry is saved in Contentful, and let clicks open the field they show. */
  async #connectLivePreview(): Promise<void> {
    const live = await connectLivePreview(this.locale);
    if (!live || !this.isConnected) return;
    this.#openInEditor = (entryId, fieldId) => live.openInEditor(entryId, fieldId);
    // A mouse convenience like Contentful's own inspector; keyboard users edit in Contentful itself.
    this.renderRoot.addEventListener('click', this.#openTaggedPart);
    const stopSaves = live.onSave(() => {
      (this.contentClient ?? getPageContentClient(this))?.clear();
      this.reload();
    });
    this.#stopLivePreview = () => {
      stopSaves();
      this.renderRoot.removeEventListener('click', this.#openTaggedPart);
    };
  }

  #openTaggedPart = (event: Event): void => {
    if (!this.#openInEditor) return;
    const path = event.composedPath();
    const stop = path.indexOf(this);
    const inside = (stop === -1 ? path : path.slice(0, stop)).filter((node): node is HTMLElement => node instanceof HTMLElement);
    // Links, buttons and the filter keep working in the preview.
    if (inside.some((el) => el.matches('a, button, input, label'))) return;
    const tagged = inside.find((el) => el.dataset['contentfulEntryId'] && el.dataset['contentfulFieldId']);
    if (!tagged) return;
    event.preventDefault();
    this.#openInEditor(tagged.dataset['contentfulEntryId']!, tagged.dataset['contentfulFieldId']!);
  };

  protected override updated(): void {
    if (this.#content.state === 'loaded' && this.layout === 'full' && !this.noPrint && !this.#qrCode) {
      this.#qrCode = import('./qr-code.js');
      void this.#qrCode.then(({ renderQrCode }) => {
        this.#renderQrCode = renderQrCode;
        this.requestUpdate();
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stage') && this.stage && !(OFFER_STAGES as readonly string[]).includes(this.stage)) this.stage = '';
    if (changed.has('layout') && !(OFFER_LAYOUTS as readonly string[]).includes(this.layout)) this.layout = 'full';
  }

  protected override render(): TemplateResult {
    const { state } = this.#content;
    if (state === 'loading') {
      return html`<div class="loading" aria-busy="true"><slot><p>${loadingText()}</p></slot></div>`;
    }
    const offer = this.offer;
    if (state === 'unavailable' || !offer) {
      return html`<slot><p>${state === 'empty' ? msg('The Start for Life offer has not been published yet.') : unavailableText()}</p></slot>`;
    }
    switch (this.layout) {
      case 'card':
        return this.#renderCard(offer);
      case 'section':
        return this.#renderSectionLayout(offer);
      default:
        return this.#renderFull(offer);
    }
  }

  get #level(): number {
    return headingLevel(this.headingLevel);
  }

  get #itemContext(): ItemContext {
    return { headingLevel: Math.min(6, this.#level + 2), locale: this.locale, searchUrl: this.#searchUrl, tagFields: this.#isPreview };
  }

  get #searchUrl(): string | undefined {
    if (this.searchUrl) return this.searchUrl;
    const settings = this.#content.snapshot ? listEntities(this.#content.snapshot.set, 'siteSettings')[0] : undefined;
    return settings?.serviceSearchUrl;
  }

  /** Preview pages read drafts; only there do parts carry Contentful field tags for the editor. */
  get #isPreview(): boolean {
    const source = this.ownerDocument.querySelector(CONTENT_SOURCE_TAG);
    const config = source ? readContentSourceConfig(source) : undefined;
    return config?.source.kind === 'contentful' && config.source.preview === true;
  }

  /**
   * Text from a field: marked with its language when it is a fallback, and on preview pages with
   * the entry and field it comes from.
   */
  #field(entryId: string, fieldId: string, content: string, languages: Readonly<Record<string, string>>): TemplateResult | string {
    const lang = languages[fieldId];
    if (!lang && !this.#isPreview) return content;
    return html`<span
      lang=${ifDefined(lang)}
      data-contentful-entry-id=${ifDefined(this.#isPreview ? entryId : undefined)}
      data-contentful-field-id=${ifDefined(this.#isPreview ? fieldId : undefined)}
      >${content}</span
    >`;
  }

  #title(offer: OfferView): string {
    return this.heading?.trim() || offer.title;
  }

  #staleNotice(): TemplateResult | typeof nothing {
    return this.#content.stale ? html`<p class="stale" role="status">${staleText()}</p>` : nothing;
  }

  #renderCard(offer: OfferView): TemplateResult {
    const link = this.#offerLink(offer);
    const title = this.#title(offer);
    const items = filterOfferByStage(offer, this.stage || undefined).featured;
    return html`<section class="card" part="card" aria-labelledby="${this.#id}-heading">
      ${renderHeading(this.#level, title, { id: `${this.#id}-heading`, className: 'offer-title', part: 'heading' })}
      ${this.#staleNotice()}
      ${offer.whoItIsFor ? html`<p lang=${ifDefined(offer.fieldLanguages['whoItIsFor'])}>${offer.whoItIsFor}</p>` : nothing}
      ${items.length
        ? html`<ul class="featured">
            ${items.map((item) => html`<li>
                <strong lang=${ifDefined(item.fieldLanguages['title'])}>${item.title}</strong>${item.whoItIsFor
                  ? html`<br /><span lang=${ifDefined(item.fieldLanguages['whoItIsFor'])}>${item.whoItIsFor}</span>`
                  : nothing}
              </li>`)}
          </ul>`
        : nothing}
      ${link
        ? html`<p><a href=${link} part="full-offer-link" rel=${ifDefined(isExternal(link) ? 'noopener noreferrer' : undefined)}>${msg(str`See the full ${title} offer`)}</a></p>`
        : nothing}
    </section>`;
  }

  #renderSectionLayout(offer: OfferView): TemplateResult {
    const view = filterOfferByStage(offer, this.stage || undefined);
    const section = view.sections.find((s) => s.category === this.section) ?? (this.section ? undefined : view.sections[0]);
    if (!section) {
      return html`<slot><p>${msg('This part of the Start for Life offer has not been published yet.')}</p></slot>`;
    }
    return html`<section class="offer" part="offer" aria-labelledby="${this.#id}-heading">
      ${renderHeading(this.#level, this.heading?.trim() || this.#field(section.id, 'title', section.title, section.fieldLanguages), { id: `${this.#id}-heading`, className: 'offer-title', part: 'heading' })}
      ${this.#staleNotice()} ${section.intro ? html`<p lang=${ifDefined(section.fieldLanguages['intro'])}>${section.intro}</p>` : nothing}
      <ul class="items">
        ${section.items.map((item) => renderItem(item, { ...this.#itemContext, headingLevel: Math.min(6, this.#level + 1) }))}
      </ul>
    </section>`;
  }

  #renderFull(offer: OfferView): TemplateResult {
    const level = this.#level;
    const view = filterOfferByStage(offer, this.stage || undefined);
    const title = this.#title(offer);
    return html`<section class="offer ${this.#isPreview ? 'preview' : ''}" part="offer" aria-labelledby="${this.#id}-heading">
      ${renderHeading(level, this.heading?.trim() ? title : this.#field(offer.id, 'title', title, offer.fieldLanguages), { id: `${this.#id}-heading`, className: 'offer-title', part: 'heading' })}
      ${this.#staleNotice()}
      <div class="intro" lang=${ifDefined(offer.fieldLanguages['intro'])} data-contentful-entry-id=${ifDefined(this.#isPreview ? offer.id : undefined)} data-contentful-field-id=${ifDefined(this.#isPreview ? 'intro' : undefined)}>
        ${renderRichText(offer.intro, { headingOffset: level })}
      </div>
      ${offer.whoItIsFor ? html`<p lang=${ifDefined(offer.fieldLanguages['whoItIsFor'])}>${offer.whoItIsFor}</p>` : nothing} ${this.#renderStageFilter()}
      ${view.sections.length > 1
        ? html`<nav class="contents" aria-labelledby="${this.#id}-contents">
            <p id="${this.#id}-contents"><strong>${msg('Contents')}</strong></p>
            <ul>
              ${view.sections.map((s) => html`<li><a href="#${this.#id}-${s.id}" @click=${(e: Event) => this.#jumpTo(e, `${this.#id}-${s.id}`)}>${s.title}</a></li>`)}
            </ul>
          </nav>`
        : nothing}
      ${view.sections.length
        ? view.sections.map((section) => this.#renderSection(section))
        : html`<p>${msg('There is nothing in the offer for this stage yet. Choose another stage or contact us.')}</p>`}
      ${offer.howToAccess
        ? html`<div class="how-to-access">
            ${renderHeading(Math.min(6, level + 1), msg('How to get support'), { className: 'section-title' })} ${renderRichText(offer.howToAccess, { headingOffset: level + 1 })}
          </div>`
        : nothing}
      ${this.#renderContact(offer, level)} ${this.#renderFooter(offer)} ${this.#renderPrint(offer)}
    </section>`;
  }

  #renderSection(section: OfferSectionView): TemplateResult {
    const id = `${this.#id}-${section.id}`;
    return html`<section class="offer-section" part="section" aria-labelledby=${id}>
      ${renderHeading(Math.min(6, this.#level + 1), section.title ? this.#field(section.id, 'title', section.title, section.fieldLanguages) : categoryLabel(section.category), { id, className: 'section-title' })}
      ${section.intro ? html`<p lang=${ifDefined(section.fieldLanguages['intro'])}>${section.intro}</p>` : nothing}
      <ul class="items">
        ${section.items.map((item: OfferItemView) => renderItem(item, this.#itemContext))}
      </ul>
    </section>`;
  }

  #renderStageFilter(): TemplateResult {
    const current = this.stage || '';
    const option = (value: OfferStage | '', label: string) =>
      html`<label><input type="radio" name="stage" value=${value} .checked=${current === value} @change=${() => this.#chooseStage(value)} />${label}</label>`;
    return html`<fieldset class="no-print" part="stage-filter">
      <legend>${msg('Show support for')}</legend>
      <div class="stage-options">${option('', msg('All stages'))} ${OFFER_STAGES.map((stage) => option(stage, stageLabel(stage)))}</div>
    </fieldset>`;
  }

  #renderContact(offer: OfferView, level: number): TemplateResult | typeof nothing {
    if (!offer.contactPhone && !offer.contactEmail) return nothing;
    const phone = offer.contactPhone ? phoneHref(offer.contactPhone) : undefined;
    const email = offer.contactEmail ? safeUrl(`mailto:${offer.contactEmail}`) : undefined;
    return html`<div class="contact">
      ${renderHeading(Math.min(6, level + 1), msg('Contact us'), { className: 'section-title' })}
      <ul class="actions">
        ${phone ? html`<li><a href=${phone}>${msg(str`Call us on ${offer.contactPhone}`)}</a></li>` : nothing}
        ${email ? html`<li><a href=${email}>${msg(str`Email us at ${offer.contactEmail}`)}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  #renderFooter(offer: OfferView): TemplateResult {
    const reviewed = formatDate(offer.lastReviewed, this.locale);
    return html`<div class="footer">
      <p>${msg(str`Last reviewed: ${reviewed}`)}</p>
      ${offer.coProduced ? html`<p>${offer.coProductionNote ?? msg('Written with our Parent and Carer Panel.')}</p>` : nothing}
    </div>`;
  }

  #renderPrint(offer: OfferView): TemplateResult | typeof nothing {
    if (this.noPrint) return nothing;
    const address = this.#printAddress(offer);
    return html`<p class="no-print"><button type="button" class="print-button" part="print-button" @click=${this.#print}>${msg('Print or save as PDF')}</button></p>
      <div class="print-only" part="print-details">
        ${address && this.#renderQrCode ? this.#renderQrCode(address, msg('QR code to open this offer online')) : nothing}
        <p>${msg('See this offer online, in other languages and with the latest changes:')}<br /><strong>${address ?? ''}</strong></p>
      </div>`;
  }

  /** The address printed with the QR code: the full offer page, or this page without its query (which could say something about the reader). */
  #printAddress(offer: OfferView): string | undefined {
    const candidate = safeUrl(this.offerUrl ?? offer.fullOfferUrl);
    try {
      const url = new URL(candidate ?? this.ownerDocument.location?.href ?? '', this.ownerDocument.baseURI);
      if (!candidate) url.search = '';
      url.hash = '';
      return url.protocol.startsWith('http') ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  #offerLink(offer: OfferView): string | undefined {
    return safeUrl(this.offerUrl ?? offer.fullOfferUrl);
  }

  #chooseStage(stage: OfferStage | ''): void {
    this.stage = stage;
    this.dispatchEvent(new FhOfferStageChangeEvent({ stage: stage || undefined }));
    const offer = this.offer;
    if (!offer) return;
    const count = filterOfferByStage(offer, stage || undefined).sections.reduce((n, s) => n + s.items.length, 0);
    void announce(stage ? msg(str`Showing ${count} things for ${stageLabel(stage)}`) : msg(str`Showing all ${count} things`));
  }

  #jumpTo(event: Event, id: string): void {
    // In-page links cannot reach into a shadow root; move focus to the section instead.
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    event.preventDefault();
    target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  }

  #print = (): void => {
    if (!this.dispatchEvent(new FhOfferPrintEvent())) return;
    printElement(this);
  };
}

function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-start-for-life-offer': FhStartForLifeOffer;
  }
}
