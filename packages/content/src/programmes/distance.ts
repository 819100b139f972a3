/**
 * Distance between two points, for "nearest first". A private helper: the SDK's `geo/` module is
 * not on this branch yet, and this is the same great-circle (haversine) formula on a sphere the
 * size of the Earth, which is well within a tenth of a mile at the scale of a council area.
 */
import type { GeoPoint } from '../model/definition/index.js';

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance in miles. */
export function haversineMiles(a: GeoPoint, b: GeoPoint): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
