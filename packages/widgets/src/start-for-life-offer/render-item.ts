/**
 * One offer item: what it is, who it is for, and how to get it (links, phone numbers, Family Hubs,
 * services), with link text that makes sense read out of context by a screen reader.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { OfferHubLink, OfferItemView, OfferServiceLink } from '@family-hubs/content';
import { renderHeading } from '../internal/heading.js';
import { renderRichText } from '../internal/rich-text.js';
import { isExternal, safeUrl } from '../internal/url.js';
import { accessLabel, formatLabel, languageName, stageLabel } from './labels.js';

/** What item templates need from the element. */
export interface ItemContext {
  readonly headingLevel: number;
  readonly locale: string;
  /** Where "find this service" links go; services link to their own website without it. */
  readonly searchUrl: string | undefined;
  /** Adds Contentful field tags for the editor's live preview; never on public pages. */
  readonly tagFields: boolean;
}

/** `01234 567890` → `tel:01234567890`, through the URL policy. */
export function phoneHref(phone: string): string | undefined {
  return safeUrl(`tel:${phone.replace(/[^+\d]/g, '')}`);
}

/** `rel` for links to other sites: no opener, no referrer (the page may be about sensitive support). */
const relFor = (url: string) => (isExternal(url) ? 'noopener noreferrer' : undefined);


/** A link to the service search for one service, or its own website. */
function serviceHref(service: OfferServiceLink, searchUrl: string | undefined): string | undefined {
  if (searchUrl) {
    const base = safeUrl(searchUrl);
    if (base) {
      const url = new URL(base, globalThis.location?.href ?? 'https://invalid.example/');
      url.searchParams.set('service', service.id);
      return base.startsWith('http') ? url.href : `${url.pathname}${url.search}`;
    }
  }
  return service.url ? safeUrl(service.url) : undefined;
}

function renderService(service: OfferServiceLink, context: ItemContext): TemplateResult {
  const href = serviceHref(service, context.searchUrl);
  const phone = service.phone ? phoneHref(service.phone) : undefined;
  return html`<li class="service">
    ${href
      ? html`<a href=${href} rel=${ifDefined(relFor(href))}>${service.name}<span class="visually-hidden"> ${msg('(service details)')}</span></a>`
      : html`<span class="name">${service.name}</span>`}
    ${service.status === 'temporarilyClosed'
      ? html`<strong class="tag tag-closed">${msg('Temporarily closed')}</strong>${service.statusNote ? html` <span>${service.statusNote}</span>` : nothing}`
      : nothing}
    ${phone ? html`<br /><a href=${phone}>${msg(str`Call ${service.name} on ${service.phone}`)}</a>` : nothing}
  </li>`;
}

function renderHub(hub: OfferHubLink): TemplateResult {
  const phone = hub.phone ? phoneHref(hub.phone) : undefined;
  const url = hub.url ? safeUrl(hub.url) : undefined;
  return html`<li class="hub">
    ${url ? html`<a href=${url} rel=${ifDefined(relFor(url))}>${hub.name}</a>` : html`<span class="name">${hub.name}</span>`}
    ${hub.address ? html`<br /><span class="address">${hub.address}</span>` : nothing}
    ${phone ? html`<br /><a href=${phone}>${msg(str`Call ${hub.name} on ${hub.phone}`)}</a>` : nothing}
  </li>`;
}

/** Renders one item under a heading of `context.headingLevel`. */
export function renderItem(item: OfferItemView, context: ItemContext): TemplateResult {
  const level = context.headingLevel;
  const accessUrl = item.accessUrl ? safeUrl(item.accessUrl) : undefined;
  const accessPhone = item.accessPhone ? phoneHref(item.accessPhone) : undefined;
  // Editors' preview only: which entry and field each part comes from.
  const entry = context.tagFields ? item.id : undefined;
  const field = (id: string) => (context.tagFields ? id : undefined);
  // Text shown in a fallback language says so, for screen readers and translation tools.
  const lang = (id: string) => ifDefined(item.fieldLanguages[id]);
  return html`<li class="item" part="item">
    ${renderHeading(level, html`<span lang=${lang('title')} data-contentful-entry-id=${ifDefined(entry)} data-contentful-field-id=${ifDefined(field('title'))}>${item.title}</span>`, { className: 'item-title' })}
    ${item.stages.length ? html`<p class="stages">${msg('For:')} ${item.stages.map(stageLabel).join(', ')}</p>` : nothing}
    <div class="summary" lang=${lang('summary')} data-contentful-entry-id=${ifDefined(entry)} data-contentful-field-id=${ifDefined(field('summary'))}>
      ${renderRichText(item.summary, { headingOffset: level })}
    </div>
    ${item.whoItIsFor ? html`<p class="who"><strong>${msg('Who it is for:')}</strong> <span lang=${lang('whoItIsFor')}>${item.whoItIsFor}</span></p>` : nothing}
    <div class="access" part="access">
      <p class="access-title"><strong>${msg('How to get it:')}</strong> ${item.access.map(accessLabel).join('. ')}.</p>
      ${item.accessNote ? html`<p lang=${lang('accessNote')}>${item.accessNote}</p>` : nothing}
      ${accessUrl || accessPhone
        ? html`<ul class="actions">
            ${accessUrl
              ? html`<li><a href=${accessUrl} rel=${ifDefined(relFor(accessUrl))}>${msg(str`Refer yourself or book: ${item.title}`)}</a></li>`
              : nothing}
            ${accessPhone ? html`<li><a href=${accessPhone}>${msg(str`Call about ${item.title} on ${item.accessPhone}`)}</a></li>` : nothing}
          </ul>`
        : nothing}
    </div>
    ${item.hubs.length
      ? html`<div class="hubs">
          <p><strong>${msg('Family Hubs:')}</strong></p>
          <ul>${item.hubs.map(renderHub)}</ul>
        </div>`
      : nothing}
    ${item.services.length
      ? html`<div class="services">
          <p><strong>${msg('Services:')}</strong></p>
          <ul>${item.services.map((s) => renderService(s, context))}</ul>
        </div>`
      : nothing}
    ${item.languages.length
      ? html`<p class="languages"><strong>${msg('Languages:')}</strong> ${item.languages.map((code) => languageName(code, context.locale)).join(', ')}</p>`
      : nothing}
    ${item.formats.length ? html`<p class="formats"><strong>${msg('Formats:')}</strong> ${item.formats.map(formatLabel).join(', ')}</p>` : nothing}
  </li>`;
}
