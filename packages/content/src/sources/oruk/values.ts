/**
 * Tolerant reading of feed values. Live feeds pass the daily checks and still differ: camelCase
 * or snake_case names, integer ids, objects where strings belong (`{"value": "…"}`), numbers as
 * strings. These helpers accept what can be understood and give `undefined` for the rest.
 */

/** A JSON object. */
export type Json = Record<string, unknown>;

/** True for a plain JSON object. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `snake_case` to `camelCase`: `total_items` → `totalItems`. */
function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The first of `names` that `object` has a value for, in snake_case, camelCase or lower case. */
export function pick(object: unknown, ...names: string[]): unknown {
  if (!isObject(object)) return undefined;
  for (const name of names) {
    for (const spelling of [name, camel(name), name.replace(/_/g, '').toLowerCase()]) {
      if (Object.hasOwn(object, spelling) && object[spelling] !== null && object[spelling] !== undefined) return object[spelling];
    }
  }
  return undefined;
}

/** The list under the first of `names` (an absent or non-list value is empty). */
export function pickList(object: unknown, ...names: string[]): unknown[] {
  for (const name of names) {
    const value = pick(object, name);
    if (Array.isArray(value)) return value;
  }
  return [];
}

/** Keys a feed puts the text under when it sends an object for a string. */
const TEXT_KEYS = ['value', 'text', 'name', 'label', 'description', 'en'];

/** A trimmed, non-empty string from a string, number or object-valued string. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isObject(value)) {
    for (const key of TEXT_KEYS) {
      const inner = value[key];
      if (typeof inner === 'string' && inner.trim()) return inner.trim();
    }
  }
  return undefined;
}

/** An id from a string or an integer (some feeds number their records). */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value)) return idOf(value['id']);
  return undefined;
}

/** A finite number from a number or a numeric string. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(/^£/, ''));
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  if (!isObject(value)) return undefined;
  const inner = text(value);
  return inner === undefined ? undefined : num(inner);
}

/** A boolean from `true`/`false` or their spellings as text. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const t = text(value)?.toLowerCase();
  return t === 'true' || t === 'yes' ? true : t === 'false' || t === 'no' ? false : undefined;
}

/** Plain text from a description that may hold HTML or Markdown (tags removed, never parsed into a page). */
export function plainText(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const stripped = raw
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li|h[1-6])\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return stripped || undefined;
}

/** `value` cut to `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
