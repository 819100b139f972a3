/**
 * Search filters and ordering over rendered (single-locale) documents. Arrays match when any
 * element matches, as in Contentful: `fields.tags=x` finds entries whose tags contain x, and
 * `fields.links.sys.id=y` finds entries with a link to y anywhere in the array.
 */
import type { Filter, OrderTerm } from './query.js';

/** Every value at `path`, stepping through arrays on the way and flattening the last one. */
export function valuesAt(doc: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [doc];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const value of current) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item === 'object' && item !== null && segment in item) {
          next.push((item as Record<string, unknown>)[segment]);
        }
      }
    }
    current = next;
  }
  return current.flatMap((value): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value])).filter((value) => value != null);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Compares a stored value with a query-string value in the stored value's own type. */
function compareWithQuery(value: unknown, query: string): number | undefined {
  if (typeof value === 'number') {
    const number = Number(query);
    return Number.isNaN(number) ? undefined : value - number;
  }
  if (typeof value === 'boolean') return value === (query === 'true') ? 0 : value ? 1 : -1;
  if (typeof value !== 'string') return undefined;
  if (ISO_DATE.test(value) && ISO_DATE.test(query)) {
    const difference = Date.parse(value) - Date.parse(query);
    if (!Number.isNaN(difference)) return difference;
  }
  return value < query ? -1 : value > query ? 1 : 0;
}

function equalsQuery(value: unknown, query: string): boolean {
  return compareWithQuery(value, query) === 0;
}

export function matchesFilter(doc: unknown, filter: Filter): boolean {
  const values = valuesAt(doc, filter.path);
  const list = (): string[] => filter.value.split(',');
  switch (filter.operator) {
    case 'eq':
      return values.some((value) => equalsQuery(value, filter.value));
    case 'ne':
      return !values.some((value) => equalsQuery(value, filter.value));
    case 'in':
      return list().some((query) => values.some((value) => equalsQuery(value, query)));
    case 'nin':
      return !list().some((query) => values.some((value) => equalsQuery(value, query)));
    case 'all':
      return list().every((query) => values.some((value) => equalsQuery(value, query)));
    case 'exists':
      return (values.length > 0) === (filter.value === 'true');
    case 'match':
      return values.some((value) => containsText(value, filter.value));
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return values.some((value) => {
        const difference = compareWithQuery(value, filter.value);
        if (difference === undefined) return false;
        if (filter.operator === 'lt') return difference < 0;
        if (filter.operator === 'lte') return difference <= 0;
        if (filter.operator === 'gt') return difference > 0;
        return difference >= 0;
      });
  }
}

export function matchesAll(doc: unknown, filters: readonly Filter[]): boolean {
  return filters.every((filter) => matchesFilter(doc, filter));
}

/** Case-insensitive substring search through every string in `value` (the `query` parameter). */
export function containsText(value: unknown, text: string): boolean {
  const needle = text.toLowerCase();
  const search = (node: unknown): boolean => {
    if (typeof node === 'string') return node.toLowerCase().includes(needle);
    if (Array.isArray(node)) return node.some(search);
    if (typeof node === 'object' && node !== null) return Object.values(node).some(search);
    return false;
  };
  return search(value);
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * A comparator for `order`. Documents without a value sort last in both directions, so a
 * missing field never pushes real content off the first page. Ties keep export order
 * (Array.prototype.sort is stable), which keeps skip/limit paging deterministic.
 */
export function comparator(order: readonly OrderTerm[]): (a: unknown, b: unknown) => number {
  return (a, b) => {
    for (const term of order) {
      const left = valuesAt(a, term.path)[0];
      const right = valuesAt(b, term.path)[0];
      if (left === undefined && right === undefined) continue;
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      const difference = compareValues(left, right);
      if (difference !== 0) return term.descending ? -difference : difference;
    }
    return 0;
  };
}
