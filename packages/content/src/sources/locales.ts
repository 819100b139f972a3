/**
 * A space's locales, and the one a page's language is read in. How values fall back along a
 * locale chain (`pl → en-GB`) is in `locale-chain.ts`: only the readers of entries need it.
 */

/** A locale and the one it falls back to. */
export interface LocaleInfo {
  readonly code: string;
  readonly name?: string;
  readonly default?: boolean;
  readonly fallbackCode: string | null;
}

/** Picks the closest locale the space has for a page language (`pl-PL` → `pl`, `en` → `en-GB`). */
export function matchLocale(wanted: string, locales: readonly LocaleInfo[]): string | undefined {
  const lower = wanted.toLowerCase();
  const exact = locales.find((l) => l.code.toLowerCase() === lower);
  if (exact) return exact.code;
  const language = lower.split('-')[0];
  return (
    locales.find((l) => l.code.toLowerCase() === language)?.code ??
    locales.find((l) => l.code.toLowerCase().split('-')[0] === language)?.code
  );
}
