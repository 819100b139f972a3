/**
 * A structural check of a space export before the server serves it. The server reads `sys.id`,
 * an entry's content type and the `{field: {locale: value}}` maps directly, so a `null` file or
 * a `{}` entry would otherwise surface as a 500 on some later request, far from its cause.
 * Field values are not checked: validating content is the SDK's job, entry by entry.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value: unknown): boolean => isObject(value) && typeof value['id'] === 'string' && value['id'] !== '';

/** The `{field: {locale: value}}` maps of an entry or asset; undefined values are allowed (assets omit them). */
function fieldsProblem(fields: unknown): string | undefined {
  if (fields === undefined) return undefined;
  if (!isObject(fields)) return 'its fields are not an object';
  for (const [id, byLocale] of Object.entries(fields)) {
    if (byLocale !== undefined && !isObject(byLocale)) return `its field "${id}" is not a {locale: value} object`;
  }
  return undefined;
}

function entityProblem(value: unknown, kind: 'entry' | 'asset'): string | undefined {
  if (!isObject(value)) return `it is ${value === null ? 'null' : typeof value}, not an ${kind}`;
  if (!hasId(value['sys'])) return 'it has no sys.id';
  if (kind === 'entry') {
    const contentType = (value['sys'] as Json)['contentType'];
    if (!isObject(contentType) || !hasId(contentType['sys'])) return 'it has no sys.contentType.sys.id';
  }
  return fieldsProblem(value['fields']);
}

function contentTypeProblem(value: unknown): string | undefined {
  if (!isObject(value) || !hasId(value['sys'])) return 'it has no sys.id';
  const fields = value['fields'];
  if (!Array.isArray(fields) || !fields.every((field) => isObject(field) && typeof field['id'] === 'string')) return 'its fields are not a list of fields with ids';
  return undefined;
}

function localeProblem(value: unknown): string | undefined {
  return isObject(value) && typeof value['code'] === 'string' && value['code'] !== '' ? undefined : 'it has no code';
}

/**
 * What is structurally wrong with `value` as a space export, e.g. `entries[3]: it has no sys.id`,
 * or undefined when the server can serve it.
 */
export function spaceExportProblem(value: unknown): string | undefined {
  if (!isObject(value)) return `it is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}, not a space export (an object with entries, contentTypes and locales)`;
  for (const key of ['entries', 'contentTypes', 'locales'] as const) {
    if (!Array.isArray(value[key])) return `it has no "${key}" list (a space export has entries, contentTypes and locales)`;
  }
  if (value['assets'] !== undefined && !Array.isArray(value['assets'])) return 'its "assets" is not a list';
  if ((value['locales'] as unknown[]).length === 0) return 'it has no locales';
  const lists: readonly [string, (item: unknown) => string | undefined][] = [
    ['locales', localeProblem],
    ['contentTypes', contentTypeProblem],
    ['entries', (item) => entityProblem(item, 'entry')],
    ['assets', (item) => entityProblem(item, 'asset')],
  ];
  for (const [key, problemOf] of lists) {
    const items = (value[key] ?? []) as unknown[];
    for (const [index, item] of items.entries()) {
      const problem = problemOf(item);
      if (problem) return `${key}[${index}]: ${problem}`;
    }
  }
  return undefined;
}
