import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  OFFER_STAGES,
  filterOfferByStage,
  startForLifeOfferView,
  type OfferCategory,
  type OfferSectionView,
  type OfferStage,
  type OfferView,
  type ContentView,
  type StartForLifeOfferContent,
} from '@family-hubs/content';
import { FhContentElement } from '../internal/content-element.js';
import { formatDate } from '../internal/format.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { emailHref, phoneHref, relFor } from '../internal/links.js';
import { PreviewController } from '../internal/preview-controller.js';
import { renderRichText } from '../internal/rich-text.js';
import { safeUrl } from '../internal/url.js';
import { FhOfferPrintEvent, FhOfferStageChangeEvent } from './events.js';
import { categoryLabel, stageLabel } from './labels.js';
import { printElement } from '../internal/print.js';
import { renderItem, type ItemContext } from './render-item.js';
import { offerStyles } from './start-for-life-offer.styles.js';
import type * as QrCodeModule from './qr-code.js';

/** Layouts of the offer. */
export const OFFER_LAYOUTS = ['full', 'card', 'section'] as const;
/** One of {@link OFFER_LAYOUTS}. */
export type OfferLayout = (typeof OFFER_LAYOUTS)[number];

let nextId = 0;

/**
 * The council's Start for Life offer, or its Healthy Babies offer (the programme's new name, as
 * the council calls it in the CMS): support from pregnancy to age 2, or to age 5 when the offer's
 * age span says so, by category, with how to get each thing. As a compact **card** for home pages,
 * the **full** offer (with a stage filter and a printable handout), or one **section**.
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
 * @csspart stale - The notice shown above content from a backup copy.
 * @csspart section - One section of the offer.
 * @csspart item - One item of the offer.
 * @csspart access - How to get an item.
 * @csspart stage-filter - The stage filter.
 * @csspart print-button - The "Print or save as PDF" button.
 * @csspart print-details - The box printed at the top of the handout: the online address, QR code and contact details.
 * @csspart qr-code - The QR code (printed only).
 * @csspart full-offer-link - The card's link to the full offer.
 *
 * @cssprop [--fh-offer-accent=var(--fh-colour-brand)] - Accent colour of borders.
 * @cssprop [--fh-offer-title-size=var(--fh-font-size-heading-l)] - Size of the offer's heading.
 * @cssprop [--fh-offer-loading-min-height=20em] - Space kept while loading, so the page does not jump (10em for the card).
 *
 * @fires fh-offer-stage-change - A family chose a stage in the filter. `detail.stage` is the stage, or `undefined` for all.
 * @fires fh-offer-print - A family pressed "Print or save as PDF". Cancelable.
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded.
 */
export class FhStartForLifeOffer extends FhContentElement<StartForLifeOfferContent> {
  static override css = offerStyles;

  /** `full` (default), `card` (featured items and a link to the full offer) or `section` (one category, see `section`). */
  @property({ reflect: true }) layout: OfferLayout = 'full';

  /** The category shown by the `section` layout, e.g. `infantFeeding`. */
  @property({ reflect: true }) section?: OfferCategory;

  /**
   * Show only support for this stage: `pregnancy`, `baby` (0–12 months), `toddler` (1–2 years) or,
   * when the offer covers pregnancy to age 5, `preschool` (3–5 years). Empty for all; a stage the
   * offer does not cover is cleared once the offer has loaded. Families can change it in the full layout.
   */
  @property({ reflect: true }) stage?: OfferStage | '';

  /** The heading. Default: the offer's name from the CMS, or "Start for Life". */
  @property() heading?: string;

  /** The heading's level (1–6), so the widget fits the page's outline; sections and items go one and two levels below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The service search page that services link to (`?service=ID` is added). Default: the site settings' service search page. */
  @property({ attribute: 'search-url' }) searchUrl?: string;

  /** Where the card links to, and the address printed with the QR code. Default: the offer's "Full offer page". */
  @property({ attribute: 'offer-url' }) offerUrl?: string;

  /** Hide the "Print or save as PDF" button. */
  @property({ attribute: 'no-print', type: Boolean }) noPrint = false;

  /** What the stage filter's live region says; it exists from the first render, so screen readers hear the first change. */
  @state() private filterStatus = '';

