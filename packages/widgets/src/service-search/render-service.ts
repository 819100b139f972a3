/**
 * A service in the results list and in its detail view. Link texts are the thing itself (a
 * number, an address) inside a labelled line, so they make sense out of context; the exact
 * address of a sensitive venue never reaches this file (the view has replaced it by its area).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { FamilyHubView, HolidayCalendar, SearchHit, ServiceVenueView, ServiceView } from '@family-hubs/content';
import { formatDate } from '../internal/format.js';
import { renderHeading } from '../internal/heading.js';
import { absoluteHref, emailHref, phoneHref, relFor } from '../internal/links.js';
import { renderRichText } from '../internal/rich-text.js';
import { accessibilityLabel, agesText, deliveryLabel, languageLabel, milesText } from './labels.js';
import { nextText, whenLines } from './when.js';

/** What service templates need from the element. */
export interface ServiceContext {
  readonly locale: string;
  readonly headingLevel: number;
  /** The link to a service's detail (`?service=ID`). */
  readonly serviceHref: (id: string) => string;
  readonly isShortlisted: (id: string) => boolean;
  readonly onOpen: (event: MouseEvent, id: string) => void;
  readonly onShortlist: (id: string) => void;
  /** `YYYY-MM-DD`: services last checked before this are flagged. */
  readonly staleBefore: string;
  /** The moment "open now" and "next session" are worked out for. */
  readonly now: Date;
  readonly holidays: HolidayCalendar;
  /** Present when the page has a help request form to hand over to. */
  readonly onAskForHelp?: (service: ServiceView) => void;
}

const lang = (service: { readonly fieldLanguages: Readonly<Record<string, string>> }, field: string) => ifDefined(service.fieldLanguages[field]);

/** "Free", or the prices in words. */
export function costText(service: ServiceView, locale: string): string {
  if (service.isFree) return msg('Free');
  const pounds = new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP' });
  const prices = service.costs.map((cost) => cost.amountDescription ?? (cost.amount !== undefined ? `${pounds.format(cost.amount)} (${cost.option})` : cost.option));
  return prices.length ? prices.join('; ') : msg('There is a cost');
}

/** Where: one venue, "Available at N locations", or how it is delivered when it has no venue. */
export function whereText(service: ServiceView): string | undefined {
  if (service.venues.length === 1) {
    const { venue } = service.venues[0]!;
    return venue.sensitive ? msg(str`In the ${venue.area} area (address given when you contact them)`) : `${venue.name}, ${venue.address}`;
  }
  if (service.venues.length > 1) return msg(str`Available at ${service.venues.length} locations`);
  const remote = service.deliveryModes.filter((mode) => mode !== 'inPerson');
  return remote.length ? remote.map(deliveryLabel).join(', ') : undefined;
}

function renderShortlistButton(service: ServiceView, context: ServiceContext): TemplateResult {
  const on = context.isShortlisted(service.id);
  return html`<button type="button" class="fh-button-secondary shortlist-toggle" aria-pressed=${on ? 'true' : 'false'} @click=${() => context.onShortlist(service.id)}>
    ${on ? msg('On your shortlist') : msg('Add to shortlist')}<span class="fh-visually-hidden">: ${service.name}</span>
  </button>`;
}

function renderClosedBanner(service: ServiceView): TemplateResult | typeof nothing {
  if (service.status !== 'temporarilyClosed') return nothing;
  return html`<p class="closed" role="note">
    <strong class="tag tag-closed">${msg('Temporarily closed')}</strong>${service.statusNote ? html` <span lang=${lang(service, 'statusNote')}>${service.statusNote}</span>` : nothing}
  </p>`;
}

function renderContacts(item: { readonly phone?: string | undefined; readonly email?: string | undefined; readonly url?: string | undefined }): TemplateResult | typeof nothing {
  const phone = item.phone ? phoneHref(item.phone) : undefined;
  const email = item.email ? emailHref(item.email) : undefined;
  const url = item.url ? absoluteHref(item.url) : undefined;
  if (!phone && !email && !url) return nothing;
  return html`<ul class="contacts">
    ${phone ? html`<li>${msg('Phone:')} <a href=${phone}>${item.phone}</a></li>` : nothing}
    ${email ? html`<li>${msg('Email:')} <a href=${email}>${item.email}</a></li>` : nothing}
    ${url ? html`<li><a href=${url} rel=${ifDefined(relFor(url))}>${msg('Website')}<span class="fh-visually-hidden"> ${msg('(opens the service’s own site)')}</span></a></li>` : nothing}
  </ul>`;
}

