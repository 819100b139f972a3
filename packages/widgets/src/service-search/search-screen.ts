/**
 * What `<fh-service-search>` draws and does once its content is there: the form, the filters, the
 * results with the nearest Family Hub, a service's details and the shortlist, and what each of a
 * family's choices does (searching, the postcode look-up, the address kept in step). A chunk of its
 * own, asked for when the element is connected, while its content loads (see
 * `internal/lazy-screen.ts`); the element keeps its properties and events.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  distanceMiles,
  geocodePostcode,
  GeocodeError,
  parsePostcode,
  serviceSearchView,
  type FamilyHubView,
  type GeoPoint,
  type SearchHit,
  type SearchResults,
  type ServiceSearchContent,
  type CategoryGroup,
  type ServiceSearchEngine,
  type ServiceView,
} from '@family-hubs/content';
import { askForHelp, hasHelpRequestForm } from '../internal/ask-for-help.js';
import type { ContentController } from '../internal/content-controller.js';
import { drawn } from '../internal/drawn.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { phoneHref } from '../internal/links.js';
import { LazyImport } from '../internal/lazy-import.js';
import type { ScreenHost, WidgetScreen } from '../internal/lazy-screen.js';
import { loadingText } from '../internal/messages.js';
import { chooseEngine, type ChosenEngine } from './engine-choice.js';
import { FhServiceOpenEvent, FhServiceSearchEvent } from './events.js';
import { filterValueLabel, renderFilters, renderFilterTags, type FilterContext, type ListFilter } from './filters.js';
import { headingText, partialResultsText, postcodeErrors, resultCountText, searchFailedText, searchOfflineText, withinMilesText } from './labels.js';
import type { ServiceContext } from './render-service.js';
import type * as ResultsModule from './search-results.js';
import { renderErrorSummary, renderSearchForm, type FieldError, type SearchFormContext } from './search-form.js';
import { DISTANCE_CHOICES, EMPTY_STATE, OWN_PARAMS, filterCount, paramsToState, stateToParams, toQuery, withoutFilters, type SearchState } from './search-state.js';
import type { FhServiceSearch } from './service-search.js';

/** Pause after the last keystroke before searching: long enough not to search on every letter. */
const TYPING_PAUSE_MS = 250;
/** A service not checked for this many months is flagged. */
const STALE_MONTHS = 6;

let nextId = 0;

/** How results are drawn: a chunk of its own, one download per page (see `search-results.ts`). */
const resultsPart = new LazyImport<typeof ResultsModule>(() => import('./search-results.js'));

/** A way out of "no results": what it changes and how many services it would show. */
interface WayOut {
  readonly label: string;
  readonly count: number;
  /** False when `count` is a lower bound. */
  readonly complete: boolean;
  readonly apply: () => void;
}

/** True when the browser says the device has no network (it may say "online" wrongly, never "offline"). */
const isOffline = (): boolean => globalThis.navigator?.onLine === false;

/** One element's search: see the module's description. */
export class SearchScreen implements WidgetScreen<ServiceSearchContent> {
  /** The element it draws into. */
  readonly host: FhServiceSearch;
  readonly #content: ContentController<ServiceSearchContent>;
  readonly #staleNotice: () => TemplateResult | typeof nothing;

  @drawn private search: SearchState = EMPTY_STATE;
  @drawn private results: SearchResults | undefined;
  /** Why the last search failed, if it did: the device is offline, or something else. */
  @drawn private searchFailed: 'offline' | 'failed' | undefined;
  /** Categories from a server-side engine, when the page's content has no services to list them from. */
  @drawn private engineCategories: readonly CategoryGroup[] | undefined;
  @drawn private origin: GeoPoint | undefined;
  /** What the results are "near": the postcode area, or "your location". */
  @drawn private placeLabel: string | undefined;
  /**
   * The place the shown results were searched near. The heading says this, not `placeLabel`: while
   * a search near a new postcode is on its way, the results on screen are still the earlier ones.
   */
  @drawn private resultsPlace: string | undefined;
  /** The postcode the place was found from (not when it came from the browser's position). */
  #placePostcode: string | undefined;
  @drawn private fieldError: FieldError | undefined;
  @drawn private locating = false;
  @drawn private shortlist: readonly string[] = [];
  @drawn private copyStatus = '';
  @drawn private waysOut: readonly WayOut[] = [];
  /** What the results' live region says; it exists from the first render, so the first count is heard. */
  @drawn private resultStatus = '';

