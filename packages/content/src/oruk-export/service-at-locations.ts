/**
 * `GET /service_at_locations` (optional in ORUK 3.0, and the only endpoint that takes `postcode`
 * and `proximity`): one item per service at a venue, with the venue and the service's one-to-one
 * fields, so a reader can search by distance in one request.
 */
import { distanceMiles } from '../geo/distance.js';
import type { OrukService, OrukServiceAtLocation } from './types.js';

/** The service as a `/service_at_locations` item carries it: its one-to-one fields and organisation, no nested lists. */
export type OrukServiceSummary = Omit<OrukService, 'phones' | 'contacts' | 'languages' | 'cost_options' | 'schedules' | 'service_at_locations' | 'attributes'>;

/** One item of `GET /service_at_locations`. */
export interface OrukServiceAtLocationItem extends OrukServiceAtLocation {
  readonly service: OrukServiceSummary;
}

/** A point, in degrees (WGS84). */
export interface OrukPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** Every venue of every service, in the services' order. Venues' positions are already masked for sensitive venues. */
export function exportOrukServiceAtLocations(services: readonly OrukService[]): OrukServiceAtLocationItem[] {
  return services.flatMap((service) => {
    const { phones: _p, contacts: _c, languages: _l, cost_options: _co, schedules: _s, service_at_locations: places, attributes: _a, ...summary } = service;
    return (places ?? []).map((place) => ({ ...place, service: summary }));
  });
}

const METRES_PER_MILE = 1609.344;

/** The great-circle distance between two points, in metres (geo's haversine, in ORUK's unit). */
export function distanceMetres(a: OrukPoint, b: OrukPoint): number {
  return distanceMiles({ lat: a.latitude, lon: a.longitude }, { lat: b.latitude, lon: b.longitude }) * METRES_PER_MILE;
}

/** The items whose venue is within `metres` of `origin`, nearest first; venues with no position are left out. */
export function nearOrukServiceAtLocations(items: readonly OrukServiceAtLocationItem[], origin: OrukPoint, metres: number): OrukServiceAtLocationItem[] {
  return items
    .flatMap((item) => {
      const { latitude, longitude } = item.location;
      if (latitude === undefined || longitude === undefined) return [];
      const distance = distanceMetres(origin, { latitude, longitude });
      return distance <= metres ? [{ item, distance }] : [];
    })
    .sort((a, b) => a.distance - b.distance)
    .map(({ item }) => item);
}
