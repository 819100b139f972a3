/**
 * One ORUK service record (3.0 or v1, list item or full record) as raw entries of our model:
 * the service and the organisation, locations, services at locations, schedules, taxonomy terms
 * and cost options nested in it. Nothing is validated here: every entry goes through the query's
 * registry like entries from any source. Values the model would reject outright but that can be
 * dropped without losing the record (a relative website address, a language without a code) are
 * dropped with a warning, so one odd field does not hide a service from families.
 */
import type { RawEntry } from '../../model/definition/index.js';
import type { ContentIssue } from '../../model/index.js';
import { plainTextToRichText } from '../../model/rich-text.js';
import { ACCESSIBILITY_FEATURES, LANGUAGE_CODES, type AccessibilityFeature } from '../../model/vocabularies.js';
import { checkUrl } from '../../url-policy.js';
import { mapSchedule, scheduleFeedId } from './schedule.js';
import { readFeedTerm, termEntries, termEntryId, type FeedTerm } from './taxonomy.js';
import { bool, clip, idOf, isObject, num, pick, pickList, plainText, text } from './values.js';

/** The ORUK version a feed speaks: `3.0` (HSDS-UK-3.0) or `1.0` (ORUK v1, HSDS-UK-1.0). */
export type OrukVersion = '3.0' | '1.0';

/** A service record mapped: its entries (service first) and the warnings about dropped values. */
export interface MappedService {
  readonly serviceId: string;
  readonly entries: readonly RawEntry[];
  readonly issues: readonly ContentIssue[];
}

/** The entry id of the service with ORUK id `feedId`. */
export function serviceEntryId(feedId: string): string {
  return `service-${feedId}`;
}

/** DfE stores "25 and over" as 127: families see 25 (the upper age with SEND). */
export const DFE_AGE_SENTINEL = 127;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', arabic: 'ar', bengali: 'bn', bangla: 'bn', welsh: 'cy', german: 'de', spanish: 'es', farsi: 'fa', persian: 'fa', french: 'fr',
  gujarati: 'gu', hindi: 'hi', italian: 'it', kurdish: 'ku', lithuanian: 'lt', nepali: 'ne', punjabi: 'pa', polish: 'pl', pashto: 'ps',
  portuguese: 'pt', romanian: 'ro', russian: 'ru', somali: 'so', albanian: 'sq', tamil: 'ta', tigrinya: 'ti', turkish: 'tr', ukrainian: 'uk',
  urdu: 'ur', chinese: 'zh', mandarin: 'zh', cantonese: 'zh',
};
const ACCESSIBILITY_WORDS: readonly [RegExp, AccessibilityFeature][] = [
  [/wheelchair|step[- ]free|ramp|level access/i, 'stepFreeAccess'],
  [/accessible toilet|disabled toilet|changing places/i, 'accessibleToilet'],
  [/hearing loop|induction loop/i, 'hearingLoop'],
  [/\blifts?\b|elevator/i, 'lift'],
  [/disabled parking|blue badge/i, 'disabledParking'],
  [/baby chang/i, 'babyChanging'],
  [/buggy|pram/i, 'buggyStorage'],
  [/quiet (space|room)/i, 'quietSpace'],
  [/breastfeeding friendly|feeding room/i, 'breastfeedingFriendly'],
];

/** Collects entries and warnings while one record is mapped. */
class Mapping {
  readonly entries: RawEntry[] = [];
  readonly issues: ContentIssue[] = [];
  constructor(
    readonly serviceId: string,
    readonly locale: string,
  ) {}

  warn(path: (string | number)[], message: string, contentType = 'service', entryId = this.serviceId): void {
    this.issues.push({ entryId, contentType, path, message, severity: 'warning', code: 'invalid-field', locale: this.locale });
  }

  /** An absolute web, mail or phone address; anything else is dropped with a warning. */
  url(value: unknown, path: string, contentType?: string, entryId?: string): string | undefined {
    const raw = text(value);
    if (raw === undefined) return undefined;
    const check = checkUrl(raw);
    if (check.ok && /^(https?|mailto|tel):/i.test(check.url)) return check.url;
    this.warn([path], `The feed's address "${clip(raw, 60)}" is not a full web address (https://…), so it is not shown.`, contentType, entryId);
    return undefined;
  }

  email(value: unknown, path: string, contentType?: string, entryId?: string): string | undefined {
    const raw = text(value);
    if (raw === undefined) return undefined;
    if (EMAIL.test(raw) && raw.length <= 254) return raw;
    this.warn([path], `The feed's email address "${clip(raw, 60)}" is not an email address, so it is not shown.`, contentType, entryId);
    return undefined;
  }
}

