/**
 * The HSDS-UK 3.0 records this export writes: the fields it fills, with HSDS 3.0 names. Optional
 * fields are left out when empty, never `null` (ORUK 3.0 asks feeds to omit them). Where the UK
 * profile is narrower than HSDS 3.0 (a language with no `name` or `code`, a contact with no
 * phones, a service with no `phones`), the HSDS 3.0 fields are written too: ORUK readers ignore
 * what they do not know, and HSDS readers need them.
 */

/** `GET /`: which standard the feed speaks. */
export interface OrukApiDetails {
  readonly version: 'HSDS-UK-3.0';
  readonly profile: string;
  readonly openapi_url: string;
}

/** The ORUK paging envelope around `contents`. */
export interface OrukPage<T> {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: readonly T[];
}

/** A taxonomy (`taxonomy_detail` of a term). */
export interface OrukTaxonomy {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly uri?: string;
}

/** A taxonomy term. */
export interface OrukTaxonomyTerm {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly code?: string;
  readonly parent_id?: string;
  /** The taxonomy's name, as the UK profile reads it. */
  readonly taxonomy?: string;
  readonly taxonomy_id?: string;
  readonly taxonomy_detail?: OrukTaxonomy;
  readonly term?: string;
}

/** Links a service to a taxonomy term. */
export interface OrukAttribute {
  readonly id: string;
  readonly link_id: string;
  readonly link_type: 'service';
  readonly link_entity: 'service';
  readonly taxonomy_term_id: string;
  readonly taxonomy_term: OrukTaxonomyTerm;
}

/** An organisation. */
export interface OrukOrganization {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly email?: string;
  readonly website?: string;
}

/** A phone number. */
export interface OrukPhone {
  readonly id: string;
  readonly number: string;
  readonly service_id?: string;
  readonly contact_id?: string;
  readonly description?: string;
}

/** A contact. */
export interface OrukContact {
  readonly id: string;
  readonly service_id: string;
  readonly name?: string;
  readonly email?: string;
  readonly phones?: readonly OrukPhone[];
}

/** A language the service is delivered in. */
export interface OrukLanguage {
  readonly id: string;
  readonly service_id: string;
  /** ISO 639-1. */
  readonly code: string;
  readonly name?: string;
}

/** A price. */
export interface OrukCostOption {
  readonly id: string;
  readonly service_id: string;
  readonly option?: string;
  readonly currency?: 'GBP';
  readonly amount?: number;
  readonly amount_description?: string;
}

/** A repeating time (an RFC 5545 RRULE subset). */
export interface OrukSchedule {
  readonly id: string;
  readonly service_id?: string;
  readonly service_at_location_id?: string;
  readonly freq?: 'WEEKLY' | 'MONTHLY';
  readonly interval?: number;
  /** Comma-separated day codes, e.g. `TU` or `2MO,-1FR`. */
  readonly byday?: string;
  readonly bymonthday?: string;
  readonly opens_at?: string;
  readonly closes_at?: string;
  readonly valid_from?: string;
  readonly valid_to?: string;
  readonly dtstart?: string;
  readonly timezone?: string;
  readonly description?: string;
  readonly attending_type?: string;
}

/** A postal address. */
export interface OrukAddress {
  readonly id: string;
  readonly location_id: string;
  readonly address_1: string;
  readonly address_2?: string;
  readonly city: string;
  readonly state_province: string;
  readonly postal_code: string;
  readonly country: 'GB';
  readonly address_type: 'physical';
}

/** An accessibility feature of a venue. */
export interface OrukAccessibility {
  readonly id: string;
  readonly location_id: string;
  readonly description: string;
  readonly details?: string;
}

/** A venue. */
export interface OrukLocation {
  readonly id: string;
  readonly location_type: 'physical';
  readonly name?: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly addresses?: readonly OrukAddress[];
  readonly accessibility?: readonly OrukAccessibility[];
}

/** A service at one venue. */
export interface OrukServiceAtLocation {
  readonly id: string;
  readonly service_id: string;
  readonly location_id: string;
  readonly description?: string;
  readonly location: OrukLocation;
  readonly schedules?: readonly OrukSchedule[];
}

/** A fully nested service (`GET /services/{id}`). */
export interface OrukService {
  readonly id: string;
  readonly name: string;
  readonly status: 'active' | 'inactive' | 'temporarily closed';
  readonly description?: string;
  readonly url?: string;
  readonly email?: string;
  readonly organization_id?: string;
  readonly minimum_age?: number;
  readonly maximum_age?: number;
  readonly assured_date?: string;
  readonly alert?: string;
  readonly last_modified?: string;
  readonly application_process?: string;
  readonly interpretation_services?: string;
  readonly fees_description?: string;
  readonly organization?: OrukOrganization;
  readonly phones?: readonly OrukPhone[];
  readonly contacts?: readonly OrukContact[];
  readonly languages?: readonly OrukLanguage[];
  readonly cost_options?: readonly OrukCostOption[];
  readonly schedules?: readonly OrukSchedule[];
  readonly service_at_locations?: readonly OrukServiceAtLocation[];
  readonly attributes?: readonly OrukAttribute[];
}
