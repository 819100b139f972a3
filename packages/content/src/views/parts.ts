/**
 * Pieces every view shares, so each rule exists once: the languages of fallback text, a service
 * or Family Hub as a link target, and the sensitive-venue rule (a refuge's street address never
 * leaves the SDK; families see the postcode area only).
 */
import { getEntity, type ContentSet } from '../content-set.js';
import type { FamilyHub, Location, Service } from '../model/index.js';

/**
 * Translated fields shown in a fallback locale: field id → the locale the text is really in.
 * Empty when everything is in the page's language. Widgets put these on `lang` attributes.
 */
export type FieldLanguages = Readonly<Record<string, string>>;

const NO_LANGUAGES: FieldLanguages = Object.freeze({});

/** The fallback languages of entity `id`'s fields in `set`. */
export function fieldLanguages(set: ContentSet, id: string): FieldLanguages {
  const languages = set.fieldLocales;
  return languages && Object.hasOwn(languages, id) ? languages[id]! : NO_LANGUAGES;
}

/** A service as something to link to, with what a family needs to reach it. */
export interface ServiceLink {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly status: Service['status'];
  readonly statusNote?: string;
  readonly url?: string;
  readonly phone?: string;
  readonly email?: string;
}

/** A Family Hub as something to link to. Sensitive venues never carry a street address. */
export interface HubLink {
  readonly id: string;
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  /** One line: street address and postcode, or the postcode area only for sensitive venues. */
  readonly address?: string;
}

/** `NS1 4AB` → `NS1`: the part of a postcode that names an area, not a street. */
export function postcodeArea(postcode: string): string {
  const compact = postcode.trim().toUpperCase().replace(/\s+/g, '');
  // The inward code is always the last three characters (digit, letter, letter).
  return compact.length > 3 ? compact.slice(0, -3) : compact;
}

/** A venue's address on one line; for a sensitive venue, its postcode area only. */
export function venueAddress(location: Location): string {
  if (location.hideExactAddress) return postcodeArea(location.postcode);
  return [location.addressLine1, location.addressLine2, location.townOrCity, location.postcode].filter(Boolean).join(', ');
}

/** A service as a link target. */
export function serviceLink(service: Service): ServiceLink {
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    status: service.status,
    ...(service.statusNote ? { statusNote: service.statusNote } : {}),
    ...(service.url ? { url: service.url } : {}),
    ...(service.phone ? { phone: service.phone } : {}),
    ...(service.email ? { email: service.email } : {}),
  };
}

/** A Family Hub as a link target, with its venue's address (masked for sensitive venues). */
export function hubLink(set: ContentSet, hub: FamilyHub): HubLink {
  const location = getEntity(set, 'location', hub.location);
  const address = location ? venueAddress(location) : undefined;
  return {
    id: hub.id,
    name: hub.name,
    ...(hub.phone ? { phone: hub.phone } : {}),
    ...(hub.email ? { email: hub.email } : {}),
    ...(hub.url ? { url: hub.url } : {}),
    ...(address ? { address } : {}),
  };
}

/** What every widget may need from the site settings. */
export interface SiteView {
  readonly councilName: string;
  /** What the council calls its hubs, e.g. "Best Start Family Hub"; widgets say "Family Hub", translated, when empty. */
  readonly hubName?: string;
  /** The plural, e.g. "Best Start Family Hubs". */
  readonly hubNamePlural?: string;
  readonly serviceSearchUrl?: string;
  readonly helpRequestUrl?: string;
  readonly contactPhone?: string;
  readonly contactEmail?: string;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** The site settings as widgets read them (the first entry, by id, when a space has several). */
export function siteView(set: ContentSet): SiteView | undefined {
  const table = set.entities.siteSettings;
  const id = table ? Object.keys(table).sort()[0] : undefined;
  const site = getEntity(set, 'siteSettings', id);
  if (!site) return undefined;
  return {
    councilName: site.councilName,
    ...(site.hubName ? { hubName: site.hubName } : {}),
    ...(site.hubNamePlural ? { hubNamePlural: site.hubNamePlural } : {}),
    ...(site.serviceSearchUrl ? { serviceSearchUrl: site.serviceSearchUrl } : {}),
    ...(site.helpRequestUrl ? { helpRequestUrl: site.helpRequestUrl } : {}),
    ...(site.contactPhone ? { contactPhone: site.contactPhone } : {}),
    ...(site.contactEmail ? { contactEmail: site.contactEmail } : {}),
    fieldLanguages: fieldLanguages(set, site.id),
  };
}
