/**
 * How the service search's view is read from a content set: every published service with what a
 * family sees in a result and its detail, the search documents, the Family Hubs, the category
 * tree and the site settings. Loaded on first use (`serviceSearchView.resolver()`).
 *
 * Sensitive venues never leave this file with a street address or an exact position: families
 * see the postcode area, and distances are measured from a position rounded to about 1 km.
 */
import { getEntities, getEntity, listEntities, type ContentSet } from '../content-set.js';
import { roundPosition } from '../geo/distance.js';
import { costOptionType } from '../model/cost-option.js';
import { familyHubType } from '../model/family-hub.js';
import { locationType } from '../model/location.js';
import { organisationType } from '../model/organisation.js';
import { richTextToPlainText } from '../model/rich-text.js';
import { scheduleType } from '../model/schedule.js';
import { serviceAtLocationType } from '../model/service-at-location.js';
import { serviceType } from '../model/service.js';
import { siteSettingsType } from '../model/site-settings.js';
import { taxonomyTermType } from '../model/taxonomy-term.js';
import type { Entity, Location, Service, TaxonomyTerm } from '../model/index.js';
import { holidayCalendar } from '../schedule/holidays.js';
import { scheduleDays } from '../schedule/occurrences.js';
import type { SearchCategory, SearchDocument } from '../search/types.js';
import { defineResolver } from './define-view.js';
import { fieldLanguages, postcodeArea, siteView, venueAddress } from './parts.js';
import type { CategoryGroup, CostView, FamilyHubView, ServiceCategoryView, ServiceSearchContent, ServiceVenueView, ServiceView, VenueView } from './service-search.js';

/** DfE's sentinel for "25 and over" (young people with SEND). */
const DFE_OPEN_AGE = 127;
/** Families with SEND are served up to 25; the filters and labels read the sentinel as that. */
const SEND_UPPER_AGE = 25;
/** Two decimal places of latitude are about 1.1 km: close enough for distance, too coarse to find a refuge. */
const SENSITIVE_POSITION_DECIMALS = 2;

const SEARCH_ROOT = [serviceType, familyHubType, siteSettingsType];
const SEARCH_FOLLOWS = [organisationType, taxonomyTermType, serviceAtLocationType, locationType, scheduleType, costOptionType];

/** The service search view's resolver. */
export const serviceSearchResolver = defineResolver<ServiceSearchContent>({
  root: SEARCH_ROOT,
  follows: SEARCH_FOLLOWS,
  resolve: (set) => resolveSearch(set, false),
});

/** The resolver of the view for a search whose services come from a server: see `serverServiceSearchView`. */
export const serverServiceSearchResolver = defineResolver<ServiceSearchContent>({
  root: SEARCH_ROOT,
  follows: SEARCH_FOLLOWS,
  resolve: (set) => resolveSearch(set, true),
});

function resolveSearch(set: ContentSet, servicesElsewhere: boolean): ServiceSearchContent | undefined {
  const services = listEntities(set, 'service')
    .filter((service) => service.status !== 'inactive')
    .map((service) => resolveService(set, service))
    .sort((a, b) => a.name.localeCompare(b.name, set.locale));
  const hubs = listEntities(set, 'familyHub').map((hub) => resolveHub(set, hub));
  const site = siteView(set);
  if (services.length === 0 && hubs.length === 0 && !(servicesElsewhere && site)) return undefined;
  const settings = site ? getEntity(set, 'siteSettings', Object.keys(set.entities.siteSettings ?? {}).sort()[0]) : undefined;
  return {
    services,
    byId: new Map(services.map((service) => [service.id, service])),
    documents: services.map(searchDocument),
    hubs,
    categories: categoryGroups(set, services),
    ...(site ? { site } : {}),
    holidays: holidayCalendar(settings),
  };
}

/** A location as a venue, with the sensitive-venue rule applied. */
export function resolveVenue(set: ContentSet, location: Location): VenueView {
  const sensitive = location.hideExactAddress === true;
  const position = location.position && (sensitive ? roundPosition(location.position, SENSITIVE_POSITION_DECIMALS) : location.position);
  return {
    id: location.id,
    // A refuge's name can give it away as surely as its street: families see the area instead.
    name: sensitive ? postcodeArea(location.postcode) : location.name,
    address: venueAddress(location),
    area: postcodeArea(location.postcode),
    ...(position ? { position } : {}),
    sensitive,
    accessibility: location.accessibility ?? [],
    ...(location.accessibilityNotes ? { accessibilityNotes: location.accessibilityNotes } : {}),
    fieldLanguages: fieldLanguages(set, location.id),
  };
}

function resolveCategory(set: ContentSet, term: TaxonomyTerm): ServiceCategoryView {
  const parent = getEntity(set, 'taxonomyTerm', term.parent);
  return { id: term.id, label: term.name, ...(parent ? { parentId: parent.id, parentLabel: parent.name } : {}) };
}

