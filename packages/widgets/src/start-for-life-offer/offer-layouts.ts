/**
 * The offer's full and section layouts: sections, items, the stage filter, contents, contact,
 * footer and the printed handout. A chunk of its own, which the element asks for as soon as it is
 * connected with one of these layouts (while its content loads), so a home page showing only the
 * card never downloads it. The element keeps the state; these functions only draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { filterOfferByStage, type OfferCategory, type OfferSectionView, type OfferStage, type OfferView } from '@family-hubs/content';
import { formatDate } from '../internal/format.js';
import { renderHeading } from '../internal/heading.js';
import { emailHref, phoneHref } from '../internal/links.js';
import { printElement } from '../internal/print.js';
import { renderRichText } from '../internal/rich-text.js';
import { categoryLabel, stageLabel } from './labels.js';
import { renderItem, type ItemContext } from './render-item.js';

/** What the layouts read of the element and ask it to do. */
export interface OfferHost {
  /** The element, for printing and for moving focus inside its shadow root. */
  readonly element: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The element's id prefix, unique in the document. */
  readonly id: string;
  /** The offer heading's level. */
  readonly level: number;
  readonly stage: OfferStage | '';
  /** The section the section layout shows. */
  readonly section: OfferCategory | undefined;
  /** The page's own heading, if it gave one. */
  readonly heading: string | undefined;
  /** What the stage filter's live region says. */
  readonly filterStatus: string;
  /**
   * How many sections the full layout shows yet: the element renders the first ones with the
   * offer and the rest a few per task after it, so no single task draws the whole offer.
   */
  readonly sectionsShown: number;
  readonly noPrint: boolean;
  /** The QR code renderer, once loaded (it is printed only). */
  readonly qrCode: ((text: string, label: string) => TemplateResult) | undefined;
  /** The offer's heading: the page's, the council's name for the offer, or "Start for Life". */
  title(offer: OfferView): TemplateResult | string;
  /** The notice for content from a backup copy, or nothing. */
  staleNotice(): TemplateResult | typeof nothing;
  /** The address printed with the QR code. */
  printAddress(offer: OfferView): string | undefined;
  /** A family chose a stage in the filter. */
  chooseStage(stage: OfferStage | ''): void;
  /** A family pressed "Print or save as PDF": false when a listener cancelled the print event. */
  allowPrint(): boolean;
}

/** The full offer: intro, stage filter, contents, sections, how to get support, contact, footer, print. */
export function renderFull(offer: OfferView, host: OfferHost, context: ItemContext): TemplateResult {
  const { level, id } = host;
  const view = filterOfferByStage(offer, host.stage || undefined);
  const withContents = view.sections.length > 1;
  // Busy while sections are still being drawn (a few per task), so screen readers wait for the whole offer.
  const drawing = view.sections.length > host.sectionsShown;
  return html`<section class="offer ${context.preview.enabled ? 'preview' : ''}" part="offer" aria-labelledby="${id}-heading" aria-busy=${ifDefined(drawing ? 'true' : undefined)}>
    ${renderHeading(level, host.title(offer), { id: `${id}-heading`, className: 'offer-title', part: 'heading' })}
    ${host.staleNotice()} ${renderPrintDetails(offer, host, context)}
    <div class="intro" lang=${ifDefined(offer.fieldLanguages['intro'])} data-fh-entry=${ifDefined(context.preview.entry(offer.id))} data-fh-field=${ifDefined(context.preview.field('intro'))}>
      ${renderRichText(offer.intro, { headingOffset: level })}
    </div>
    ${offer.whoItIsFor ? html`<p lang=${ifDefined(offer.fieldLanguages['whoItIsFor'])}>${offer.whoItIsFor}</p>` : nothing} ${renderStageFilter(offer, host)}
    ${withContents
      ? html`<nav class="contents" id="${id}-contents" aria-labelledby="${id}-contents-title" tabindex="-1">
          <p id="${id}-contents-title" class="contents-title">${msg('Contents')}</p>
          <ol>
            ${view.sections.map((s) => html`<li><a href="#${id}-${s.id}" @click=${(e: Event) => jumpTo(host, e, `${id}-${s.id}`)}>${s.title}</a></li>`)}
          </ol>
        </nav>`
      : nothing}
    ${view.sections.length
      ? view.sections.slice(0, host.sectionsShown).map((section) => renderSection(section, host, context, withContents))
      : html`<p>${msg('There is nothing in the offer for this stage yet. Choose another stage or contact us.')}</p>`}
    ${drawing ? nothing : renderEnd(offer, host, context)}
  </section>`;
}

/** What follows the sections: how to get support, the contact details, the footer and the print button. */
function renderEnd(offer: OfferView, host: OfferHost, context: ItemContext): TemplateResult {
  const { level } = host;
  return html`${offer.howToAccess
      ? html`<div class="how-to-access" lang=${ifDefined(offer.fieldLanguages['howToAccess'])}>
          ${renderHeading(level + 1, msg('How to get support'), { className: 'section-title' })} ${renderRichText(offer.howToAccess, { headingOffset: level + 1 })}
        </div>`
      : nothing}
    <div class="no-print">${renderContact(offer, level)}</div>
    ${renderFooter(offer, context.locale)} ${renderPrintButton(host)}`;
}

/** How many sections of `offer` the full layout shows for `stage`. */
export function sectionCount(offer: OfferView, stage: OfferStage | ''): number {
  return filterOfferByStage(offer, stage || undefined).sections.length;
}

