/**
 * `@family-hubs/content/oruk-export`: publishes the service directory as an Open Referral UK 3.0
 * (HSDS-UK-3.0) feed. Pure functions from a content set to the feed's JSON documents; the CLI
 * writes them as static files (`family-hubs oruk`) and the demo server serves them at `/oruk/`: `/`, `/services`,
 * `/services/{id}`, `/service_at_locations`, `/taxonomy_terms` and `/taxonomies`.
 * Sensitive venues are masked as in the widgets: postcode area only, position to 2 decimals.
 * @module
 */
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, ORUK_OPENAPI_URL, ORUK_PROFILE_URL, ORUK_VERSION, ORUK_EXPORT_REGISTRY, exportOrukFeed, exportOrukServices, exportOrukTaxonomies, exportOrukTaxonomyTerms, filterOrukServices, filterOrukTaxonomyTerms, orukApiDetails, orukExportQuery, orukPage, pageCount, type OrukExport, type OrukFeed, type OrukServiceFilter, type OrukTermFilter } from './feed.js';
export { toOrukService, toOrukOrganization } from './map-service.js';
export { ACCESSIBILITY_DESCRIPTIONS, WITHHELD_ADDRESS, blurCoordinate, toOrukLocation } from './map-location.js';
export { toOrukSchedule, type ScheduleOwner } from './map-schedule.js';
export { LOCAL_VOCABULARY, toOrukTaxonomy, toOrukTaxonomyTerm } from './map-taxonomy.js';
export { distanceMetres, exportOrukServiceAtLocations, nearOrukServiceAtLocations, type OrukPoint, type OrukServiceAtLocationItem, type OrukServiceSummary } from './service-at-locations.js';
export { ORUK_ID_NAMESPACE, orukId, uuidV5 } from './stable-id.js';
export type * from './types.js';