  readonly #preview = new PreviewController(this, this.content);
  readonly #id = `fh-offer-${++nextId}`;
  /** The QR code renderer, loaded with the full offer only: most pages show the card and never print. */
  #qrCode: Promise<typeof QrCodeModule> | undefined;
  #renderQrCode: ((text: string, label: string) => TemplateResult) | undefined;

  protected override get view(): ContentView<StartForLifeOfferContent> {
    return startForLifeOfferView;
  }

  /** The resolved offer being shown (before the stage filter), once loaded. */
  get offer(): OfferView | undefined {
    return this.content.value?.offer;
  }

  protected override emptyText(): string {
    return msg('The Start for Life offer has not been published yet.');
  }

  protected override updated(): void {
    if (this.content.state === 'loaded' && this.layout === 'full' && !this.noPrint && !this.#qrCode) {
      this.#qrCode = import('./qr-code.js');
      void this.#qrCode.then(({ renderQrCode }) => {
        this.#renderQrCode = renderQrCode;
        this.requestUpdate();
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the offer arrives its span is unknown, so any known stage may stay; once it is here, a
    // stage outside the span would filter to an offer the filter cannot show (no radio is checked).
    const stages: readonly string[] = this.offer?.stages ?? OFFER_STAGES;
    if (this.stage && !stages.includes(this.stage)) this.stage = '';
    if (changed.has('layout') && !(OFFER_LAYOUTS as readonly string[]).includes(this.layout)) this.layout = 'full';
  }

  protected override renderContent({ offer, site }: StartForLifeOfferContent): TemplateResult {
    const context: ItemContext = {
      headingLevel: this.#level + 2,
      locale: this.locale,
      searchUrl: this.searchUrl ?? site?.serviceSearchUrl,
      hubsLabel: site?.hubNamePlural ?? msg('Family Hubs'),
      // The council's wording may be English on a Polish page; our own wording is always translated.
      hubsLabelLang: site?.hubNamePlural ? site.fieldLanguages['hubNamePlural'] : undefined,
      preview: this.#preview,
    };
    switch (this.layout) {
      case 'card':
        return this.#renderCard(offer);
      case 'section':
        return this.#renderSectionLayout(offer, context);
      default:
        return this.#renderFull(offer, context);
    }
  }

  get #level(): number {
    return headingLevel(this.headingLevel);
  }