/** One section of the offer (the `section` attribute's, or the first). */
export function renderSectionLayout(offer: OfferView, host: OfferHost, context: ItemContext): TemplateResult {
  const view = filterOfferByStage(offer, host.stage || undefined);
  const section = view.sections.find((s) => s.category === host.section) ?? (host.section ? undefined : view.sections[0]);
  if (!section) {
    return html`<slot><p>${msg('This part of the Start for Life offer has not been published yet.')}</p></slot>`;
  }
  const heading = host.heading?.trim() || context.preview.text(section.id, 'title', section.title, section.fieldLanguages);
  return html`<section class="offer" part="offer" aria-labelledby="${host.id}-heading">
    ${renderHeading(host.level, heading, { id: `${host.id}-heading`, className: 'offer-title', part: 'heading' })}
    ${host.staleNotice()} ${section.intro ? html`<p lang=${ifDefined(section.fieldLanguages['intro'])}>${section.intro}</p>` : nothing}
    <ul class="items">
      ${section.items.map((item) => renderItem(item, { ...context, headingLevel: host.level + 1 }))}
    </ul>
  </section>`;
}

/** What the stage filter's live region says after a family chose `stage`. */
export function stageStatus(offer: OfferView, stage: OfferStage | ''): string {
  const count = filterOfferByStage(offer, stage || undefined).sections.reduce((n, s) => n + s.items.length, 0);
  return stage ? msg(str`Showing ${count} things for ${stageLabel(stage)}`) : msg(str`Showing all ${count} things`);
}

// Sections are not landmarks: one offer is one region, and its headings give the structure.
function renderSection(section: OfferSectionView, host: OfferHost, context: ItemContext, withContents: boolean): TemplateResult {
  const id = `${host.id}-${section.id}`;
  const title = section.title ? context.preview.text(section.id, 'title', section.title, section.fieldLanguages) : categoryLabel(section.category);
  return html`<div class="offer-section" part="section">
    ${renderHeading(host.level + 1, title, { id, className: 'section-title' })}
    ${section.intro ? html`<p lang=${ifDefined(section.fieldLanguages['intro'])}>${section.intro}</p>` : nothing}
    <ul class="items">
      ${section.items.map((item) => renderItem(item, context))}
    </ul>
    ${withContents
      ? html`<p class="back-to-contents no-print"><a href="#${host.id}-contents" @click=${(e: Event) => jumpTo(host, e, `${host.id}-contents`)}>${msg('Back to contents')}</a></p>`
      : nothing}
  </div>`;
}

/** The stages of the offer's age span only: a stage it does not cover would show nothing. */
function renderStageFilter(offer: OfferView, host: OfferHost): TemplateResult {
  const current = host.stage || '';
  const option = (value: OfferStage | '', label: string) =>
    html`<label><input type="radio" name="stage" value=${value} .checked=${current === value} @change=${() => host.chooseStage(value)} />${label}</label>`;
  return html`<fieldset class="no-print" part="stage-filter">
    <legend>${msg('Show support for')}</legend>
    <div class="stage-options">${option('', msg('All stages'))} ${offer.stages.map((stage) => option(stage, stageLabel(stage)))}</div>
    <p class="fh-visually-hidden" role="status">${host.filterStatus}</p>
  </fieldset>`;
}

function renderContact(offer: OfferView, level: number): TemplateResult | typeof nothing {
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

function renderFooter(offer: OfferView, locale: string): TemplateResult {
  const reviewed = formatDate(offer.lastReviewed, locale);
  return html`<div class="footer">
    <p>${msg(str`Last reviewed: ${reviewed}`)}</p>
    ${offer.coProduced
      ? html`<p lang=${ifDefined(offer.coProductionNote ? offer.fieldLanguages['coProductionNote'] : undefined)}>
          ${offer.coProductionNote ?? msg('Written with our Parent and Carer Panel.')}
        </p>`
      : nothing}
  </div>`;
}

function renderPrintButton(host: OfferHost): TemplateResult | typeof nothing {
  if (host.noPrint) return nothing;
  const print = (): void => {
    if (host.allowPrint()) printElement(host.element);
  };
  return html`<p class="no-print"><button type="button" class="print-button" part="print-button" @click=${print}>${msg('Print or save as PDF')}</button></p>`;
}

/** Printed at the top of the handout's first page: how to reach the council, and the offer online. */
function renderPrintDetails(offer: OfferView, host: OfferHost, context: ItemContext): TemplateResult | typeof nothing {
  if (host.noPrint) return nothing;
  const address = host.printAddress(offer);
  return html`<div class="print-only" part="print-details">
    ${address && host.qrCode ? host.qrCode(address, msg('QR code to open this offer online')) : nothing}
    <div>
      ${renderContact(offer, 0)}
      <p>${msg('See this offer online, in other languages and with the latest changes:')}<br /><strong>${address ?? ''}</strong></p>
      ${renderPrintHubs(offer, context)}
    </div>
  </div>`;
}

/** Every hub the offer names, once, with how to reach it: items then name them only, on paper. */
function renderPrintHubs(offer: OfferView, { hubsLabel, hubsLabelLang }: ItemContext): TemplateResult | typeof nothing {
  const hubs = new Map(offer.sections.flatMap((s) => s.items.flatMap((item) => item.hubs)).map((hub) => [hub.id, hub]));
  if (hubs.size === 0) return nothing;
  return html`<p><strong lang=${ifDefined(hubsLabelLang)}>${hubsLabel}:</strong></p>
    <ul class="print-hubs">
      ${[...hubs.values()].map((hub) => html`<li>${hub.name}${hub.address ? html`, ${hub.address}` : nothing}${hub.phone ? html`, ${hub.phone}` : nothing}</li>`)}
    </ul>`;
}

function jumpTo(host: OfferHost, event: Event, id: string): void {
  // In-page links cannot reach into a shadow root; move focus to the target instead.
  const target = host.element.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}
