/**
 * Whether a service search reads the page's Open Referral UK feed searched on its server. Small and
 * apart from the engines: the element needs the answer up front, to choose its view before its
 * content loads.
 */
import type { OrukFeedConfig } from '@family-hubs/content';
import { CONTENT_SOURCE_TAG, readContentSourceConfig } from '../internal/page-content.js';

/**
 * The page's ORUK feed, when the element reads the page's content source (`pageSource`: no
 * `contentClient` given by script) and it names one not searched in the page.
 */
export function serverFeed(host: Element, pageSource: boolean): OrukFeedConfig | undefined {
  const element = pageSource ? host.ownerDocument.querySelector(CONTENT_SOURCE_TAG) : null;
  const oruk = element ? readContentSourceConfig(element)?.source.oruk : undefined;
  return oruk && oruk.search !== 'browser' ? oruk : undefined;
}

/**
 * True when the search may run on the server (`search="server"`, or `auto`): the page's content
 * may then hold no services at all, and the search must show all the same.
 */
export function mayServerSearch(host: Element, pageSource: boolean): boolean {
  return serverFeed(host, pageSource) !== undefined;
}
