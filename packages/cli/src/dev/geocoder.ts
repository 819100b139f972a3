/**
 * A geocoder for the demo: answers postcode look-ups from the locations in the served space, in
 * the shape of postcodes.io (`{status, result: {postcode, outcode, latitude, longitude}}`), so the
 * service search can be tried offline. Full postcodes and outcodes (area centre) are known.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UK_POSTCODE } from '@family-hubs/content';
import type { SpaceExport } from '../cms-server/index.js';

interface Point {
  latitude: number;
  longitude: number;
}

/** Normalises `ns14ab` → `NS1 4AB`. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Builds the look-up table from every location with a postcode and map position. */
export function postcodeTable(space: SpaceExport, locale = 'en-GB'): { postcodes: Map<string, Point>; outcodes: Map<string, Point> } {
  const postcodes = new Map<string, Point>();
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const entry of space.entries) {
    if (entry.sys.contentType.sys.id !== 'location') continue;
    const postcode = entry.fields['postcode']?.[locale];
    const position = entry.fields['position']?.[locale] as { lat?: number; lon?: number } | undefined;
    if (typeof postcode !== 'string' || typeof position?.lat !== 'number' || typeof position.lon !== 'number') continue;
    const key = normalisePostcode(postcode);
    postcodes.set(key, { latitude: position.lat, longitude: position.lon });
    const outcode = key.split(' ')[0]!;
    const sum = sums.get(outcode) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(outcode, { lat: sum.lat + position.lat, lon: sum.lon + position.lon, n: sum.n + 1 });
  }
  const outcodes = new Map([...sums].map(([code, s]) => [code, { latitude: s.lat / s.n, longitude: s.lon / s.n }]));
  return { postcodes, outcodes };
}

/** Handles `GET /api/postcodes/{postcode}`; returns false for other paths. */
export function handleGeocode(req: IncomingMessage, res: ServerResponse, table: ReturnType<typeof postcodeTable>): boolean {
  const match = /^\/api\/postcodes\/([^/?]+)/.exec(req.url ?? '');
  if (!match) return false;
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  let query: string;
  try {
    query = normalisePostcode(decodeURIComponent(match[1]!));
  } catch {
    // A malformed % escape is the caller's mistake: 400 like any other bad postcode, not a 500.
    return send(400, { status: 400, error: 'Invalid postcode' }), true;
  }
  const isOutcode = !query.includes(' ') && /^[A-Z]{1,2}\d[A-Z\d]?$/.test(query);
  if (!isOutcode && !UK_POSTCODE.test(query)) return send(400, { status: 400, error: 'Invalid postcode' }), true;
  const point = isOutcode ? table.outcodes.get(query) : (table.postcodes.get(query) ?? table.outcodes.get(query.split(' ')[0]!));
  if (!point) return send(404, { status: 404, error: 'Postcode not found' }), true;
  send(200, { status: 200, result: { postcode: query, outcode: query.split(' ')[0], ...point } });
  return true;
}
