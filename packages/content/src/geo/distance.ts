/** Distances and coordinate rounding for the service search. */
import type { GeoPoint } from '../model/definition/index.js';

/** Mean radius of the Earth in miles (IUGG), which is what "miles away" means to a family. */
const EARTH_RADIUS_MILES = 3958.7613;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points in miles (haversine). Raw miles: round for display
 * (one decimal, "1.3 miles") where it is shown, not here, so sorting and radius checks stay exact.
 */
export function distanceMiles(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A position rounded to `decimals` places (default 2, about 1 km), for sensitive venues such as
 * refuges whose exact place must never reach a page.
 */
export function roundPosition(position: GeoPoint, decimals = 2): GeoPoint {
  const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const factor = 10 ** places;
  return { lat: Math.round(position.lat * factor) / factor, lon: Math.round(position.lon * factor) / factor };
}