/** One result. */
export function renderResult(service: ServiceView, hit: SearchHit, context: ServiceContext): TemplateResult {
  const ages = agesText(service.minimumAge, service.maximumAge, service.forPregnancy);
  const where = whereText(service);
  const schedules = service.venues.length <= 1 ? [...service.schedules, ...(service.venues[0]?.schedules ?? [])] : [];
  const when = whenLines(schedules, context.locale);
  const next = service.status === 'active' ? nextText(schedules, context.now, context.holidays, context.locale) : undefined;
  return html`<li class="result" part="result">
    ${renderHeading(
      context.headingLevel,
      html`<a href=${context.serviceHref(service.id)} @click=${(event: MouseEvent) => context.onOpen(event, service.id)} lang=${lang(service, 'name')}>${service.name}</a>`,
      { className: 'result-title' },
    )}
    ${renderClosedBanner(service)}
    <p class="summary" lang=${lang(service, 'summary')}>${service.summary}</p>
    <dl class="facts">
      ${hit.distanceMiles !== undefined ? html`<div><dt>${msg('Distance')}</dt><dd>${milesText(hit.distanceMiles, context.locale)}</dd></div>` : nothing}
      ${service.organisation ? html`<div><dt>${msg('Run by')}</dt><dd>${service.organisation.name}</dd></div>` : nothing}
      ${service.categories.length ? html`<div><dt>${msg('Type of support')}</dt><dd>${service.categories.map((c) => c.label).join(', ')}</dd></div>` : nothing}
      ${ages ? html`<div><dt>${msg('Ages')}</dt><dd>${ages}</dd></div>` : nothing}
      ${where ? html`<div><dt>${msg('Where')}</dt><dd>${where}</dd></div>` : nothing}
      ${when.length ? html`<div><dt>${msg('When')}</dt><dd>${when.join('; ')}${next ? html`<br /><strong class="next">${next}</strong>` : nothing}</dd></div>` : nothing}
      <div><dt>${msg('Cost')}</dt><dd>${costText(service, context.locale)}</dd></div>
    </dl>
    ${renderContacts(service)} ${renderShortlistButton(service, context)}
  </li>`;
}

function renderVenue(at: ServiceVenueView, level: number, context: ServiceContext, active: boolean): TemplateResult {
  const { venue } = at;
  const when = whenLines(at.schedules, context.locale);
  const next = active ? nextText(at.schedules, context.now, context.holidays, context.locale) : undefined;
  return html`<li class="venue">
    ${renderHeading(level, venue.sensitive ? msg(str`${venue.area} area`) : venue.name, { className: 'venue-title' })}
    <p>${venue.sensitive ? msg('The exact address is given when you contact the service.') : venue.address}</p>
    ${when.length ? html`<p><strong>${msg('When:')}</strong> ${when.join('; ')}</p>` : nothing} ${next ? html`<p class="next">${next}</p>` : nothing}
    ${at.note ? html`<p>${at.note}</p>` : nothing}
    ${venue.accessibility.length ? html`<p><strong>${msg('Accessibility:')}</strong> ${venue.accessibility.map(accessibilityLabel).join(', ')}</p>` : nothing}
    ${venue.accessibilityNotes ? html`<p lang=${lang(venue, 'accessibilityNotes')}>${venue.accessibilityNotes}</p>` : nothing}
  </li>`;
}

