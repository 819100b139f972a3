/**
 * Locale resolution the way the Delivery API does it: a single-locale request gets each field
 * from the requested locale, else along the locale's `fallbackCode` chain. The chain does not
 * end in the default locale unless the space configures it to, exactly as in Contentful.
 */
import { badRequest } from './errors.js';
import type { ContentfulContentType, ExportLocale, LocalizedFields } from './export-types.js';

/** `'*'` keeps every locale; a code flattens fields to that locale. */
export type LocaleRequest = { all: true } | { all: false; code: string };

export class LocaleTable {
  readonly defaultCode: string;
  private readonly fallback = new Map<string, string | null>();

  constructor(locales: readonly ExportLocale[]) {
    for (const locale of locales) this.fallback.set(locale.code, locale.fallbackCode ?? null);
    const defaultLocale = locales.find((locale) => locale.default) ?? locales[0];
    if (!defaultLocale) throw new Error('The space export has no locales');
    this.defaultCode = defaultLocale.code;
  }

  has(code: string): boolean {
    return this.fallback.has(code);
  }

  /** The requested locale followed by its fallbacks; guarded against cycles in bad exports. */
  chain(code: string): string[] {
    const chain: string[] = [];
    let current: string | null | undefined = code;
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = this.fallback.get(current);
    }
    return chain;
  }

  /** Parses the `locale` query parameter; Contentful answers an unknown code with BadRequest. */
  parse(value: string | undefined): LocaleRequest {
    if (value === undefined || value === '') return { all: false, code: this.defaultCode };
    if (value === '*') return { all: true };
    if (!this.has(value)) throw badRequest(`Unknown locale: ${value}`);
    return { all: false, code: value };
  }
}

/**
 * Flattens `{field: {locale: value}}` to `{field: value}` for one locale.
 * Non-localized fields only hold a value under the default locale, so they are read from there
 * whatever locale was asked for; a field with no value anywhere on the chain is left out.
 */
export function localizeFields(
  fields: LocalizedFields,
  code: string,
  table: LocaleTable,
  contentType: ContentfulContentType | undefined,
): Record<string, unknown> {
  const localized: Record<string, unknown> = {};
  const chain = table.chain(code);
  for (const [fieldId, byLocale] of Object.entries(fields)) {
    const definition = contentType?.fields.find((field) => field.id === fieldId);
    const codes = definition && definition.localized === false ? [table.defaultCode] : chain;
    for (const candidate of codes) {
      if (byLocale[candidate] !== undefined) {
        localized[fieldId] = byLocale[candidate];
        break;
      }
    }
  }
  return localized;
}