  /** The heading: the page's, the council's name for the offer, or "Start for Life". */
  #title(offer: OfferView): TemplateResult | string {
    const own = this.heading?.trim();
    if (own) return own;
    return offer.title ? this.#preview.text(offer.id, 'title', offer.title, offer.fieldLanguages) : msg('Start for Life');
  }

  #titleText(offer: OfferView): string {
    return this.heading?.trim() || offer.title || msg('Start for Life');
  }

  #renderCard(offer: OfferView): TemplateResult {
    const link = this.#offerLink(offer);
    const items = filterOfferByStage(offer, this.stage || undefined).featured;
    return html`<section class="card" part="card" aria-labelledby="${this.#id}-heading">
      ${renderHeading(this.#level, this.#title(offer), { id: `${this.#id}-heading`, className: 'offer-title', part: 'heading' })}
      ${this.renderStaleNotice()}
      ${offer.whoItIsFor ? html`<p lang=${ifDefined(offer.fieldLanguages['whoItIsFor'])}>${offer.whoItIsFor}</p>` : nothing}
      ${items.length
        ? html`<ul class="featured">
            ${items.map(
              (item) =>
                html`<li>
                  <strong lang=${ifDefined(item.fieldLanguages['title'])}>${item.title}</strong>${item.whoItIsFor
                    ? html`<br /><span lang=${ifDefined(item.fieldLanguages['whoItIsFor'])}>${item.whoItIsFor}</span>`
                    : nothing}
                </li>`,
            )}
          </ul>`
        : nothing}
      ${link ? html`<p><a href=${link} part="full-offer-link" rel=${ifDefined(relFor(link))}>${msg(str`See the full ${this.#titleText(offer)} offer`)}</a></p>` : nothing}
    </section>`;
  }

  #renderSectionLayout(offer: OfferView, context: ItemContext): TemplateResult {
    const view = filterOfferByStage(offer, this.stage || undefined);
    const section = view.sections.find((s) => s.category === this.section) ?? (this.section ? undefined : view.sections[0]);
    if (!section) {
      return html`<slot><p>${msg('This part of the Start for Life offer has not been published yet.')}</p></slot>`;
    }
    const heading = this.heading?.trim() || this.#preview.text(section.id, 'title', section.title, section.fieldLanguages);
    return html`<section class="offer" part="offer" aria-labelledby="${this.#id}-heading">
      ${renderHeading(this.#level, heading, { id: `${this.#id}-heading`, className: 'offer-title', part: 'heading' })}
      ${this.renderStaleNotice()} ${section.intro ? html`<p lang=${ifDefined(section.fieldLanguages['intro'])}>${section.intro}</p>` : nothing}
      <ul class="items">
        ${section.items.map((item) => renderItem(item, { ...context, headingLevel: this.#level + 1 }))}
      </ul>
    </section>`;
  }

  #renderFull(offer: OfferView, context: ItemContext): TemplateResult {
    const level = this.#level;
    const view = filterOfferByStage(offer, this.stage || undefined);
    return html`<section class="offer ${this.#preview.enabled ? 'preview' : ''}" part="offer" aria-labelledby="${this.#id}-heading">
      ${renderHeading(level, this.#title(offer), { id: `${this.#id}-heading`, className: 'offer-title', part: 'heading' })}
      ${this.renderStaleNotice()} ${this.#renderPrintDetails(offer, context)}
      <div class="intro" lang=${ifDefined(offer.fieldLanguages['intro'])} data-fh-entry=${ifDefined(this.#preview.entry(offer.id))} data-fh-field=${ifDefined(this.#preview.field('intro'))}>
        ${renderRichText(offer.intro, { headingOffset: level })}
      </div>
      ${offer.whoItIsFor ? html`<p lang=${ifDefined(offer.fieldLanguages['whoItIsFor'])}>${offer.whoItIsFor}</p>` : nothing} ${this.#renderStageFilter(offer)}
      ${view.sections.length > 1
        ? html`<nav class="contents" id="${this.#id}-contents" aria-labelledby="${this.#id}-contents-title" tabindex="-1">
            <p id="${this.#id}-contents-title" class="contents-title">${msg('Contents')}</p>
            <ol>
              ${view.sections.map((s) => html`<li><a href="#${this.#id}-${s.id}" @click=${(e: Event) => this.#jumpTo(e, `${this.#id}-${s.id}`)}>${s.title}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${view.sections.length
        ? view.sections.map((section) => this.#renderSection(section, context, view.sections.length > 1))
        : html`<p>${msg('There is nothing in the offer for this stage yet. Choose another stage or contact us.')}</p>`}
      ${offer.howToAccess
        ? html`<div class="how-to-access" lang=${ifDefined(offer.fieldLanguages['howToAccess'])}>
            ${renderHeading(level + 1, msg('How to get support'), { className: 'section-title' })} ${renderRichText(offer.howToAccess, { headingOffset: level + 1 })}
          </div>`
        : nothing}
      <div class="no-print">${this.#renderContact(offer, level)}</div>
      ${this.#renderFooter(offer)} ${this.#renderPrintButton()}
    </section>`;
  }

  // Sections are not landmarks: one offer is one region, and its headings give the structure.
  #renderSection(section: OfferSectionView, context: ItemContext, withContents: boolean): TemplateResult {
    const id = `${this.#id}-${section.id}`;
    const title = section.title ? this.#preview.text(section.id, 'title', section.title, section.fieldLanguages) : categoryLabel(section.category);
    return html`<div class="offer-section" part="section">
      ${renderHeading(this.#level + 1, title, { id, className: 'section-title' })}
      ${section.intro ? html`<p lang=${ifDefined(section.fieldLanguages['intro'])}>${section.intro}</p>` : nothing}
      <ul class="items">
        ${section.items.map((item) => renderItem(item, context))}
      </ul>
      ${withContents
        ? html`<p class="back-to-contents no-print"><a href="#${this.#id}-contents" @click=${(e: Event) => this.#jumpTo(e, `${this.#id}-contents`)}>${msg('Back to contents')}</a></p>`
        : nothing}
    </div>`;
  }

  /** The stages of the offer's age span only: a stage it does not cover would show nothing. */
  #renderStageFilter(offer: OfferView): TemplateResult {
    const current = this.stage || '';
    const option = (value: OfferStage | '', label: string) =>
      html`<label><input type="radio" name="stage" value=${value} .checked=${current === value} @change=${() => this.#chooseStage(value)} />${label}</label>`;
    return html`<fieldset class="no-print" part="stage-filter">
      <legend>${msg('Show support for')}</legend>
      <div class="stage-options">${option('', msg('All stages'))} ${offer.stages.map((stage) => option(stage, stageLabel(stage)))}</div>
      <p class="fh-visually-hidden" role="status">${this.filterStatus}</p>
    </fieldset>`;
  }

  #renderContact(offer: OfferView, level: number): TemplateResult | typeof nothing {
    const phone = offer.contactPhone ? phoneHref(offer.contactPhone) : undefined;
    const email = offer.contactEmail ? emailHref(offer.contactEmail) : undefined;
    if (!phone && !email) return nothing;
    return html`<div class="contact">
      ${level ? renderHeading(level + 1, msg('Contact us'), { className: 'section-title' }) : nothing}
      <ul class="actions">
        ${phone ? html`<li>${msg('Phone:')} <a href=${phone}>${offer.contactPhone}</a></li>` : nothing}
        ${email ? html`<li>${msg('Email:')} <a href=${email}>${offer.contactEmail}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  #renderFooter(offer: OfferView): TemplateResult {
    const reviewed = formatDate(offer.lastReviewed, this.locale);
    return html`<div class="footer">
      <p>${msg(str`Last reviewed: ${reviewed}`)}</p>
      ${offer.coProduced
        ? html`<p lang=${ifDefined(offer.coProductionNote ? offer.fieldLanguages['coProductionNote'] : undefined)}>
            ${offer.coProductionNote ?? msg('Written with our Parent and Carer Panel.')}
          </p>`
        : nothing}
    </div>`;
  }

  #renderPrintButton(): TemplateResult | typeof nothing {
    if (this.noPrint) return nothing;
    return html`<p class="no-print"><button type="button" class="print-button" part="print-button" @click=${this.#print}>${msg('Print or save as PDF')}</button></p>`;
  }

  /** Printed at the top of the handout's first page: how to reach the council, and the offer online. */
  #renderPrintDetails(offer: OfferView, context: ItemContext): TemplateResult | typeof nothing {
    if (this.noPrint) return nothing;
    const address = this.#printAddress(offer);
    return html`<div class="print-only" part="print-details">
      ${address && this.#renderQrCode ? this.#renderQrCode(address, msg('QR code to open this offer online')) : nothing}
      <div>
        ${this.#renderContact(offer, 0)}
        <p>${msg('See this offer online, in other languages and with the latest changes:')}<br /><strong>${address ?? ''}</strong></p>
        ${this.#renderPrintHubs(offer, context)}
      </div>
    </div>`;
  }

  /** Every hub the offer names, once, with how to reach it: items then name them only, on paper. */
  #renderPrintHubs(offer: OfferView, { hubsLabel, hubsLabelLang }: ItemContext): TemplateResult | typeof nothing {
    const hubs = new Map(offer.sections.flatMap((s) => s.items.flatMap((item) => item.hubs)).map((hub) => [hub.id, hub]));
    if (hubs.size === 0) return nothing;
    return html`<p><strong lang=${ifDefined(hubsLabelLang)}>${hubsLabel}:</strong></p>
      <ul class="print-hubs">
        ${[...hubs.values()].map((hub) => html`<li>${hub.name}${hub.address ? html`, ${hub.address}` : nothing}${hub.phone ? html`, ${hub.phone}` : nothing}</li>`)}
      </ul>`;
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
    this.filterStatus = stage ? msg(str`Showing ${count} things for ${stageLabel(stage)}`) : msg(str`Showing all ${count} things`);
  }

  #jumpTo(event: Event, id: string): void {
    // In-page links cannot reach into a shadow root; move focus to the target instead.
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  }

  #print = (): void => {
    if (!this.dispatchEvent(new FhOfferPrintEvent())) return;
    printElement(this);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-start-for-life-offer': FhStartForLifeOffer;
  }
}