/** The detail of one service. */
export function renderServiceDetail(service: ServiceView, hit: SearchHit | undefined, context: ServiceContext, headingId: string): TemplateResult {
  const level = context.headingLevel;
  const ages = agesText(service.minimumAge, service.maximumAge, service.forPregnancy);
  const languages = service.languages.map((code) => languageLabel(code, context.locale));
  const ownWhen = whenLines(service.schedules, context.locale);
  const stale = service.lastChecked < context.staleBefore;
  return html`<article class="detail" part="detail" aria-labelledby=${headingId}>
    ${renderHeading(level, service.name, { id: headingId, className: 'fh-heading-l detail-title', focusable: true })}
    ${renderClosedBanner(service)}
    <p class="summary" lang=${lang(service, 'summary')}>${service.summary}</p>
    ${service.description ? html`<div class="fh-rich-text" lang=${lang(service, 'description')}>${renderRichText(service.description, { headingOffset: level })}</div>` : nothing}
    <dl class="facts">
      ${hit?.distanceMiles !== undefined ? html`<div><dt>${msg('Distance')}</dt><dd>${milesText(hit.distanceMiles, context.locale)}</dd></div>` : nothing}
      ${service.organisation ? html`<div><dt>${msg('Run by')}</dt><dd>${service.organisation.name}</dd></div>` : nothing}
      ${service.categories.length ? html`<div><dt>${msg('Type of support')}</dt><dd>${service.categories.map((c) => c.label).join(', ')}</dd></div>` : nothing}
      ${ages ? html`<div><dt>${msg('Ages')}</dt><dd>${ages}</dd></div>` : nothing}
      ${service.deliveryModes.length ? html`<div><dt>${msg('How')}</dt><dd>${service.deliveryModes.map(deliveryLabel).join(', ')}</dd></div>` : nothing}
      ${ownWhen.length ? html`<div><dt>${msg('When')}</dt><dd>${ownWhen.join('; ')}</dd></div>` : nothing}
      <div><dt>${msg('Cost')}</dt><dd>${costText(service, context.locale)}</dd></div>
      ${languages.length ? html`<div><dt>${msg('Languages')}</dt><dd>${languages.join(', ')}</dd></div>` : nothing}
      ${service.bsl || service.interpreterOnRequest
        ? html`<div>
            <dt>${msg('Language support')}</dt>
            <dd>${[service.bsl ? msg('British Sign Language (BSL)') : '', service.interpreterOnRequest ? msg('An interpreter if you ask') : ''].filter(Boolean).join(', ')}</dd>
          </div>`
        : nothing}
      <div>
        <dt>${msg('How to use it')}</dt>
        <dd lang=${ifDefined(service.needsReferral && service.referralNote ? service.fieldLanguages['referralNote'] : undefined)}>
          ${service.needsReferral ? (service.referralNote ?? msg('You need a referral from a professional')) : msg('You can contact them yourself')}
        </dd>
      </div>
    </dl>
    ${service.venues.length
      ? html`${renderHeading(level + 1, service.venues.length === 1 ? msg('Where') : msg(str`Where (${service.venues.length} locations)`), { className: 'fh-heading-s' })}
          <ul class="venues">
            ${service.venues.map((at) => renderVenue(at, level + 2, context, service.status === 'active'))}
          </ul>`
      : nothing}
    ${renderHeading(level + 1, msg('Contact'), { className: 'fh-heading-s' })} ${renderContacts(service)}
    <p class="checked ${stale ? 'checked-stale' : ''}">
      ${msg(str`Last checked: ${formatDate(service.lastChecked, context.locale)}`)}${stale ? html` <strong class="tag tag-stale">${msg('May be out of date: check with the service')}</strong>` : nothing}
    </p>
    <div class="detail-actions">
      ${renderShortlistButton(service, context)}
      ${context.onAskForHelp ? html`<button type="button" class="fh-button-secondary" @click=${() => context.onAskForHelp?.(service)}>${msg('Ask for help about this service')}</button>` : nothing}
    </div>
  </article>`;
}

/** The nearest Family Hub, pinned above the results. */
export function renderHub(hub: FamilyHubView, distanceMiles: number | undefined, hubName: string, context: ServiceContext): TemplateResult {
  const url = hub.url ? absoluteHref(hub.url) : undefined;
  return html`<aside class="hub" part="hub" aria-label=${msg(str`Your nearest ${hubName}`)}>
    <p class="hub-label">${msg(str`Your nearest ${hubName}`)}</p>
    ${renderHeading(context.headingLevel, url ? html`<a href=${url} rel=${ifDefined(relFor(url))}>${hub.name}</a>` : hub.name, { className: 'fh-heading-s hub-title' })}
    ${hub.venue ? html`<p>${hub.venue.address}${distanceMiles !== undefined ? html` · ${milesText(distanceMiles, context.locale)}` : nothing}</p>` : nothing}
    ${hub.summary ? html`<p lang=${lang(hub, 'summary')}>${hub.summary}</p>` : nothing}
    ${hub.openingTimesNote ? html`<p lang=${lang(hub, 'openingTimesNote')}>${hub.openingTimesNote}</p>` : nothing}
    ${renderContacts({ phone: hub.phone, email: hub.email })}
  </aside>`;
}
