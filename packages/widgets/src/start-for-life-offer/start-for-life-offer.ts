import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  OFFER_STAGES,
  filterOfferByStage,
  startForLifeOfferView,
  type OfferCategory,
  type OfferStage,
  type OfferView,
  type ContentView,
  type StartForLifeOfferContent,
} from '@family-hubs/content';
import { FhContentElement } from '../internal/content-element.js';
import { FhContentErrorEvent } from '../internal/events.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LazyImport } from '../internal/lazy-import.js';
import { LazyPart } from '../internal/lazy-part.js';
import { nextTask } from '../internal/next-task.js';
import { relFor } from '../internal/links.js';
import { PreviewController } from '../internal/preview-controller.js';
import { safeUrl } from '../internal/url.js';
import { FhOfferPrintEvent, FhOfferStageChangeEvent } from './events.js';
import type * as LayoutsModule from './offer-layouts.js';
import type { ItemContext } from './render-item.js';
import { offerStyles } from './start-for-life-offer.styles.js';
import type * as QrCodeModule from './qr-code.js';

/** Layouts of the offer. */
export const OFFER_LAYOUTS = ['full', 'card', 'section'] as const;
/** One of {@link OFFER_LAYOUTS}. */
export type OfferLayout = (typeof OFFER_LAYOUTS)[number];

let nextId = 0;

/**
 * Sections the full layout draws with the offer, then per task after it: each section is a few
 * dozen elements, and drawing all of a council's offer at once is the page's longest task on a
 * slow phone.
 */
const SECTIONS_PER_TASK = 2;

/** The full and section layouts, a chunk of their own, one download per page: a card never downloads them. */
const layoutsPart = new LazyImport<typeof LayoutsModule>(() => import('./offer-layouts.js'));

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
 * @fires fh-content-error - Content could not be loaded, or the full or section layout could not be (the page's fallback shows).
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
  /** How many sections the full layout shows of the offer in {@link #sectionsFor}; the rest follow a few per task. */
  #sectionsShown = SECTIONS_PER_TASK;
  /** The offer id and locale being drawn. */
  #sectionsFor: string | undefined;
  #moreSections: Promise<void> | undefined;
  /** The layouts, for this element: shown once loaded, the light-DOM fallback if they cannot be. */
  readonly #layouts = new LazyPart(this, layoutsPart, {
    onFailure: () => this.dispatchEvent(new FhContentErrorEvent({ kind: 'network', message: 'The offer’s layout could not be loaded', stale: false })),
  });
  /** What the layouts read of the element, live. */
  readonly #host: LayoutsModule.OfferHost = ((offer: FhStartForLifeOffer): LayoutsModule.OfferHost => ({
    element: offer,
    id: offer.#id,
    get level() {
      return offer.#level;
    },
    get stage() {
      return offer.stage || '';
    },
    get section() {
      return offer.section;
    },
    get heading() {
      return offer.heading;
    },
    get filterStatus() {
      return offer.filterStatus;
    },
    get sectionsShown() {
      return offer.#sectionsShown;
    },
    get noPrint() {
      return offer.noPrint;
    },
    get qrCode() {
      return offer.#renderQrCode;
    },
    title: (view) => offer.#title(view),
    staleNotice: () => offer.renderStaleNotice(),
    printAddress: (view) => offer.#printAddress(view),
    chooseStage: (stage) => offer.#chooseStage(stage),
    allowPrint: () => offer.dispatchEvent(new FhOfferPrintEvent()),
  }))(this);

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
    this.#showMoreSections();
    if (this.content.state === 'loaded' && this.layout === 'full' && !this.noPrint && !this.#qrCode) {
      this.#qrCode = import('./qr-code.js');
      void this.#qrCode.then(({ renderQrCode }) => {
        this.#renderQrCode = renderQrCode;
        this.requestUpdate();
      });
    }
  }

  /** True while the full layout has sections still to draw. */
  get #sectionsPending(): boolean {
    const offer = this.offer;
    const layouts = this.#layouts.loaded;
    return this.layout === 'full' && offer !== undefined && layouts !== undefined && layouts.sectionCount(offer, this.stage || '') > this.#sectionsShown;
  }

  /** After a render of the full layout with sections still to draw, draws the next ones in a later task. */
  #showMoreSections(): void {
    if (!this.#sectionsPending || this.#moreSections) return;
    const more = nextTask().then(() => {
      this.#moreSections = undefined;
      this.#sectionsShown += SECTIONS_PER_TASK;
      this.requestUpdate();
    });
    this.#moreSections = more;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another offer, or another language, starts again with its first sections; a refresh of the
    // same one (an editor typing in preview, a background reload) keeps what is drawn, so the page
    // neither shrinks under the reader nor loses focus.
    const drawing = this.offer ? `${this.offer.id}\n${this.locale}` : undefined;
    if (drawing !== this.#sectionsFor) {
      this.#sectionsFor = drawing;
      this.#sectionsShown = SECTIONS_PER_TASK;
    }
    // Before the offer arrives its span is unknown, so any known stage may stay; once it is here, a
    // stage outside the span would filter to an offer the filter cannot show (no radio is checked).
    const stages: readonly string[] = this.offer?.stages ?? OFFER_STAGES;
    if (this.stage && !stages.includes(this.stage)) this.stage = '';
    if (changed.has('layout') && !(OFFER_LAYOUTS as readonly string[]).includes(this.layout)) this.layout = 'full';
    // Asked for while the content loads, so it has usually arrived by the time the content has.
    if (this.layout !== 'card') this.#layouts.request();
  }

  /**
   * Also waits for the layouts when the element shows one, and for every section of the full
   * layout, so "set, then await updateComplete" sees the whole offer.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.layout !== 'card' && !this.#layouts.loaded && !this.#layouts.failed) {
      await this.#layouts.settled();
      done = await super.getUpdateComplete();
    }
    // And for every section of the full layout, drawn a few per task.
    while (this.#moreSections) {
      await this.#moreSections;
      done = await super.getUpdateComplete();
    }
    return done;
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
    if (this.layout === 'card') return this.#renderCard(offer);
    const layouts = this.#layouts.loaded;
    if (!layouts) return this.#layouts.failed ? this.renderUnavailable() : this.renderLoading();
    return this.layout === 'section' ? layouts.renderSectionLayout(offer, this.#host, context) : layouts.renderFull(offer, this.#host, context);
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
    // The filter is part of the full layout, so the layouts have loaded.
    if (offer && this.#layouts.loaded) this.filterStatus = this.#layouts.loaded.stageStatus(offer, stage);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-start-for-life-offer': FhStartForLifeOffer;
  }
}
