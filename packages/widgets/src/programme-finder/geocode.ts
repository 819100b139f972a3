/**
 * A postcode to a point, through a postcodes.io-compatible geocoder (`{geocoder}/postcodes/{pc}`):
 * the council's own or postcodes.io. Only the postcode is sent; it is not kept.
 */
import type { GeoPoint } from '@family-hubs/content';

/** Why a postcode could not be placed. */
export type GeocodeFailure = 'not-found' | 'unavailable';

/** The point of `postcode`, or why not. */
export async function geocodePostcode(geocoder: string, postcode: string, signal?: AbortSignal): Promise<GeoPoint | GeocodeFailure> {
  const base = geocoder.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${base}/postcodes/${encodeURIComponent(postcode.replace(/\s+/g, ''))}`, { signal: signal ?? null, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    return 'unavailable';
  }
  if (response.status === 404) return 'not-found';
  if (!response.ok) return 'unavailable';
  try {
    const body = (await response.json()) as { result?: { latitude?: unknown; longitude?: unknown } };
    const { latitude, longitude } = body.result ?? {};
    return typeof latitude === 'number' && typeof longitude === 'number' ? { lat: latitude, lon: longitude } : 'not-found';
  } catch {
    return 'unavailable';
  }
}
