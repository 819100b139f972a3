/**
 * The `@lit/localize` runtime (message lookup by id, locale switching), loaded by
 * `localization.ts` only when a widget needs a locale other than the source locale: on an
 * English page `msg()` returns the source templates by itself, so the runtime, its id hashing
 * and the locale loaders stay out of the code every widget loads up front.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

/** What `localization.ts` needs of the runtime. */
export interface LocaleRuntime {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

type TargetLocale = (typeof targetLocales)[number];

// A static map: each import() is visible to bundlers (one lazy chunk per locale) and to the dev server.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  pl: () => import('../locales/pl.js'),
};

// `configureLocalization` throws when called twice against one copy of @lit/localize, which
// happens when two copies of the widgets share it. Runtimes are remembered per copy of
// @lit/localize (its configure function identifies it), for the life of the page only.
const RUNTIMES = Symbol.for('family-hubs.widgets.localization');
type RuntimeRegistry = WeakMap<object, LocaleRuntime | null>;

/** This copy of @lit/localize's runtime, configured once per page; undefined when another script configured it first. */
export function localeRuntime(): LocaleRuntime | undefined {
  const global = globalThis as { [RUNTIMES]?: RuntimeRegistry };
  const registry = (global[RUNTIMES] ??= new WeakMap());
  if (!registry.has(configureLocalization)) {
    try {
      registry.set(
        configureLocalization,
        configureLocalization({
          sourceLocale,
          targetLocales,
          loadLocale: (locale) => loaders[locale as TargetLocale](),
        }),
      );
    } catch {
      console.warn('Family Hubs widgets: another script on this page has set up @lit/localize, so the widgets are shown in English.');
      registry.set(configureLocalization, null);
    }
  }
  return registry.get(configureLocalization) ?? undefined;
}
