/**
 * The service directory check, for editors: what families cannot find or cannot trust. Services
 * with no venue (so no postcode) or at a venue with no map position, with no categories, no ages
 * or no times; services still "temporarily closed" after the date their status note gives; and
 * services that look like the same one entered twice (same name, same postcode). Together with
 * {@link findServicesNotCheckedRecently} it is the directory section of `family-hubs check`.
 * Inactive services are left out: families never see them.
 */
import { getEntities, getEntity, listEntities, type ContentSet } from '../content-set.js';
import type { ContentIssue, ContentIssueCode, Location, Service } from '../model/index.js';
import { postcodeArea } from '../views/parts.js';
import { findServicesNotCheckedRecently } from './not-checked-recently.js';
import { dateInStatusNote } from './status-note-date.js';

/** The codes of the directory check's findings, in the order the report lists them. */
export const DIRECTORY_ISSUE_CODES = ['missing-position', 'missing-categories', 'missing-ages', 'missing-schedule', 'not-checked-recently', 'closed-past-date', 'possible-duplicate'] as const satisfies readonly ContentIssueCode[];
/** One of {@link DIRECTORY_ISSUE_CODES}. */
export type DirectoryIssueCode = (typeof DIRECTORY_ISSUE_CODES)[number];

/** What the check found, with the number of services it looked at. */
export interface DirectoryCheck {
  /** Services families can see (active or temporarily closed). */
  readonly services: number;
  readonly issues: readonly ContentIssue[];
}

const finding = (entryId: string, contentType: string, path: string[], code: DirectoryIssueCode, message: string): ContentIssue => ({ entryId, contentType, path, message, severity: 'warning', code });

/** The service directory findings for `set`, as of `now`. */
export function checkServiceDirectory(set: ContentSet, now: Date = new Date()): DirectoryCheck {
  const services = listEntities(set, 'service').filter((service) => service.status !== 'inactive');
  const today = now.toISOString().slice(0, 10);
  const issues = [
    ...missingPlaces(set, services),
    ...services.flatMap((service) => missingFields(set, service)),
    ...findServicesNotCheckedRecently(set, now),
    ...services.flatMap((service) => closedPastDate(service, today)),
    ...possibleDuplicates(set, services),
  ];
  const order = (code: ContentIssueCode) => DIRECTORY_ISSUE_CODES.indexOf(code as DirectoryIssueCode);
  return { services: services.length, issues: issues.sort((a, b) => order(a.code) - order(b.code)) };
}

function venuesOf(set: ContentSet, service: Service): Location[] {
  return getEntities(set, 'serviceAtLocation', service.locations).flatMap((place) => getEntity(set, 'location', place.location) ?? []);
}

/** True when families go somewhere for it: delivered in person, or how it is delivered is not said. */
const inPerson = (service: Service) => !service.deliveryModes?.length || service.deliveryModes.includes('inPerson');

/**
 * No postcode: an in-person service with no venue. No map position: a venue families go to that
 * cannot be sorted by distance; reported once per venue (that is the entry to edit), naming its services.
 */
function missingPlaces(set: ContentSet, services: readonly Service[]): ContentIssue[] {
  const noVenue = services
    .filter((service) => inPerson(service) && venuesOf(set, service).length === 0)
    .map((service) =>
      finding(service.id, 'service', ['locations'], 'missing-position', `"${service.name}" has no venue, so it has no postcode and families searching near them will not find it. Add a venue under "Where and when", or set "How it is delivered" to online or telephone if families do not go anywhere.`),
    );
  const byVenue = new Map<string, { venue: Location; names: string[] }>();
  for (const service of services) {
    for (const venue of venuesOf(set, service)) {
      if (venue.position) continue;
      const entry = byVenue.get(venue.id) ?? { venue, names: [] };
      if (!entry.names.includes(service.name)) entry.names.push(service.name);
      byVenue.set(venue.id, entry);
    }
  }
  const noPosition = [...byVenue.values()].map(({ venue, names }) =>
    finding(venue.id, 'location', ['position'], 'missing-position', `"${venue.name}" (${venue.postcode}) has no map position, so ${names.length === 1 ? `"${names[0]}"` : `${names.length} services there (${names.map((n) => `"${n}"`).join(', ')})`} cannot be sorted by distance. Pick the entrance families use on the map in "Map position".`),
  );
  return [...noVenue, ...noPosition];
}

