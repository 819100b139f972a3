/**
 * A geocoder for the demo: answers postcode look-ups from the locations in the served space, in
 * the shape of postcodes.io (`{status, result: {postcode, outcode, latitude, longitude}}`), so the
 * service search can be tried offline. Full postcodes and outcodes (area centre) are known, at
 * `/api/postcodes/{postcode}` and `/api/outcodes/{outcode}`. Postcodes are read with the SDK's
 * `parsePostcode`, the same parser the widgets use.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePostcode } from '@family-hubs/content';
import type { SpaceExport } from '../cms-server/index.js';

interface Point {
  latitude: number;
  longitude: number;
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
    const parsed = parsePostcode(postcode);
    // A location whose postcode cannot be read is still a venue; it just cannot be looked up.
    if (!parsed.ok) continue;
    postcodes.set(parsed.postcode, { latitude: position.lat, longitude: position.lon });
    const outcode = parsed.outcode;
    const sum = sums.get(outcode) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(outcode, { lat: sum.lat + position.lat, lon: sum.lon + position.lon, n: sum.n + 1 });
  }
  const outcodes = new Map([...sums].map(([code, s]) => [code, { latitude: s.lat / s.n, longitude: s.lon / s.n }]));
  return { postcodes, outcodes };
}

/** Where a postcode (or a postcode area) is, by the table: what the demo's ORUK feed measures `proximity` from. */
export function locatePostcode(table: ReturnType<typeof postcodeTable>, postcode: string): Point | undefined {
  const parsed = parsePostcode(postcode, { allowOutcode: true });
  if (!parsed.ok) return undefined;
  return table.postcodes.get(parsed.postcode) ?? table.outcodes.get(parsed.outcode);
}

/** Handles `GET /api/postcodes/{postcode}` and `GET /api/outcodes/{outcode}`; returns false for other paths. */
export function handleGeocode(req: IncomingMessage, res: ServerResponse, table: ReturnType<typeof postcodeTable>): boolean {
  const match = /^\/api\/(postcodes|outcodes)\/([^/?]+)/.exec(req.url ?? '');
  if (!match) return false;
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  let input: string;
  try {
    input = decodeURIComponent(match[2]!);
  } catch {
    // A malformed % escape is the caller's mistake: 400 like any other bad postcode, not a 500.
    return send(400, { status: 400, error: 'Invalid postcode' }), true;
  }
  // As postcodes.io: /postcodes takes full postcodes (and, here, outcodes too), /outcodes only outcodes.
  const parsed = parsePostcode(input, { allowOutcode: true });
  if (!parsed.ok || (match[1] === 'outcodes' && parsed.kind !== 'outcode')) return send(400, { status: 400, error: match[1] === 'outcodes' ? 'Invalid outcode' : 'Invalid postcode' }), true;
  const point = parsed.kind === 'outcode' ? table.outcodes.get(parsed.outcode) : (table.postcodes.get(parsed.postcode) ?? table.outcodes.get(parsed.outcode));
  if (!point) return send(404, { status: 404, error: 'Postcode not found' }), true;
  send(200, { status: 200, result: { postcode: parsed.postcode, outcode: parsed.outcode, ...point } });
  return true;
}