/** The first phone number of a record, its contacts' phones, or none (UK 3.0 contacts have no phones). */
function phoneOf(record: unknown): string | undefined {
  const direct = pickList(record, 'phones').map((p) => text(pick(p, 'number')) ?? text(p));
  const viaContacts = pickList(record, 'contacts').flatMap((c) => pickList(c, 'phones').map((p) => text(pick(p, 'number')) ?? text(p)));
  return [...direct, ...viaContacts].find((n): n is string => n !== undefined && n.length <= 30);
}

/** Ages: the record's own, or the widest of v1's eligibilities; 127 means 25 (with SEND). */
function ages(record: unknown): { minimumAge?: number; maximumAge?: number } {
  const eligibilities = pickList(record, 'eligibilitys', 'eligibilities', 'eligibility');
  const mins = [num(pick(record, 'minimum_age')), ...eligibilities.map((e) => num(pick(e, 'minimum_age')))].filter((n): n is number => n !== undefined);
  const maxes = [num(pick(record, 'maximum_age')), ...eligibilities.map((e) => num(pick(e, 'maximum_age')))].filter((n): n is number => n !== undefined);
  const out: { minimumAge?: number; maximumAge?: number } = {};
  if (mins.length) out.minimumAge = Math.min(...mins);
  if (maxes.length) {
    const max = Math.max(...maxes);
    out.maximumAge = max === DFE_AGE_SENTINEL ? 25 : max;
  }
  return out;
}

function status(record: unknown): string {
  const value = text(pick(record, 'status'))?.toLowerCase().replace(/[\s_-]+/g, '');
  if (value === 'inactive' || value === 'defunct') return 'inactive';
  if (value === 'temporarilyclosed') return 'temporarilyClosed';
  return 'active';
}

/** How a service is delivered, from v1 `attending_type`, DfE's `service_deliverys`, schedules' `attending_type` and location types. */
function deliveryModes(record: unknown, locationTypes: readonly string[]): string[] {
  const words = [
    text(pick(record, 'attending_type')),
    text(pick(record, 'delivery_method')),
    ...pickList(record, 'service_deliverys', 'service_deliveries').map((d) => text(pick(d, 'name')) ?? text(d)),
    ...pickList(record, 'schedules', 'regular_schedules').map((s) => text(pick(s, 'attending_type'))),
    ...locationTypes,
  ].filter((w): w is string => w !== undefined);
  const modes = new Set<string>();
  for (const word of words) {
    if (/in[\s-]?person|venue|physical|home visit/i.test(word)) modes.add('inPerson');
    if (/online|virtual|video|remote/i.test(word)) modes.add('online');
    if (/phone|telephone/i.test(word)) modes.add('telephone');
  }
  return [...modes];
}

/** ISO 639-1 codes of the languages; names are looked up; UK 3.0 languages with neither are skipped. */
function languages(record: unknown, mapping: Mapping): string[] {
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const entry of pickList(record, 'languages')) {
    const raw = text(pick(entry, 'code')) ?? text(pick(entry, 'language')) ?? text(pick(entry, 'name')) ?? (typeof entry === 'string' ? text(entry) : undefined);
    if (raw === undefined) continue;
    for (const part of raw.split(/[,;/]+/)) {
      const word = part.trim().toLowerCase();
      if (!word) continue;
      const code = (LANGUAGE_CODES as readonly string[]).includes(word.slice(0, 2)) && word.length <= 3 ? word.slice(0, 2) : LANGUAGE_NAMES[word];
      if (code) codes.add(code);
      else unknown.push(part.trim());
    }
  }
  if (unknown.length) mapping.warn(['languages'], `Languages the model has no code for were left out: ${unknown.slice(0, 5).join(', ')}.`);
  return [...codes].slice(0, 30);
}

/** The categories of a record: 3.0 `attributes[].taxonomy_term`, `taxonomy_terms`, v1 `service_taxonomys[].taxonomy`. */
function feedTerms(record: unknown): FeedTerm[] {
  const values = [
    ...pickList(record, 'attributes').map((a) => pick(a, 'taxonomy_term')),
    ...pickList(record, 'taxonomy_terms'),
    ...pickList(record, 'service_taxonomys', 'service_taxonomies').map((t) => pick(t, 'taxonomy', 'taxonomy_term') ?? t),
  ];
  return values.map(readFeedTerm).filter((t): t is FeedTerm => t !== undefined);
}

