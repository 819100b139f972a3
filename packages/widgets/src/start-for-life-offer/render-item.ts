/**
 * One offer item: what it is, who it is for, and how to get it (links, phone numbers, Family Hubs,
 * services). Link texts are the thing itself (a number, a name) inside a labelled line, so they
 * make sense in context without repeating the item's title in every link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { HubLink, OfferItemView, ServiceLink } from '@family-hubs/content';
import { renderHeading } from '../internal/heading.js';
import { absoluteHref, phoneHref, relFor, serviceHref } from '../internal/links.js';
import type { PreviewController } from '../internal/preview-controller.js';
import { renderRichText } from '../internal/rich-text.js';
import { safeUrl } from '../internal/url.js';
import { languageName } from '../internal/format.js';
import { accessLabel, formatLabel, stageLabel } from './labels.js';

/** What item templates need from the element. */
export interface ItemContext {
  readonly headingLevel: number;
  readonly locale: string;
  /** Where "find this service" links go; services link to their own website without it. */
  readonly searchUrl: string | undefined;
  /** What the council calls its hubs, e.g. "Best Start Family Hubs". */
  readonly hubsLabel: string;
  /** The language of {@link hubsLabel} when it is the CMS's wording in a fallback language. */
  readonly hubsLabelLang?: string | undefined;
  /** Tags parts for the editor's preview; tags nothing on public pages. */
  readonly preview: PreviewController;
}

/** Digits only, so "0161 496 0000" and "01614960000" count as one number. */
const samePhone = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.replace(/\D/g, '') === b.replace(/\D/g, '');

function renderService(service: ServiceLink, context: ItemContext, shownPhone: string | undefined): TemplateResult {
  const href = serviceHref(service, context.searchUrl);
  const phone = service.phone && !samePhone(service.phone, shownPhone) ? phoneHref(service.phone) : undefined;
  return html`<li class="service">
    ${href
      ? html`<a href=${href} rel=${ifDefined(relFor(href))}>${service.name}<span class="fh-visually-hidden"> ${msg('(service details)')}</span></a>`
      : html`<span class="name">${service.name}</span>`}
    ${service.status === 'temporarilyClosed'
      ? html` <strong class="tag tag-closed">${msg('Temporarily closed')}</strong>${service.statusNote ? html` <span>${service.statusNote}</span>` : nothing}`
      : nothing}
    ${phone ? html`<span class="phone"><br />${msg('Phone:')} <a href=${phone}>${service.phone}</a></span>` : nothing}
  </li>`;
}

function renderHub(hub: HubLink, shownPhone: string | undefined): TemplateResult {
  const phone = hub.phone && !samePhone(hub.phone, shownPhone) ? phoneHref(hub.phone) : undefined;
  const url = hub.url ? safeUrl(hub.url) : undefined;
  return html`<li class="hub">
    ${url ? html`<a href=${url} rel=${ifDefined(relFor(url))}>${hub.name}</a>` : html`<span class="name">${hub.name}</span>`}
    ${hub.address ? html`<span class="address"><br />${hub.address}</span>` : nothing}
    ${phone ? html`<span class="phone"><br />${msg('Phone:')} <a href=${phone}>${hub.phone}</a></span>` : nothing}
  </li>`;
}

/** Renders one item under a heading of `context.headingLevel`. */
export function renderItem(item: OfferItemView, context: ItemContext): TemplateResult {
  const { preview } = context;
  const level = context.headingLevel;
  const accessUrl = item.accessUrl ? absoluteHref(item.accessUrl) : undefined;
  const accessPhone = item.accessPhone ? phoneHref(item.accessPhone) : undefined;
  // Text shown in a fallback language says so, for screen readers and translation tools.
  const lang = (id: string) => ifDefined(item.fieldLanguages[id]);
  return html`<li class="item" part="item">
    ${renderHeading(level, preview.text(item.id, 'title', item.title, item.fieldLanguages), { className: 'item-title' })}
    ${item.stages.length ? html`<p class="stages">${msg('For:')} ${item.stages.map(stageLabel).join(', ')}</p>` : nothing}
    <div class="summary" lang=${lang('summary')} data-fh-entry=${ifDefined(preview.entry(item.id))} data-fh-field=${ifDefined(preview.field('summary'))}>
      ${renderRichText(item.summary, { headingOffset: level })}
    </div>
    ${item.whoItIsFor ? html`<p class="who"><strong>${msg('Who it is for:')}</strong> <span lang=${lang('whoItIsFor')}>${item.whoItIsFor}</span></p>` : nothing}
    <div class="access" part="access">
      <p><strong>${msg('How to get it:')}</strong> ${item.access.map(accessLabel).join('. ')}.</p>
      ${item.accessNote ? html`<p lang=${lang('accessNote')}>${item.accessNote}</p>` : nothing}
      ${accessUrl || accessPhone
        ? html`<ul class="actions">
            ${accessUrl ? html`<li><a href=${accessUrl} rel=${ifDefined(relFor(accessUrl))}>${msg('Refer yourself or book online')}</a></li>` : nothing}
            ${accessPhone ? html`<li>${msg('Phone:')} <a href=${accessPhone}>${item.accessPhone}</a></li>` : nothing}
          </ul>`
        : nothing}
    </div>
    ${item.hubs.length
      ? html`<div class="hubs">
          <p><strong lang=${ifDefined(context.hubsLabelLang)}>${context.hubsLabel}:</strong></p>
          <ul>${item.hubs.map((hub) => renderHub(hub, item.accessPhone))}</ul>
        </div>`
      : nothing}
    ${item.services.length
      ? html`<div class="services">
          <p><strong>${msg('Services:')}</strong></p>
          <ul>${item.services.map((s) => renderService(s, context, item.accessPhone))}</ul>
        </div>`
      : nothing}
    ${item.languages.length
      ? html`<p class="languages"><strong>${msg('Languages:')}</strong> ${item.languages.map((code) => languageName(code, context.locale)).join(', ')}</p>`
      : nothing}
    ${item.formats.length ? html`<p class="formats"><strong>${msg('Formats:')}</strong> ${item.formats.map(formatLabel).join(', ')}</p>` : nothing}
  </li>`;
}
