/**
 * The view of `<fh-service-search>`: every published service with what a family sees in a result
 * and its detail (organisation, categories, ages, venues with their times, costs, contacts,
 * accessibility), the search documents the index is built from, the Family Hubs (the front door
 * pinned above results), the two-level category tree the filters show, and the site settings.
 *
 * The search reads the entities themselves (its index, facets, distances), so a pack does not
 * carry this view prebuilt: its resolver (`service-search-resolver.ts`) loads while the content
 * does.
 */
import type { GeoPoint } from '../model/definition/index.js';
import type { AccessibilityFeature, RichTextDocument, Schedule, Service } from '../model/index.js';
import type { HolidayCalendar } from '../schedule/holidays.js';
import type { DeliveryMode, SearchCategory, SearchDocument } from '../search/types.js';
import { defineLazyView } from './define-view.js';
import type { FieldLanguages, SiteView } from './parts.js';

/** A venue as families see it. */
export interface VenueView {
  readonly id: string;
  readonly name: string;
  /** One line; the postcode area only for a sensitive venue. */
  readonly address: string;
  /** The postcode area (`NS1`), always safe to show. */
  readonly area: string;
  /** Where it is, rounded for sensitive venues. */
  readonly position?: GeoPoint;
  /** True when the exact address is hidden (refuges and other sensitive venues). */
  readonly sensitive: boolean;
  readonly accessibility: readonly AccessibilityFeature[];
  readonly accessibilityNotes?: string;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** A service at one venue, with when it runs there. */
export interface ServiceVenueView {
  readonly venue: VenueView;
  readonly schedules: readonly Schedule[];
  readonly note?: string;
}

/** A price. */
export interface CostView {
  readonly option: string;
  readonly amount?: number;
  readonly amountDescription?: string;
}

/** A category with its parent's label, for tags and breadcrumbs. */
export interface ServiceCategoryView extends SearchCategory {
  readonly parentLabel?: string;
}

/** One service, resolved. */
export interface ServiceView {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly description?: RichTextDocument;
  readonly status: Service['status'];
  readonly statusNote?: string;
  readonly organisation?: { readonly name: string; readonly url?: string };
  readonly categories: readonly ServiceCategoryView[];
  readonly minimumAge?: number;
  /** The oldest age in years; DfE's 127 is read as 25. */
  readonly maximumAge?: number;
  readonly forPregnancy: boolean;
  readonly isFree: boolean;
  readonly costs: readonly CostView[];
  readonly deliveryModes: readonly DeliveryMode[];
  readonly languages: readonly string[];
  readonly bsl: boolean;
  readonly interpreterOnRequest: boolean;
  readonly needsReferral: boolean;
  readonly referralNote?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  readonly venues: readonly ServiceVenueView[];
  /** Times of a service with no venue (online, telephone). */
  readonly schedules: readonly Schedule[];
  /** `YYYY-MM-DD`. */
  readonly lastChecked: string;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** A Family Hub with where it is and when it opens. */
export interface FamilyHubView {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly venue?: VenueView;
  readonly openingTimes: readonly Schedule[];
  readonly openingTimesNote?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** A top-level category and its sub-categories, for the filters. */
export interface CategoryGroup {
  readonly id: string;
  readonly label: string;
  readonly children: readonly SearchCategory[];
}

/** What the service search shows. */
export interface ServiceSearchContent {
  /** Active and temporarily closed services, by name (inactive ones are never shown). */
  readonly services: readonly ServiceView[];
  /** The same services, by id. */
  readonly byId: ReadonlyMap<string, ServiceView>;
  /** One search document per service, in the same order. */
  readonly documents: readonly SearchDocument[];
  readonly hubs: readonly FamilyHubView[];
  /** Categories that at least one service uses, with their parents. */
  readonly categories: readonly CategoryGroup[];
  readonly site?: SiteView;
  /** The days sessions do not run: bank holidays, adjusted by the site settings. */
  readonly holidays: HolidayCalendar;
}

const SEARCH_TYPES = ['service', 'familyHub', 'siteSettings'] as const;
const resolverModule = () => import('./service-search-resolver.js');

/** The service search's view. */
export const serviceSearchView = defineLazyView<ServiceSearchContent>({
  id: 'service-search',
  types: SEARCH_TYPES,
  load: () => resolverModule().then((module) => module.serviceSearchResolver),
});

/**
 * The same view for a search whose services come from a server (an Open Referral UK API's own
 * search): the page's content may have no services at all, and the search still shows, with the
 * site's settings and hubs. Only a set with nothing in it at all is empty.
 */
export const serverServiceSearchView = defineLazyView<ServiceSearchContent>({
  id: 'service-search-server',
  types: SEARCH_TYPES,
  load: () => resolverModule().then((module) => module.serverServiceSearchResolver),
});
