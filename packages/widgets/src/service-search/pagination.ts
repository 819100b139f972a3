/**
 * GOV.UK pagination: "Previous" and "Next" with numbered pages between, the current page marked
 * with `aria-current`, and ellipses for long runs. Links (so a family can open a page in a new tab
 * when the address keeps the search) that the element intercepts to change page in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** The pages to show around `current`: first, last, and one either side, with gaps as `undefined`. */
export function pageItems(current: number, count: number): (number | undefined)[] {
  const pages = new Set([1, count, current - 1, current, current + 1].filter((page) => page >= 1 && page <= count));
  const sorted = [...pages].sort((a, b) => a - b);
  const items: (number | undefined)[] = [];
  for (const page of sorted) {
    const last = items[items.length - 1];
    if (last !== undefined && page - last > 1) items.push(undefined);
    items.push(page);
  }
  return items;
}

/** Pagination for `count` pages; nothing when there is one page. */
export function renderPagination(current: number, count: number, href: (page: number) => string, onPage: (event: MouseEvent, page: number) => void): TemplateResult | typeof nothing {
  if (count <= 1) return nothing;
  const link = (page: number, content: TemplateResult | string, rel?: string) =>
    html`<a href=${href(page)} rel=${rel ?? nothing} @click=${(event: MouseEvent) => onPage(event, page)}>${content}</a>`;
  return html`<nav class="pagination" part="pagination" aria-label=${msg('Results pages')}>
    ${current > 1 ? html`<div class="pagination-prev">${link(current - 1, html`<span aria-hidden="true">← </span>${msg('Previous')}<span class="fh-visually-hidden"> ${msg('page')}</span>`, 'prev')}</div>` : nothing}
    <ul class="pagination-list">
      ${pageItems(current, count).map((page) =>
        page === undefined
          ? html`<li class="pagination-gap" aria-hidden="true">…</li>`
          : page === current
            ? html`<li class="pagination-current"><a href=${href(page)} aria-current="page" aria-label=${msg(str`Page ${page}`)} @click=${(event: MouseEvent) => onPage(event, page)}>${page}</a></li>`
            : html`<li>${link(page, html`<span class="fh-visually-hidden">${msg('Page')} </span>${page}`)}</li>`,
      )}
    </ul>
    ${current < count ? html`<div class="pagination-next">${link(current + 1, html`${msg('Next')}<span class="fh-visually-hidden"> ${msg('page')}</span><span aria-hidden="true"> →</span>`, 'next')}</div>` : nothing}
  </nav>`;
}