  readonly #id = `fh-search-${++nextId}`;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #searchController: AbortController | undefined;
  #geocodeController: AbortController | undefined;
  /** What takes focus after the next render (the error summary, the results heading, a detail heading). */
  #focusAfterRender: string | undefined;
  /** Services a server-side engine has shown, so the shortlist and details keep them across pages. */
  readonly #engineServices = new Map<string, ServiceView>();
  /** The search in flight, so `updateComplete` waits for its results to be on screen. */
  #pendingSearch: Promise<void> | undefined;
  /** The content the current results were computed over. */
  #searchedContent: ServiceSearchContent | undefined;
  /** The content a linked service (`?service=ID`) was last looked for in. */
  #linkedContent: ServiceSearchContent | undefined;
  /** The engine for the current content and `engine` property, chosen once for both. */
  #chosen: { content: ServiceSearchContent; given: ServiceSearchEngine | undefined; engine: Promise<ChosenEngine> } | undefined;
  readonly #onPopState = (): void => {
    if (this.host.urlState !== 'off') this.#readAddress();
  };
  /** Back online: what failed for want of a connection tries again by itself. */
  readonly #onOnline = (): void => {
    if (this.#content.state === 'unavailable') this.host.reload();
    if (this.fieldError && (this.fieldError.message === postcodeErrors.offline() || this.fieldError.message === postcodeErrors.offlineRemote())) this.fieldError = undefined;
    if (this.searchFailed) void this.#runSearch();
  };

  /**
   * @param host - The element, and what it keeps for its screen: its content controller and the
   *   notice for content from a backup copy.
   */
  constructor(host: ScreenHost<FhServiceSearch, ServiceSearchContent>) {
    this.host = host.element;
    this.#content = host.content;
    this.#staleNotice = host.staleNotice;
  }

  hostConnected(): void {
    this.#readAddress({ keepService: true });
    // A failure is met again by the first search, which says so (with the hub's phone number).
    if (!resultsPart.loaded) resultsPart.load().then(() => this.host.requestUpdate(), () => undefined);
    globalThis.addEventListener?.('popstate', this.#onPopState);
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('popstate', this.#onPopState);
    globalThis.removeEventListener?.('online', this.#onOnline);
    clearTimeout(this.#typingTimer);
    this.#searchController?.abort();
    this.#geocodeController?.abort();
  }

  willUpdate(changed: PropertyValues<FhServiceSearch>): void {
    const content = this.#content.value;
    if (content && (content !== this.#searchedContent || changed.has('engine') || changed.has('searchWorker') || changed.has('pageSize'))) {
      this.#searchedContent = content;
      void this.#runSearch();
    }
    if (content && (changed.has('service') || content !== this.#linkedContent)) {
      this.#linkedContent = content;
      void this.#lookUpLinkedService(content);
    }
  }

  /** The search in flight, until its results are on screen (the element's `updateComplete` waits for it). */
  pending(): Promise<void> | undefined {
    const pending = this.#pendingSearch;
    if (!pending) return undefined;
    return pending.then(() => {
      if (this.#pendingSearch === pending) this.#pendingSearch = undefined;
    });
  }

  hostUpdated(): void {
    const target = this.#focusAfterRender;
    if (!target) return;
    this.#focusAfterRender = undefined;
    const element = this.host.renderRoot.querySelector<HTMLElement>(`#${target}`);
    element?.focus();
  }

  render(content: ServiceSearchContent): TemplateResult {
    const level = headingLevel(this.host.headingLevel);
    const open = this.host.service ? this.#service(this.host.service, content) : undefined;
    return html`<section class="base" part="base" aria-labelledby="${this.#id}-heading">
      ${renderHeading(level, this.host.heading?.trim() || headingText(), { id: `${this.#id}-heading`, part: 'heading', className: 'fh-heading-l' })}
      ${this.#staleNotice()}
      ${open ? this.#renderDetail(content, open, level) : this.#renderSearch(content, level)} ${this.#renderShortlist(content, level)}
    </section>`;
  }

  #renderShortlist(content: ServiceSearchContent, level: number): TemplateResult | typeof nothing {
    // A shortlist holds services the family saw in results, so the results part is there.
    const draw = resultsPart.loaded;
    if (!draw || this.shortlist.length === 0) return nothing;
    return html`${draw.renderShortlist(
        this.shortlist.map((id) => this.#service(id, content)).filter((service): service is ServiceView => service !== undefined),
        {
          headingLevel: level + 1,
          locale: this.host.locale,
          headingId: `${this.#id}-shortlist`,
          serviceHref: (id) => this.#serviceHref(id),
          onRemove: (id) => this.#toggleShortlist(id),
          onPrint: () => this.#printShortlist(),
          onCopy: () => void this.#copyShortlist(content),
          copyStatus: this.copyStatus,
        },
      )}`;
  }

  #renderSearch(content: ServiceSearchContent, level: number): TemplateResult {
    const form: SearchFormContext = {
      idPrefix: this.#id,
      headingLevel: level + 1,
      state: this.search,
      postcodes: !!this.host.geocoder,
      hasPlace: !!this.origin,
      locating: this.locating,
      error: this.fieldError,
      onText: (text) => this.#typed(text),
      onPostcode: (postcode) => {
        this.search = { ...this.search, postcode };
      },
      onRadius: (miles) => this.#change({ ...this.search, ...(miles ? { radiusMiles: miles } : { radiusMiles: undefined }), page: 1 }),
      onSubmit: (event) => void this.#submit(event),
      onLocate: () => this.#locate(),
      onErrorLink: (event, field) => {
        event.preventDefault();
        this.host.renderRoot.querySelector<HTMLElement>(`#${this.#id}-${field}`)?.focus();
      },
    };
    const filters: FilterContext = {
      idPrefix: this.#id,
      locale: this.host.locale,
      state: this.search,
      facets: this.results?.facets,
      categories: content.categories.length || !this.engineCategories ? content.categories : this.engineCategories,
      showCounts: this.results?.facetScope !== 'fetched',
      onToggle: (filter, value, on) => this.#toggleFilter(filter, value, on),
      onFreeOnly: (on) => this.#change({ ...this.search, freeOnly: on, page: 1 }),
      onClear: () => this.#change(withoutFilters(this.search)),
    };
    return html`${renderErrorSummary(form)} ${renderSearchForm(form)}
      <div class="layout">
        <div class="filter-column">
          <details class="filter-panel" open>
            <summary>${msg('Filter results')}${filterCount(this.search) ? html` <span class="count">(${filterCount(this.search)})</span>` : nothing}</summary>
            ${renderFilters(filters)}
          </details>
        </div>
        <div class="results-column">
          ${this.#renderNearestHub(content, level + 1)} ${renderFilterTags(filters)} ${this.#renderResults(content, level + 1)}
        </div>
      </div>`;
  }

  #renderNearestHub(content: ServiceSearchContent, level: number): TemplateResult | typeof nothing {
    const nearest = this.#nearestHub(content.hubs);
    const draw = resultsPart.loaded;
    if (!nearest || !draw) return nothing;
    const hubName = content.site?.hubName ?? msg('Family Hub');
    return draw.renderHub(nearest.hub, nearest.miles, hubName, this.#serviceContext(level, content));
  }

  #nearestHub(hubs: readonly FamilyHubView[]): { hub: FamilyHubView; miles: number | undefined } | undefined {
    const origin = this.origin;
    if (!origin) return hubs.length === 1 ? { hub: hubs[0]!, miles: undefined } : undefined;
    let best: { hub: FamilyHubView; miles: number } | undefined;
    for (const hub of hubs) {
      const position = hub.venue?.position;
      if (!position) continue;
      const miles = distanceMiles(origin, position);
      if (!best || miles < best.miles) best = { hub, miles };
    }
    return best;
  }

  #renderResults(content: ServiceSearchContent, level: number): TemplateResult {
    const results = this.results;
    const headingId = `${this.#id}-results-heading`;
    const status = html`<p class="fh-visually-hidden" role="status">${this.resultStatus}</p>`;
    if (this.searchFailed) {
      return html`${status}
        <div role="alert">
          <p class="fh-error-message">${this.searchFailed === 'offline' ? searchOfflineText() : searchFailedText()}</p>
          ${this.#renderCallHub(content)}
        </div>`;
    }
    // A search sets results only once the results part has loaded (it waits for it with the engine).
    const draw = resultsPart.loaded;
    if (!results || !draw) return status;
    const context = this.#serviceContext(level + 1, content);
    return html`${status}
      ${renderHeading(level, resultCountText(results.total, this.resultsPlace, results.complete !== false), { id: headingId, className: 'fh-heading-m results-heading', focusable: true })}
      ${results.complete === false ? html`<p class="partial-results">${partialResultsText()}</p>` : nothing}
      ${results.total === 0
        ? this.#renderNoResults(content, level)
        : html`<ol class="results" part="results" start=${(results.page - 1) * this.#pageSize + 1}>
              ${results.hits.map((hit) => {
                const service = this.#service(hit.id, content);
                return service ? draw.renderResult(service, hit, context) : nothing;
              })}
            </ol>
            ${draw.renderPagination(
              results.page,
              results.pageCount,
              (page) => this.#pageHref(page),
              (event, page) => this.#goToPage(event, page),
            )}`}`;
  }

  /**
   * Where the hits' services are: the page's content, or, for a server-side engine over a directory
   * too big to load, the services its results carry (resolved by the same view, once per answer).
   */
  async #rememberEngineServices(results: SearchResults, content: ServiceSearchContent): Promise<void> {
    if (!results.set || results.hits.every((hit) => content.byId.has(hit.id))) return;
    const resolver = await serviceSearchView.resolver();
    for (const [id, service] of resolver.resolve(results.set)?.byId ?? []) this.#engineServices.set(id, service);
  }

  /**
   * A stable link (`?service=ID`) to a service the page's content does not have: a server-side
   * engine is asked for it, so the link opens its details. Unknown everywhere, the search shows.
   */
  async #lookUpLinkedService(content: ServiceSearchContent): Promise<void> {
    const id = this.host.service;
    if (!id || this.#service(id, content)) return;
    try {
      const { engine } = await this.#engineFor(content);
      if (!engine.services) return;
      const { set } = await engine.services([id]);
      const resolver = await serviceSearchView.resolver();
      for (const [found, service] of resolver.resolve(set)?.byId ?? []) this.#engineServices.set(found, service);
      if (this.host.service === id && this.#engineServices.has(id)) this.host.requestUpdate();
    } catch {
      // The API could not be reached: the search shows, as for a link to a service that has gone.
    }
  }

  /** A service by id: from the page's content, or one a server-side engine has shown. */
  #service(id: string, content: ServiceSearchContent): ServiceView | undefined {
    return content.byId.get(id) ?? this.#engineServices.get(id);
  }

  #renderNoResults(content: ServiceSearchContent, level: number): TemplateResult {
    return html`<div class="no-results" part="no-results">
      <p>${msg('No services match your search.')}</p>
      ${this.waysOut.length
        ? html`${renderHeading(level + 1, msg('You could'), { className: 'fh-heading-s' })}
            <ul>
              ${this.waysOut.map(
                (way) => html`<li><button type="button" class="fh-link-button" @click=${way.apply}>${way.label}</button> (${resultCountText(way.count, undefined, way.complete)})</li>`,
              )}
            </ul>`
        : nothing}
      ${this.#renderCallHub(content)}
    </div>`;
  }

  /** "Or call your Family Hub on …": the way forward when the search cannot help. */
  #renderCallHub(content: ServiceSearchContent): TemplateResult | typeof nothing {
    const phone = this.#nearestHub(content.hubs)?.hub.phone ?? content.site?.contactPhone;
    const href = phone ? phoneHref(phone) : undefined;
    if (!phone || !href) return nothing;
    const hubName = content.site?.hubName ?? msg('Family Hub');
    return html`<p>${msg(str`Or call your ${hubName} on`)} <a href=${href}>${phone}</a>. ${msg('We can help you find the right support.')}</p>`;
  }

  #renderDetail(content: ServiceSearchContent, service: ServiceView, level: number): TemplateResult {
    const hit = this.results?.hits.find((candidate) => candidate.id === service.id);
    const distance = hit ?? this.#distanceHit(service);
    const draw = resultsPart.loaded;
    return html`<p class="back"><a href=${this.#resultsHref()} @click=${(event: MouseEvent) => this.#closeDetail(event)}>${msg('Back to results')}</a></p>
      ${draw
        ? draw.renderServiceDetail(service, distance, this.#serviceContext(level + 1, content, { detail: true }), `${this.#id}-detail-heading`)
        : this.searchFailed
          ? // The search met the same failure loading how results are drawn: the hub's phone is the way on.
            html`<div role="alert"><p class="fh-error-message">${this.searchFailed === 'offline' ? searchOfflineText() : searchFailedText()}</p>${this.#renderCallHub(content)}</div>`
          : html`<p aria-busy="true">${loadingText()}</p>`}`;
  }

  #distanceHit(service: ServiceView): SearchHit | undefined {
    const origin = this.origin;
    if (!origin) return undefined;
    const miles = service.venues.flatMap((at) => (at.venue.position ? [distanceMiles(origin, at.venue.position)] : []));
    return miles.length ? { id: service.id, score: 0, distanceMiles: Math.min(...miles) } : undefined;
  }

  #serviceContext(level: number, content: ServiceSearchContent, options: { detail?: boolean } = {}): ServiceContext {
    const now = new Date();
    const staleBefore = new Date(now);
    staleBefore.setMonth(staleBefore.getMonth() - STALE_MONTHS);
    return {
      locale: this.host.locale,
      now,
      holidays: content.holidays,
      headingLevel: level,
      serviceHref: (id) => this.#serviceHref(id),
      isShortlisted: (id) => this.shortlist.includes(id),
      onOpen: (event, id) => this.#openService(event, id),
      onShortlist: (id) => this.#toggleShortlist(id),
      staleBefore: staleBefore.toISOString().slice(0, 10),
      ...(options.detail && hasHelpRequestForm(this.host.ownerDocument)
        ? { onAskForHelp: (service: ServiceView) => askForHelp(this.host, { serviceId: service.id, label: service.name }) }
        : {}),
    };
  }

  get #pageSize(): number {
    return Math.min(50, Math.max(5, Math.round(this.host.pageSize) || 10));
  }

  /** Searches with the current state; counts, facets and the live region follow. */
  #runSearch(options: { focusResults?: boolean } = {}): Promise<void> {
    const search = this.#search(options);
    this.#pendingSearch = search;
    return search;
  }

  async #search(options: { focusResults?: boolean }): Promise<void> {
    const content = this.#content.value;
    if (!content) return;
    this.#searchController?.abort();
    const controller = new AbortController();
    this.#searchController = controller;
    const query = toQuery(this.search, this.origin, this.#pageSize, this.#placePostcode);
    const place = query.origin ? this.placeLabel : undefined;
    try {
      const [{ engine }] = await Promise.all([this.#engineFor(content), resultsPart.load()]);
      const results = await engine.search(query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.searchFailed = undefined;
      await this.#rememberEngineServices(results, content);
      if (controller.signal.aborted) return;
      this.results = results;
      this.resultsPlace = place;
      // A page past the end (after a filter narrowed the results) shows the last page instead.
      if (results.total > 0 && results.hits.length === 0 && this.search.page > 1) {
        this.search = { ...this.search, page: results.pageCount };
        return this.#search(options);
      }
      this.resultStatus = resultCountText(results.total, place, results.complete !== false);
      this.waysOut = results.total === 0 ? await this.#findWaysOut(engine) : [];
      if (options.focusResults) this.#focusAfterRender = `${this.#id}-results-heading`;
      this.host.dispatchEvent(
        new FhServiceSearchEvent({
          total: results.total,
          page: results.page,
          hasText: !!this.search.text.trim(),
          hasPlace: !!this.origin,
          ...(this.origin && this.search.radiusMiles ? { radiusMiles: this.search.radiusMiles } : {}),
          categories: this.search.categories,
          stages: this.search.stages,
          freeOnly: this.search.freeOnly,
          days: this.search.days,
          deliveryModes: this.search.deliveryModes,
          languages: this.search.languages,
        }),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      this.searchFailed = isOffline() ? 'offline' : 'failed';
      this.resultStatus = this.searchFailed === 'offline' ? searchOfflineText() : searchFailedText();
      console.warn('[fh-service-search] search failed:', error instanceof Error ? error.name : 'error');
    }
  }

  /**
   * The engine: the one given by script, else the feed's own search when the page's content source
   * says so, else the index built in the page. Chosen once per content and `engine` property; the
   * feed's categories are fetched then, when the page's content cannot list them.
   */
  #engineFor(content: ServiceSearchContent): Promise<ChosenEngine> {
    if (this.#chosen?.content !== content || this.#chosen.given !== this.host.engine) {
      const engine = chooseEngine(this.host, content, this.host.engine, !this.host.contentClient, this.host.locale);
      this.#chosen = { content, given: this.host.engine, engine };
      this.engineCategories = undefined;
      engine.then(
        async (chosen) => {
          if (content.categories.length || !chosen.engine.categoryGroups) return;
          const groups = await chosen.engine.categoryGroups().catch(() => []);
          if (this.#chosen?.engine === engine) this.engineCategories = groups;
        },
        () => {
          // The engine's chunk could not be downloaded: forgotten, so the next search (when the
          // family is back online, say) asks for it again instead of failing the same way.
          if (this.#chosen?.engine === engine) this.#chosen = undefined;
        },
      );
    }
    return this.#chosen.engine;
  }

  /** For "no results": a wider distance, and each filter removed, with how many each would show. */
  async #findWaysOut(engine: ServiceSearchEngine): Promise<WayOut[]> {
    const count = async (state: SearchState): Promise<{ total: number; complete: boolean }> => {
      const results = await engine.search({ ...toQuery(state, this.origin, 1, this.#placePostcode), page: 1 });
      return { total: results.total, complete: results.complete !== false };
    };
    const ways: WayOut[] = [];
    const add = (label: string, found: { total: number; complete: boolean }, state: SearchState) => {
      if (found.total > 0) ways.push({ label, count: found.total, complete: found.complete, apply: () => this.#change(state) });
    };
    const { radiusMiles } = this.search;
    if (this.origin && radiusMiles) {
      const wider = DISTANCE_CHOICES.find((miles) => miles > radiusMiles);
      const state = { ...this.search, page: 1, ...(wider ? { radiusMiles: wider } : { radiusMiles: undefined }) };
      add(wider ? msg(str`Search ${withinMilesText(wider).toLowerCase()}`) : msg('Search at any distance'), await count(state), state);
    }
    const filters: { filter: ListFilter; value: string }[] = [
      ...this.search.categories.map((value) => ({ filter: 'categories' as const, value })),
      ...this.search.stages.map((value) => ({ filter: 'stages' as const, value })),
      ...this.search.days.map((value) => ({ filter: 'days' as const, value })),
      ...this.search.deliveryModes.map((value) => ({ filter: 'deliveryModes' as const, value })),
      ...this.search.languages.map((value) => ({ filter: 'languages' as const, value })),
    ];
    if (this.search.freeOnly) {
      const state = { ...this.search, freeOnly: false, page: 1 };
      add(msg('Remove the filter: Free only'), await count(state), state);
    }
    const categories = this.#content.value?.categories.length ? this.#content.value.categories : (this.engineCategories ?? []);
    for (const { filter, value } of filters.slice(0, 6)) {
      const state = this.#without(filter, value);
      add(msg(str`Remove the filter: ${filterValueLabel(filter, value, categories, this.host.locale)}`), await count(state), state);
    }
    if (this.search.text.trim()) {
      const state = { ...this.search, text: '', page: 1 };
      add(msg('Search without the words you typed'), await count(state), state);
    }
    return ways;
  }

  #without(filter: ListFilter, value: string): SearchState {
    return { ...this.search, [filter]: (this.search[filter] as readonly string[]).filter((candidate) => candidate !== value), page: 1 };
  }

  #toggleFilter(filter: ListFilter, value: string, on: boolean): void {
    if (!on) return this.#change(this.#without(filter, value));
    const current = this.search[filter] as readonly string[];
    if (current.includes(value)) return;
    this.#change({ ...this.search, [filter]: [...current, value], page: 1 });
  }

  /** A new search state from a control: search now, and keep the address in step. */
  #change(next: SearchState, options: { focusResults?: boolean; history?: 'push' | 'replace' } = {}): void {
    clearTimeout(this.#typingTimer);
    this.search = next;
    this.#writeAddress(options.history ?? 'push');
    void this.#runSearch(options);
  }

  #typed(text: string): void {
    this.search = { ...this.search, text, page: 1 };
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => {
      this.#writeAddress('replace');
      void this.#runSearch();
    }, TYPING_PAUSE_MS);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    clearTimeout(this.#typingTimer);
    const postcode = this.search.postcode.trim();
    if (!postcode || !this.host.geocoder) {
      if (!postcode && this.placeLabel && this.placeLabel !== this.#yourLocation()) this.#clearPlace();
      this.fieldError = undefined;
      this.#change({ ...this.search, page: 1 }, { focusResults: true });
      return;
    }
    const parsed = parsePostcode(postcode, { allowOutcode: true });
    if (!parsed.ok) return this.#showError(parsed.error === 'empty' ? postcodeErrors.empty() : postcodeErrors.invalid());
    // Offline, the look-up cannot work: say so at once, and what still does.
    if (isOffline()) return this.#showError(await this.#offlineError());
    this.#geocodeController?.abort();
    const controller = new AbortController();
    this.#geocodeController = controller;
    try {
      const place = await geocodePostcode(parsed.postcode, { endpoint: this.host.geocoder, signal: controller.signal });
      this.origin = place.position;
      this.placeLabel = place.outcode;
      this.#placePostcode = place.postcode;
      this.fieldError = undefined;
      this.#change({ ...this.search, postcode: parsed.postcode, page: 1 }, { focusResults: true });
    } catch (error) {
      if (controller.signal.aborted) return;
      const kind = error instanceof GeocodeError ? error.kind : 'unavailable';
      if (kind !== 'not-found' && kind !== 'invalid' && isOffline()) return this.#showError(await this.#offlineError());
      this.#showError(kind === 'not-found' ? postcodeErrors.notFound() : kind === 'invalid' ? postcodeErrors.invalid() : postcodeErrors.unavailable());
    }
  }

  /** The postcode error while offline: words and filters still work when the search runs in the page. */
  async #offlineError(): Promise<string> {
    const content = this.#content.value;
    // Without its engine (its chunk did not arrive before the connection dropped) the search cannot run in the page either.
    const remote = content ? await this.#engineFor(content).then((chosen) => chosen.remote, () => true) : true;
    return remote ? postcodeErrors.offlineRemote() : postcodeErrors.offline();
  }

  #showError(message: string): void {
    this.fieldError = { field: 'postcode', message };
    this.resultStatus = '';
    this.#focusAfterRender = undefined;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  #yourLocation(): string {
    return msg('your location');
  }

  #clearPlace(): void {
    this.origin = undefined;
    this.placeLabel = undefined;
    this.#placePostcode = undefined;
  }

  /** Asks the browser for the family's position, only because they pressed the button. */
  #locate(): void {
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation) return this.#locationFailed();
    this.locating = true;
    geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        this.origin = { lat: position.coords.latitude, lon: position.coords.longitude };
        this.placeLabel = this.#yourLocation();
        this.#placePostcode = undefined;
        this.fieldError = undefined;
        // The position itself never goes into the address or an event: it is where the family is.
        this.#change({ ...this.search, postcode: '', page: 1 }, { focusResults: true });
      },
      () => {
        this.locating = false;
        this.#locationFailed();
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  }

  #locationFailed(): void {
    if (this.host.geocoder) this.#showError(postcodeErrors.location());
    else this.resultStatus = postcodeErrors.location();
  }

  #goToPage(event: MouseEvent, page: number): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.#change({ ...this.search, page }, { focusResults: true });
  }

  #openService(event: MouseEvent, id: string): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.host.service = id;
    this.#focusAfterRender = `${this.#id}-detail-heading`;
    // Only with the address kept: then the back button closes the details. Otherwise the id of a
    // sensitive service (a refuge's outreach, say) stays out of the browser's history.
    if (this.host.urlState !== 'off') this.#writeAddress('push');
    this.host.dispatchEvent(new FhServiceOpenEvent({ serviceId: id }));
  }

  #closeDetail(event: MouseEvent): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const id = this.host.service;
    this.host.service = '';
    if (this.host.urlState !== 'off') this.#writeAddress('push');
    void this.host.updateComplete.then(() => {
      const link = [...this.host.renderRoot.querySelectorAll<HTMLAnchorElement>('.result-title a')].find((anchor) => anchor.href.endsWith(`service=${encodeURIComponent(id)}`));
      (link ?? this.host.renderRoot.querySelector<HTMLElement>(`#${this.#id}-results-heading`))?.focus();
    });
  }

  #toggleShortlist(id: string): void {
    this.shortlist = this.shortlist.includes(id) ? this.shortlist.filter((candidate) => candidate !== id) : [...this.shortlist, id];
    this.copyStatus = '';
  }

  #printShortlist(): void {
    this.host.setAttribute('printing-shortlist', '');
    globalThis.addEventListener?.('afterprint', () => this.host.removeAttribute('printing-shortlist'), { once: true });
    resultsPart.loaded?.printElement(this.host);
  }

  async #copyShortlist(content: ServiceSearchContent): Promise<void> {
    const services = this.shortlist.map((id) => this.#service(id, content)).filter((service): service is ServiceView => service !== undefined);
    const draw = resultsPart.loaded;
    if (!draw) return;
    const text = draw.shortlistText(services, (id) => this.#serviceHref(id), this.host.locale);
    try {
      await globalThis.navigator.clipboard.writeText(text);
      this.copyStatus = msg('Your shortlist has been copied. You can paste it into a message or a note.');
    } catch {
      this.copyStatus = msg('Your shortlist could not be copied. Select the list and copy it instead.');
    }
  }

  /** `?service=ID` on the current page (keeping its other parameters). */
  #serviceHref(id: string): string {
    const url = new URL(globalThis.location?.href ?? 'https://invalid.example/');
    url.searchParams.set('service', id);
    return url.href;
  }

  #resultsHref(): string {
    const url = new URL(globalThis.location?.href ?? 'https://invalid.example/');
    url.searchParams.delete('service');
    return url.href;
  }

  #pageHref(page: number): string {
    const url = new URL(globalThis.location?.href ?? 'https://invalid.example/');
    if (this.host.urlState === 'off') return url.href;
    for (const name of OWN_PARAMS) url.searchParams.delete(name);
    for (const [name, value] of stateToParams({ ...this.search, page }, this.host.urlState)) url.searchParams.append(name, value);
    return url.href;
  }

  /**
   * Reads `?service=ID` always (a stable link), and the search when the address keeps it. On
   * first connection an address without a service leaves the `service` attribute as the page set it.
   */
  #readAddress(options: { keepService?: boolean } = {}): void {
    const location = globalThis.location;
    if (!location) return;
    const params = new URLSearchParams(location.search);
    const service = params.get('service');
    if (service !== null || !options.keepService) this.host.service = service ?? '';
    if (this.host.urlState === 'off') return;
    const next = paramsToState(params, this.host.urlState);
    this.search = next;
    if (!next.postcode) this.#clearPlace();
    else if (this.host.geocoder && next.postcode !== this.placeLabel) void this.#placeFromAddress(next.postcode);
    if (this.#searchedContent) void this.#runSearch();
  }

  async #placeFromAddress(postcode: string): Promise<void> {
    if (!this.host.geocoder) return;
    try {
      const place = await geocodePostcode(postcode, { endpoint: this.host.geocoder });
      this.origin = place.position;
      this.placeLabel = place.outcode;
      this.#placePostcode = place.postcode;
      void this.#runSearch();
    } catch {
      // An area in a shared link that cannot be found: search without it, as if none was given.
      this.#clearPlace();
    }
  }

  #writeAddress(mode: 'push' | 'replace'): void {
    if (this.host.urlState === 'off') return;
    const location = globalThis.location;
    const history = globalThis.history;
    if (!location || !history) return;
    const url = new URL(location.href);
    for (const name of [...OWN_PARAMS, 'service']) url.searchParams.delete(name);
    for (const [name, value] of stateToParams(this.search, this.host.urlState)) url.searchParams.append(name, value);
    if (this.host.service) url.searchParams.set('service', this.host.service);
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
