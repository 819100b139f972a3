/**
 * What the service search draws once it has results: each result, the nearest Family Hub, a
 * service's details, pagination, the shortlist and its handout. A chunk of its own (with the
 * schedule wording), asked for as soon as the element is connected and awaited with the search
 * engine, so the search form is on screen without it and the first results do not wait for it.
 */
export { renderHub, renderResult, renderServiceDetail } from './render-service.js';
export { renderPagination } from './pagination.js';
export { renderShortlist, shortlistText } from './shortlist.js';
export { printElement } from '../internal/print.js';
