/**
 * Services of a content set as the search sees them: plain text, resolved categories, days from
 * their schedules and venue positions (blurred for sensitive venues). Inactive services are left
 * out; temporarily closed ones stay findable (the widget shows their banner).
 */
import { getEntities, getEntity, listEntities, type ContentSet } from '../content-set.js';
import { roundPosition } from '../geo/distance.js';
import type { Entity } from '../model/index.js';
import { richTextToPlainText } from '../model/rich-text.js';
import { WEEKDAYS } from '../model/vocabularies.js';
import type { SearchCategory, SearchDocument, Weekday } from './types.js';

/** Decimal places a sensitive venue's position keeps (about 1 km), as the model's help text promises. */
const SENSITIVE_DECIMALS = 2;

/** `2MO`, `-1FR`, `TU` → the day code. */
const dayOf = (byday: string): Weekday | undefined => {
  const code = byday.slice(-2) as Weekday;
  return WEEKDAYS.includes(code) ? code : undefined;
};

function daysOf(schedules: readonly Entity<'schedule'>[]): Weekday[] {
  const days = new Set(schedules.flatMap((schedule) => (schedule.byday ?? []).map(dayOf)).filter((day) => day !== undefined));
  return WEEKDAYS.filter((day) => days.has(day));
}

/** The search document of one service of `set`. */
export function searchDocumentOf(set: ContentSet, service: Entity<'service'>): SearchDocument {
  const categories = getEntities(set, 'taxonomyTerm', service.categories).map(
    (term): SearchCategory => ({ id: term.id, label: term.name, ...(term.parent ? { parentId: term.parent } : {}) }),
  );
  const atLocations = getEntities(set, 'serviceAtLocation', service.locations);
  const venues = atLocations.map((sal) => getEntity(set, 'location', sal.location)).filter((location) => location !== undefined);
  const schedules = [...getEntities(set, 'schedule', service.schedules), ...atLocations.flatMap((sal) => getEntities(set, 'schedule', sal.schedules))];
  const positions = venues.flatMap((venue) => (venue.position ? [venue.hideExactAddress ? roundPosition(venue.position, SENSITIVE_DECIMALS) : venue.position] : []));
  const description = service.description ? richTextToPlainText(service.description) : '';
  const organisation = getEntity(set, 'organisation', service.organisation)?.name;
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    ...(description ? { description } : {}),
    ...(organisation ? { organisation } : {}),
    categories,
    ...(service.minimumAge !== undefined ? { minimumAge: service.minimumAge } : {}),
    // DfE writes "25 and over" as 127: for a family that is up to 25 (with SEND).
    ...(service.maximumAge !== undefined ? { maximumAge: Math.min(service.maximumAge, 25) } : {}),
    ...(service.forPregnancy ? { forPregnancy: true } : {}),
    isFree: service.isFree ?? !(service.costOptions?.length ?? 0),
    days: daysOf(schedules),
    deliveryModes: service.deliveryModes ?? (venues.length ? ['inPerson'] : []),
    languages: service.languages ?? [],
    positions,
  };
}

/** Every service of `set` a family can find (all but inactive ones), as search documents. */
export function searchDocumentsFrom(set: ContentSet): SearchDocument[] {
  return listEntities(set, 'service')
    .filter((service) => service.status !== 'inactive')
    .map((service) => searchDocumentOf(set, service));
}
