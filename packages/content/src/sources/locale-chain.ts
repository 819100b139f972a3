/**
 * Locale chains: Contentful (and content packs) fall back per field along a chain such as
 * `pl → en-GB`. Used to flatten all-locale entries (sync, `locale=*`) to one locale.
 */
import type { LocaleInfo } from './locales.js';

/** The locales a value is looked up in, in order, for `locale`; cycles are cut. */
export function fallbackChain(locale: string, locales: readonly LocaleInfo[]): string[] {
  const byCode = new Map(locales.map((l) => [l.code, l]));
  const chain: string[] = [];
  for (let code: string | null | undefined = locale; code && !chain.includes(code); code = byCode.get(code)?.fallbackCode) {
    chain.push(code);
  }
  return chain;
}

/**
 * Flattens `{field: {locale: value}}` to `{field: value}` for `chain`. `fieldLocales` names the
 * locale of each value that came from further down the chain (a family reading Polish sees that
 * field in English, and a screen reader must be told so).
 */
export function flattenFields(
  fields: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>,
  chain: readonly string[],
): { fields: Record<string, unknown>; fieldLocales: Record<string, string> } {
  const out: Record<string, unknown> = {};
  const fieldLocales: Record<string, string> = {};
  for (const [id, values] of Object.entries(fields)) {
    if (!values) continue;
    const index = chain.findIndex((code) => Object.hasOwn(values, code) && values[code] !== null && values[code] !== undefined);
    if (index === -1) continue;
    out[id] = values[chain[index]!];
    if (index > 0) fieldLocales[id] = chain[index]!;
  }
  return { fields: out, fieldLocales };
}
