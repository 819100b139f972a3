import { type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { serverServiceSearchView, serviceSearchView, type ContentView, type ServiceSearchContent, type ServiceSearchEngine } from '@family-hubs/content';
import { LazyImport } from '../internal/lazy-import.js';
import type { ScreenHost } from '../internal/lazy-screen.js';
import { FhScreenElement } from '../internal/screen-element.js';
import { loadOwnEngines } from './own-engines.js';
import type * as ScreenModule from './search-screen.js';
import type { UrlStateMode } from './search-state.js';
import { mayServerSearch } from './server-feed.js';
import { serviceSearchStyles } from './service-search.styles.js';

/** What the search draws and does once its content is there: a chunk of its own, one download per page (see `search-screen.ts`). */
const screenPart = new LazyImport<typeof ScreenModule>(() => import('./search-screen.js'));

/**
 * Find support near you: a search over the council's services, with postcode and distance,
 * filters with counts, the nearest Family Hub pinned above the results, GOV.UK pagination, each
 * service's details at a stable link (`?service=ID`), and a shortlist to print or copy.
 *
 * Nothing a family types leaves the page except the postcode, which is sent to the configured
 * `geocoder` only when they press Search, and, when the page's Open Referral UK feed is searched
 * on the server, the words and the postcode, which go to that API as its query parameters. Nothing is stored on the device. The address keeps the
 * search only when the council turns `url-state` on, and then never the text or the full postcode
 * unless it chooses `full`.
 *
 * Until content arrives, and whenever it cannot be loaded, the element shows its own light-DOM
 * content: put a link to the directory and the Family Hub's phone number there.
 *
 * @summary Find support near you, from the council's content.
 *
 * @tagname fh-service-search
 *
 * @slot - Fallback content, shown while loading and when content cannot be loaded.
 *
 * @csspart base - The whole search.
 * @csspart heading - The heading.
 * @csspart stale - The notice shown above content from a backup copy.
 * @csspart form - The search form.
 * @csspart error-summary - The error summary above the form.
 * @csspart filters - The filter panel.
 * @csspart filter-tags - The removable tags of the filters chosen.
 * @csspart hub - The nearest Family Hub, pinned above the results.
 * @csspart results - The results list.
 * @csspart result - One result.
 * @csspart pagination - The page links.
 * @csspart no-results - What a family can do when nothing matches.
 * @csspart detail - One service's details.
 * @csspart shortlist - The family's shortlist.
 *
 * @cssprop [--fh-search-filters-width=18em] - Width of the filter column on wide screens.
 *
 * @fires fh-service-search - A search ran. The detail says what kind (filters, page, counts), never what was typed or where.
 * @fires fh-service-open - A family opened a service's details. `detail.serviceId`.
 * @fires fh-ask-for-help - A family asked for help about a service (only when the page has `<fh-help-request>`). Cancelable.
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded, or the search itself could not be (the page's fallback shows).
 */
export class FhServiceSearch extends FhScreenElement<ServiceSearchContent, typeof ScreenModule, ScreenModule.SearchScreen> {
  static override css = serviceSearchStyles;

  /** The heading. Default: "Find support near you". */
  @property() heading?: string;

  /** The heading's level (1–6), so the widget fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Results per page (5–50). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /**
   * A postcodes.io-compatible API for postcode look-ups (`{geocoder}/postcodes/{postcode}`), e.g.
   * `https://api.postcodes.io` or the council's own. Without it there is no postcode box (a family
   * can still use their location), and no postcode ever leaves the page.
   */
  @property() geocoder?: string;

  /**
   * Keep the search in the page's address, so the back button and shared links work: `filters`
   * keeps filters, distance, the page and the postcode area (`NS1`); `full` also keeps the text and
   * the full postcode. Off by default: a search can be personal.
   */
  @property({ attribute: 'url-state' }) urlState: UrlStateMode = 'off';

  /**
   * A search engine given by script: anything implementing `ServiceSearchEngine`. Default: the
   * Open Referral UK feed's own search when the page's `<fh-content-source>` has `oruk` with
   * `search="server"` (or a feed larger than `search-threshold`), else an index of the council's
   * content, built in the page.
   */
  @property({ attribute: false }) engine?: ServiceSearchEngine;

  /**
   * Where the search runs when no `engine` is given: empty (the default) in a Web Worker when the
   * widgets' script is on the page's own origin, in the page otherwise; the address of a copy of
   * `service-search-worker.js` on the page's origin (for widgets loaded from a CDN); or `off` to
   * search in the page. The page's CSP must allow the worker (`worker-src 'self'`).
   */
  @property({ attribute: 'search-worker' }) searchWorker?: string;

  /** The service whose details are open (its id), or empty for the results. Read from `?service=ID` on load. */
  @property({ reflect: true }) service = '';

  protected override screenPart(): LazyImport<typeof ScreenModule> {
    return screenPart;
  }

  protected override createScreen({ SearchScreen }: typeof ScreenModule, host: ScreenHost<this, ServiceSearchContent>): ScreenModule.SearchScreen {
    return new SearchScreen(host);
  }

  protected override screenFailureMessage(): string {
    return 'The service search could not be loaded';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A stable link (`?service=ID`) opens that service's details: known from the start, for the
    // page's scripts too, not only once the screens have arrived (they keep it in step after).
    const linked = globalThis.location ? new URLSearchParams(globalThis.location.search).get('service') : null;
    if (linked !== null) this.service = linked;
    // The engine downloads while the content (and the screens) load, so the first search does not wait for it.
    if (!this.engine && !mayServerSearch(this, !this.contentClient)) loadOwnEngines().catch(() => undefined);
  }

  protected override get view(): ContentView<ServiceSearchContent> {
    // Searched on the server, the page's content may have no services: the search shows all the same.
    return mayServerSearch(this, !this.contentClient) ? serverServiceSearchView : serviceSearchView;
  }

  protected override emptyText(): string {
    return msg('There are no services to search yet.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('urlState') && !['off', 'filters', 'full'].includes(this.urlState)) this.urlState = 'off';
    super.willUpdate(changed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-service-search': FhServiceSearch;
  }
}
