/**
 * A service, fully nested, as HSDS-UK 3.0 (`GET /services/{id}`): its organisation, categories
 * with their taxonomy, venues with their schedules, costs, languages and contacts. Every optional
 * field is left out when the model has nothing for it.
 */
import { getEntities, getEntity, type ContentSet } from '../content-set.js';
import { richTextToPlainText, type CostOption, type DeliveryMode, type Organisation, type Service } from '../model/index.js';
import { safeUrl } from '../url-policy.js';
import { toOrukLocation } from './map-location.js';
import { toOrukSchedule } from './map-schedule.js';
import { toOrukTaxonomyTerm } from './map-taxonomy.js';
import { orukId } from './stable-id.js';
import type { OrukContact, OrukCostOption, OrukLanguage, OrukOrganization, OrukPhone, OrukService, OrukServiceAtLocation } from './types.js';

const STATUS: Readonly<Record<Service['status'], OrukService['status']>> = { active: 'active', temporarilyClosed: 'temporarily closed', inactive: 'inactive' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A web address a feed may carry: `http(s)` only, through the URL policy (ORUK's `url` is a URI of a page). */
function webUrl(input: string | undefined): string | undefined {
  const url = safeUrl(input);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** An email address, or nothing: the feed's readers check the format and would reject the service. */
function email(input: string | undefined): string | undefined {
  const value = input?.trim();
  return value && EMAIL.test(value) ? value : undefined;
}

/** `service` as a fully nested ORUK service. */
export function toOrukService(set: ContentSet, service: Service): OrukService {
  const id = orukId('service', service.id);
  const organisation = getEntity(set, 'organisation', service.organisation);
  const description = describe(service);
  const url = webUrl(service.url);
  const mail = email(service.email);
  const number = service.phone?.trim();
  const contactId = orukId('contact', service.id);
  // One phone record, the service's and its contact's: HSDS 3.0 readers find it on the service,
  // readers of contacts under the contact.
  const phones: OrukPhone[] = number ? [{ id: orukId('phone', service.id), service_id: id, contact_id: contactId, number }] : [];
  const contacts: OrukContact[] = mail || phones.length ? [{ id: contactId, service_id: id, ...(mail ? { email: mail } : {}), ...(phones.length ? { phones } : {}) }] : [];
  const languages = (service.languages ?? []).map((code): OrukLanguage => {
    const name = languageName(code);
    return { id: orukId('language', `${service.id}/${code}`), service_id: id, code, ...(name ? { name } : {}) };
  });
  const costOptions = costOptionsOf(set, service, id);
  const attendingType = attendingTypeOf(service);
  const schedules = getEntities(set, 'schedule', service.schedules).map((s) => toOrukSchedule(s, { serviceId: id, ...(attendingType ? { attendingType } : {}) }));
  const places = servicesAtLocations(set, service, id, attendingType);
  const attributes = getEntities(set, 'taxonomyTerm', service.categories).map((term) => {
    const taxonomyTerm = toOrukTaxonomyTerm(set, term);
    return { id: orukId('attribute', `${service.id}/${term.id}`), link_id: id, link_type: 'service', link_entity: 'service', taxonomy_term_id: taxonomyTerm.id, taxonomy_term: taxonomyTerm } as const;
  });
  const interpretation = [service.bsl ? 'British Sign Language available' : '', service.interpreterOnRequest ? 'Interpreter on request' : ''].filter(Boolean).join('. ');
  const application = service.needsReferral === true ? ['Needs a referral', service.referralNote].filter(Boolean).join(': ') : service.needsReferral === false ? 'Families can go or ask directly' : service.referralNote;
  // Schedules of the venues are listed on the service too: the UK profile reads them there (with
  // their `service_at_location_id`), HSDS 3.0 readers under each venue.
  const allSchedules = [...schedules, ...places.flatMap((p) => p.schedules ?? [])];
  return {
    id,
    name: service.name,
    status: STATUS[service.status],
    ...(description ? { description } : {}),
    ...(url ? { url } : {}),
    ...(mail ? { email: mail } : {}),
    ...(organisation ? { organization_id: orukId('organisation', organisation.id) } : {}),
    ...(service.minimumAge !== undefined ? { minimum_age: service.minimumAge } : {}),
    ...(service.maximumAge !== undefined ? { maximum_age: service.maximumAge } : {}),
    assured_date: service.lastChecked,
    ...(service.statusNote ? { alert: service.statusNote } : {}),
    ...(lastModified(service.updatedAt) ? { last_modified: lastModified(service.updatedAt) } : {}),
    ...(application ? { application_process: application } : {}),
    ...(interpretation ? { interpretation_services: interpretation } : {}),
    ...(costOptions.length === 0 && service.isFree === true ? { fees_description: 'Free' } : {}),
    ...(organisation ? { organization: toOrukOrganization(organisation) } : {}),
    ...(phones.length ? { phones } : {}),
    ...(contacts.length ? { contacts } : {}),
    ...(languages.length ? { languages } : {}),
    ...(costOptions.length ? { cost_options: costOptions } : {}),
    ...(allSchedules.length ? { schedules: allSchedules } : {}),
    ...(places.length ? { service_at_locations: places } : {}),
    ...(attributes.length ? { attributes } : {}),
  };
}

/** `updatedAt` as an ISO date-time with milliseconds (as ORUK asks), or nothing when it is not a date. */
function lastModified(updatedAt: string | undefined): string | undefined {
  const time = updatedAt ? Date.parse(updatedAt) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The summary families see in results, then the full description when there is one. */
function describe(service: Service): string {
  const full = richTextToPlainText(service.description).trim();
  const summary = service.summary.trim();
  return full && !full.startsWith(summary) ? `${summary}\n\n${full}` : full || summary;
}

/** The organisation; ORUK requires a description, so one without repeats its name. */
export function toOrukOrganization(organisation: Organisation): OrukOrganization {
  const website = webUrl(organisation.url);
  const mail = email(organisation.email);
  return {
    id: orukId('organisation', organisation.id),
    name: organisation.name,
    description: organisation.description?.trim() || organisation.name,
    ...(mail ? { email: mail } : {}),
    ...(website ? { website } : {}),
  };
}

/**
 * Costs. ORUK readers take "no cost options" to mean free, so a service marked as not free but
 * with no price gets one cost option saying so, rather than passing for free.
 */
function costOptionsOf(set: ContentSet, service: Service, serviceId: string): OrukCostOption[] {
  const options = getEntities(set, 'costOption', service.costOptions).map((cost: CostOption) => ({
    id: orukId('costOption', `${service.id}/${cost.id}`),
    service_id: serviceId,
    option: cost.option,
    ...(cost.amount !== undefined ? { currency: 'GBP' as const, amount: cost.amount } : {}),
    ...(cost.amountDescription ? { amount_description: cost.amountDescription } : {}),
  }));
  if (options.length || service.isFree !== false) return options;
  return [{ id: orukId('costOption', `${service.id}/not-free`), service_id: serviceId, option: 'There is a cost', amount_description: 'Ask the service how much it costs' }];
}

const DELIVERY_WORDS: Readonly<Record<DeliveryMode, string>> = { inPerson: 'in person', online: 'online', telephone: 'by telephone' };

/** How families attend, in words ORUK readers match ("In person, online"), or nothing when the editor did not say. */
function attendingTypeOf(service: Service): string | undefined {
  const words = (service.deliveryModes ?? []).map((mode) => DELIVERY_WORDS[mode]).join(', ');
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : undefined;
}

function servicesAtLocations(set: ContentSet, service: Service, serviceId: string, attendingType: string | undefined): OrukServiceAtLocation[] {
  return getEntities(set, 'serviceAtLocation', service.locations).flatMap((place) => {
    const location = getEntity(set, 'location', place.location);
    // A venue the set does not have (unpublished, invalid) cannot be described; the rest of the service still is.
    if (!location) return [];
    const id = orukId('serviceAtLocation', place.id);
    const schedules = getEntities(set, 'schedule', place.schedules).map((s) => toOrukSchedule(s, { serviceId, serviceAtLocationId: id, ...(attendingType ? { attendingType } : {}) }));
    const oruk = toOrukLocation(location);
    return [{ id, service_id: serviceId, location_id: oruk.id, ...(place.description ? { description: place.description } : {}), location: oruk, ...(schedules.length ? { schedules } : {}) }];
  });
}

/** The English name of an ISO 639-1 code (`pl` → `Polish`), where the runtime knows it. */
function languageName(code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