function resolveService(set: ContentSet, service: Service): ServiceView {
  const organisation = getEntity(set, 'organisation', service.organisation);
  const costs = getEntities(set, 'costOption', service.costOptions).map(
    (cost): CostView => ({
      option: cost.option,
      ...(cost.amount !== undefined ? { amount: cost.amount } : {}),
      ...(cost.amountDescription ? { amountDescription: cost.amountDescription } : {}),
    }),
  );
  const venues = getEntities(set, 'serviceAtLocation', service.locations).flatMap((at): ServiceVenueView[] => {
    const location = getEntity(set, 'location', at.location);
    if (!location) return [];
    return [{ venue: resolveVenue(set, location), schedules: getEntities(set, 'schedule', at.schedules), ...(at.description ? { note: at.description } : {}) }];
  });
  const maximumAge = service.maximumAge === DFE_OPEN_AGE ? SEND_UPPER_AGE : service.maximumAge;
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    ...(service.description ? { description: service.description } : {}),
    status: service.status,
    ...(service.statusNote ? { statusNote: service.statusNote } : {}),
    ...(organisation ? { organisation: { name: organisation.name, ...(organisation.url ? { url: organisation.url } : {}) } } : {}),
    categories: getEntities(set, 'taxonomyTerm', service.categories).map((term) => resolveCategory(set, term)),
    ...(service.minimumAge !== undefined ? { minimumAge: service.minimumAge } : {}),
    ...(maximumAge !== undefined ? { maximumAge } : {}),
    forPregnancy: service.forPregnancy === true,
    // No price listed means free, as in Open Referral UK; an explicit "not free" with no price stays not free.
    isFree: service.isFree ?? costs.length === 0,
    costs,
    // A service with a venue and no delivery modes set is, plainly, in person.
    deliveryModes: service.deliveryModes?.length ? service.deliveryModes : venues.length ? ['inPerson'] : [],
    languages: service.languages ?? [],
    bsl: service.bsl === true,
    interpreterOnRequest: service.interpreterOnRequest === true,
    needsReferral: service.needsReferral === true,
    ...(service.referralNote ? { referralNote: service.referralNote } : {}),
    ...(service.phone ? { phone: service.phone } : {}),
    ...(service.email ? { email: service.email } : {}),
    ...(service.url ? { url: service.url } : {}),
    venues,
    schedules: getEntities(set, 'schedule', service.schedules),
    lastChecked: service.lastChecked,
    fieldLanguages: fieldLanguages(set, service.id),
  };
}

function resolveHub(set: ContentSet, hub: Entity<'familyHub'>): FamilyHubView {
  const location = getEntity(set, 'location', hub.location);
  return {
    id: hub.id,
    name: hub.name,
    ...(hub.summary ? { summary: hub.summary } : {}),
    ...(location ? { venue: resolveVenue(set, location) } : {}),
    openingTimes: getEntities(set, 'schedule', hub.openingTimes),
    ...(hub.openingTimesNote ? { openingTimesNote: hub.openingTimesNote } : {}),
    ...(hub.phone ? { phone: hub.phone } : {}),
    ...(hub.email ? { email: hub.email } : {}),
    ...(hub.url ? { url: hub.url } : {}),
    fieldLanguages: fieldLanguages(set, hub.id),
  };
}

/** What the index is built from: plain text and the values filters and facets read. */
export function searchDocument(service: ServiceView): SearchDocument {
  const schedules = [...service.schedules, ...service.venues.flatMap((venue) => venue.schedules)];
  const days = scheduleDays(schedules);
  const description = service.description ? richTextToPlainText(service.description) : '';
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    ...(description ? { description } : {}),
    ...(service.organisation ? { organisation: service.organisation.name } : {}),
    categories: service.categories.map(({ id, label, parentId }) => ({ id, label, ...(parentId ? { parentId } : {}) })),
    ...(service.minimumAge !== undefined ? { minimumAge: service.minimumAge } : {}),
    ...(service.maximumAge !== undefined ? { maximumAge: service.maximumAge } : {}),
    forPregnancy: service.forPregnancy,
    isFree: service.isFree,
    days,
    deliveryModes: service.deliveryModes,
    languages: service.languages,
    positions: service.venues.flatMap((at) => (at.venue.position ? [at.venue.position] : [])),
  };
}

function categoryGroups(set: ContentSet, services: readonly ServiceView[]): CategoryGroup[] {
  const used = new Map<string, Map<string, SearchCategory>>();
  const labels = new Map<string, string>();
  for (const category of services.flatMap((service) => service.categories)) {
    const parentId = category.parentId ?? category.id;
    labels.set(parentId, category.parentLabel ?? category.label);
    const children = used.get(parentId) ?? new Map<string, SearchCategory>();
    if (category.parentId) children.set(category.id, { id: category.id, label: category.label, parentId });
    used.set(parentId, children);
  }
  // Top-level categories in the taxonomy's own order when the set has the terms, else by label.
  const order = new Map(listEntities(set, 'taxonomyTerm').map((term, index) => [term.id, index]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...used]
    .map(([id, children]) => ({ id, label: labels.get(id) ?? id, children: [...children.values()].sort((a, b) => a.label.localeCompare(b.label, set.locale)) }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.label.localeCompare(b.label, set.locale));
}