function missingFields(set: ContentSet, service: Service): ContentIssue[] {
  const found: ContentIssue[] = [];
  if (getEntities(set, 'taxonomyTerm', service.categories).length === 0) {
    found.push(finding(service.id, 'service', ['categories'], 'missing-categories', `"${service.name}" has no published category, so families browsing by category will not find it. Add one under "Categories" (and publish it).`));
  }
  if (service.minimumAge === undefined && service.maximumAge === undefined && service.forPregnancy !== true) {
    found.push(finding(service.id, 'service', ['minimumAge'], 'missing-ages', `"${service.name}" has no ages, so it shows for every age a family chooses. Add the youngest and oldest ages it is for (0 and 25 if it really is for everyone).`));
  }
  const atVenues = getEntities(set, 'serviceAtLocation', service.locations).some((place) => getEntities(set, 'schedule', place.schedules).length > 0);
  if (!atVenues && getEntities(set, 'schedule', service.schedules).length === 0) {
    found.push(finding(service.id, 'service', ['schedules'], 'missing-schedule', `"${service.name}" has no times, so families cannot see when it runs or filter it by day. Add a schedule to each venue under "Where and when", or under "When (no venue)"; a description like "By appointment" is enough.`));
  }
  return found;
}

/** Still marked temporarily closed after the date its status note gives (see `status-note-date.ts`). */
function closedPastDate(service: Service, today: string): ContentIssue[] {
  if (service.status !== 'temporarilyClosed') return [];
  const date = dateInStatusNote(service.statusNote, service.updatedAt ?? service.lastChecked);
  if (!date || date >= today) return [];
  return [
    finding(service.id, 'service', ['status'], 'closed-past-date', `"${service.name}" is still "temporarily closed", but its status note ("${service.statusNote ?? ''}") says ${date}, which has passed. If it has reopened, set "Status" to active and clear the note; if not, update the note.`),
  ];
}

/** Letters and digits only, lower case: "Stay & Play!" and "stay and play" differ, "Stay  play" and "stay-play" do not. */
const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const postcodeKey = (postcode: string) => postcode.toUpperCase().replace(/\s+/g, '');

/** Services with the same name at the same postcode (or both with no venue): likely entered twice. */
function possibleDuplicates(set: ContentSet, services: readonly Service[]): ContentIssue[] {
  const groups = new Map<string, Service[]>();
  for (const service of services) {
    const postcodes = venuesOf(set, service).map((venue) => postcodeKey(venue.postcode));
    for (const postcode of new Set(postcodes.length ? postcodes : [''])) {
      const key = `${nameKey(service.name)}\n${postcode}`;
      const group = groups.get(key) ?? [];
      if (!group.includes(service)) group.push(service);
      groups.set(key, group);
    }
  }
  const reported = new Set<string>();
  const found: ContentIssue[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const postcode = key.split('\n')[1]!;
    const where = postcode ? `at ${postcodeArea(postcode)} ${postcode.slice(-3)}` : 'with no venue';
    for (const service of group) {
      if (reported.has(service.id)) continue;
      reported.add(service.id);
      const others = group.filter((other) => other !== service).map((other) => `${other.id}`);
      found.push(finding(service.id, 'service', ['name'], 'possible-duplicate', `"${service.name}" ${where} has the same name as ${others.length === 1 ? 'service' : 'services'} ${others.join(', ')}. If they are the same service, keep one and make the other inactive; if not, give each a name families can tell apart.`));
    }
  }
  return found;
}