function addressOf(location: unknown): unknown {
  const addresses = pickList(location, 'addresses', 'physical_addresses', 'physical_address', 'postal_addresses');
  return addresses.find((a) => text(pick(a, 'address_type'))?.toLowerCase() === 'physical') ?? addresses[0] ?? location;
}

function mapLocation(location: unknown, mapping: Mapping): { id: string; type?: string } | undefined {
  const feedId = idOf(pick(location, 'id'));
  if (feedId === undefined) return undefined;
  const id = `location-${feedId}`;
  const address = addressOf(location);
  const postcode = text(pick(address, 'postal_code', 'postcode')) ?? text(pick(location, 'postal_code', 'postcode'));
  const line1 = text(pick(address, 'address_1'));
  const lat = num(pick(location, 'latitude', 'lat'));
  const lon = num(pick(location, 'longitude', 'lon', 'lng'));
  const fields: Record<string, unknown> = {
    name: clip(text(pick(location, 'name')) ?? line1 ?? 'Venue', 150),
    ...(line1 ? { addressLine1: clip(line1, 100) } : {}),
    ...(text(pick(address, 'address_2')) ? { addressLine2: clip(text(pick(address, 'address_2'))!, 100) } : {}),
    ...(text(pick(address, 'city')) ? { townOrCity: clip(text(pick(address, 'city'))!, 60) } : {}),
    ...(postcode ? { postcode: postcode.toUpperCase().replace(/\s+/g, ' ') } : {}),
  };
  if (lat !== undefined && lon !== undefined) {
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) fields['position'] = { lat, lon };
    else mapping.warn(['position'], `The feed's map position (${lat}, ${lon}) is not on the map, so distances to this venue are unknown.`, 'location', id);
  }
  const notes = pickList(location, 'accessibility', 'accessibility_for_disabilities')
    .map((a) => [text(pick(a, 'description', 'accessibility')), text(pick(a, 'details'))].filter(Boolean).join(' '))
    .filter((n) => n !== '');
  const features = ACCESSIBILITY_FEATURES.filter((feature) => ACCESSIBILITY_WORDS.some(([words, f]) => f === feature && notes.some((n) => words.test(n))));
  if (features.length) fields['accessibility'] = features;
  if (notes.length) fields['accessibilityNotes'] = clip([...new Set(notes)].join(' '), 500);
  mapping.entries.push({ id, contentType: 'location', fields });
  const type = text(pick(location, 'location_type'));
  return { id, ...(type ? { type } : {}) };
}

