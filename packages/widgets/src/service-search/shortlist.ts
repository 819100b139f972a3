/**
 * The family's shortlist: services they picked while searching, to print or copy into a message.
 * Held in memory only (never in storage or the address), so it is gone when the page closes — on a
 * shared or watched device nothing is left behind.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ServiceView } from '@family-hubs/content';
import { renderHeading } from '../internal/heading.js';
import { phoneHref } from '../internal/links.js';
import { costText, whereText } from './render-service.js';

/** What the shortlist needs from the element. */
export interface ShortlistContext {
  readonly headingLevel: number;
  readonly locale: string;
  readonly headingId: string;
  readonly serviceHref: (id: string) => string;
  readonly onRemove: (id: string) => void;
  readonly onPrint: () => void;
  readonly onCopy: () => void;
  /** What the last copy said ("Copied", or how to copy by hand). */
  readonly copyStatus: string;
}

/** The shortlist as plain text: what a family pastes into a message or a note. */
export function shortlistText(services: readonly ServiceView[], href: (id: string) => string, locale: string): string {
  return services
    .map((service) =>
      [service.name, service.summary, whereText(service), service.phone ? `${msg('Phone:')} ${service.phone}` : undefined, costText(service, locale), href(service.id)]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

/** The shortlist panel; nothing when it is empty. */
export function renderShortlist(services: readonly ServiceView[], context: ShortlistContext): TemplateResult | typeof nothing {
  if (!services.length) return nothing;
  return html`<section class="shortlist" part="shortlist" aria-labelledby=${context.headingId}>
    ${renderHeading(context.headingLevel, msg(str`Your shortlist (${services.length})`), { id: context.headingId, className: 'fh-heading-s' })}
    <p class="fh-secondary-text">${msg('Your shortlist is kept on this page only. It is gone when you close or leave the page.')}</p>
    <ul class="shortlist-items">
      ${services.map((service) => {
        const phone = service.phone ? phoneHref(service.phone) : undefined;
        return html`<li>
          <a href=${context.serviceHref(service.id)}>${service.name}</a>
          ${phone ? html`<br /><span>${msg('Phone:')} <a href=${phone}>${service.phone}</a></span>` : nothing}
          <button type="button" class="fh-link-button no-print" @click=${() => context.onRemove(service.id)}>${msg('Remove')}<span class="fh-visually-hidden">: ${service.name}</span></button>
        </li>`;
      })}
    </ul>
    <div class="shortlist-actions no-print">
      <button type="button" class="fh-button-secondary" @click=${context.onPrint}>${msg('Print your shortlist')}</button>
      <button type="button" class="fh-button-secondary" @click=${context.onCopy}>${msg('Copy your shortlist')}</button>
      <p class="fh-visually-hidden" role="status">${context.copyStatus}</p>
    </div>
  </section>`;
}