function mapOrganisation(organisation: unknown, mapping: Mapping): string | undefined {
  const feedId = idOf(pick(organisation, 'id'));
  if (feedId === undefined || !isObject(organisation)) return feedId === undefined ? undefined : `organisation-${feedId}`;
  const id = `organisation-${feedId}`;
  const name = text(pick(organisation, 'name'));
  const description = plainText(pick(organisation, 'description'));
  const url = mapping.url(pick(organisation, 'website', 'url'), 'url', 'organisation', id);
  const email = mapping.email(pick(organisation, 'email'), 'email', 'organisation', id);
  const phone = phoneOf(organisation);
  mapping.entries.push({
    id,
    contentType: 'organisation',
    fields: {
      ...(name ? { name: clip(name, 150) } : {}),
      ...(description ? { description: clip(description, 1000) } : {}),
      ...(url ? { url } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
  });
  return id;
}

function schedulesOf(owner: unknown, ownerId: string, mapping: Mapping, names: string[] = ['schedules', 'regular_schedules']): string[] {
  const ids: string[] = [];
  pickList(owner, ...names).forEach((value, index) => {
    const feedId = scheduleFeedId(value);
    const entry = mapSchedule(value, feedId ? `schedule-${feedId}` : `schedule-${ownerId}-${index + 1}`);
    if (!entry) return;
    mapping.entries.push(entry);
    ids.push(entry.id);
  });
  return ids.slice(0, 20);
}

function mapCostOptions(record: unknown, mapping: Mapping): string[] {
  return pickList(record, 'cost_options').map((value, index) => {
    const feedId = idOf(pick(value, 'id'));
    const id = feedId ? `cost-${feedId}` : `cost-${mapping.serviceId}-${index + 1}`;
    const amount = num(pick(value, 'amount'));
    const words = text(pick(value, 'amount_description'));
    mapping.entries.push({
      id,
      contentType: 'costOption',
      fields: {
        option: clip(text(pick(value, 'option')) ?? words ?? 'Cost', 100),
        ...(amount === undefined ? {} : { amount }),
        ...(words ? { amountDescription: clip(words, 150) } : {}),
      },
    });
    return id;
  });
}

/** A one-sentence summary from the description (ORUK has no summary field), else the name. */
function summaryOf(description: string | undefined, name: string | undefined): string | undefined {
  const first = description?.split(/\n/)[0]?.match(/^.*?[.!?](\s|$)/)?.[0]?.trim() ?? description?.split(/\n/)[0];
  return first ? clip(first, 200) : name;
}

/**
 * Maps one service record. `known` holds every term seen in the load (so local terms link their
 * parents only when the feed sent them). Returns `undefined` when the record has no id at all.
 */
export function mapServiceRecord(record: unknown, locale: string, known: ReadonlyMap<string, FeedTerm>): MappedService | undefined {
  const feedId = idOf(pick(record, 'id'));
  if (feedId === undefined || !isObject(record)) return undefined;
  const mapping = new Mapping(serviceEntryId(feedId), locale);
  const name = text(pick(record, 'name'));
  const description = plainText(pick(record, 'description'));
  const organisation = mapOrganisation(pick(record, 'organization', 'organisation') ?? pick(record, 'organization_id'), mapping);

  const locationTypes: string[] = [];
  const locations = pickList(record, 'service_at_locations', 'service_at_location').map((sal, index) => {
    const salFeedId = idOf(pick(sal, 'id'));
    const id = salFeedId ? `sal-${salFeedId}` : `sal-${feedId}-${index + 1}`;
    const location = mapLocation(pick(sal, 'location') ?? sal, mapping);
    if (location?.type) locationTypes.push(location.type);
    const schedules = schedulesOf(sal, id, mapping);
    const notes = plainText(pick(sal, 'description'));
    mapping.entries.push({
      id,
      contentType: 'serviceAtLocation',
      fields: {
        ...(location ? { location: location.id } : {}),
        ...(schedules.length ? { schedules } : {}),
        ...(notes ? { description: clip(notes, 500) } : {}),
        label: clip(`${name ?? feedId} at ${text(pick(pick(sal, 'location'), 'name')) ?? 'a venue'}`, 150),
      },
    });
    return id;
  });

  const terms = feedTerms(record);
  for (const term of terms) mapping.entries.push(...termEntries(term, known));
  const categories = [...new Set(terms.map(termEntryId))].slice(0, 10);
  const costOptions = mapCostOptions(record, mapping);
  const schedules = schedulesOf(record, mapping.serviceId, mapping);
  // v1 `attending_access: referral`, or a yes/no some feeds add.
  const needsReferral = text(pick(record, 'attending_access', 'referral_method'))?.toLowerCase() === 'referral' ? true : bool(pick(record, 'referral_required'));
  const url = mapping.url(pick(record, 'url', 'website'), 'url');
  const email = mapping.email(pick(record, 'email'), 'email');
  const phone = phoneOf(record);
  const modes = deliveryModes(record, locationTypes);
  const spoken = languages(record, mapping);
  const checked = text(pick(record, 'assured_date', 'last_modified', 'last_checked', 'modified_date'));
  const interpretation = text(pick(record, 'interpretation_services'));
  const summary = summaryOf(description, name);

  const fields: Record<string, unknown> = {
    ...(name ? { name: clip(name, 100) } : {}),
    ...(summary ? { summary } : {}),
    ...(description ? { description: plainTextToRichText(description) } : {}),
    status: status(record),
    ...(organisation ? { organisation } : {}),
    ...(categories.length ? { categories } : {}),
    ...ages(record),
    isFree: costOptions.length === 0,
    ...(costOptions.length ? { costOptions: costOptions.slice(0, 10) } : {}),
    ...(modes.length ? { deliveryModes: modes } : {}),
    ...(spoken.length ? { languages: spoken } : {}),
    ...(interpretation ? { interpreterOnRequest: true } : {}),
    ...(/\bbsl\b|british sign language/i.test(interpretation ?? '') ? { bsl: true } : {}),
    ...(needsReferral === undefined ? {} : { needsReferral }),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(url ? { url } : {}),
    ...(locations.length ? { locations: locations.slice(0, 50) } : {}),
    ...(schedules.length ? { schedules } : {}),
    ...(checked ? { lastChecked: checked } : {}),
  };
  const updatedAt = text(pick(record, 'last_modified'));
  return {
    serviceId: mapping.serviceId,
    entries: [{ id: mapping.serviceId, contentType: 'service', ...(updatedAt ? { updatedAt } : {}), fields }, ...mapping.entries],
    issues: mapping.issues,
  };
}

/** The terms a record names, for collecting every term of a load before mapping. */
export function recordTerms(record: unknown): FeedTerm[] {
  return feedTerms(record);
}
