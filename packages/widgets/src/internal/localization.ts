/**
 * Localisation of the widgets' own wording with `@lit/localize` in runtime mode (its runtime is
 * loaded on demand, see `locale-runtime.ts`).
 *
 * A widget's locale comes from the nearest `lang` attribute (the element, its ancestors, across
 * shadow roots, up to `<html lang>`), normalised to a locale the widgets are translated into. The
 * same locale is asked of the content source, so wording and content match.
 *
 * `@lit/localize` keeps one active locale per page. When widgets on one page sit under different
 * languages, the wording follows the widget that connected or changed language last, while each
 * widget's content still follows its own `lang`.
 */
import { allLocales, sourceLocale } from '../locales/locale-codes.js';
import type { LocaleRuntime } from './locale-runtime.js';

/** A locale the widgets are translated into. */
export type WidgetLocale = (typeof allLocales)[number];

/** The locale the widgets are written in, used when the page's language is unknown or not supported. */
export const SOURCE_LOCALE: WidgetLocale = sourceLocale;

/** Every locale the widgets are translated into, the source locale included. */
export const WIDGET_LOCALES: readonly WidgetLocale[] = allLocales;

/**
 * Maps a language tag to a widget locale: `en`, `en-gb`, `en-US` → `en-GB`; `pl-PL` → `pl`;
 * anything unknown or empty → {@link SOURCE_LOCALE}.
 */
export function normaliseLocale(tag: string | null | undefined): WidgetLocale {
  const wanted = (tag ?? '').trim().toLowerCase().replaceAll('_', '-');
  if (wanted === '') return SOURCE_LOCALE;
  const exact = WIDGET_LOCALES.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return WIDGET_LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? SOURCE_LOCALE;
}

/**
 * The language tag that applies to `element`: the nearest non-empty `lang` attribute on the
 * element or an ancestor, crossing shadow-root boundaries, up to `<html lang>`. Empty when none.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (!found) {
      node = shadowHostOf(node);
      continue;
    }
    const lang = (found.getAttribute('lang') ?? '').trim();
    if (lang !== '') return lang;
    // `lang=""` means "unknown"; a language further up is a better guess than none.
    node = found.parentElement ?? shadowHostOf(found);
  }
  return '';
}

function shadowHostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

// The runtime is loaded with the first locale other than the source locale, and from then on every
// change goes through it, in order (a page switching back to English must reach the runtime too).
let runtime: Promise<LocaleRuntime | undefined> | undefined;
let loaded: LocaleRuntime | undefined;
const failedLocales = new Set<string>();

/**
 * Makes `locale` the active locale of the widgets' wording. Elements that called
 * `updateWhenLocaleChanges` re-render once its translations have loaded. The source locale needs
 * nothing loaded until another locale has been used on the page.
 */
export function activateLocale(locale: WidgetLocale): void {
  if (!runtime && locale === SOURCE_LOCALE) return;
  runtime ??= import('./locale-runtime.js').then(
    ({ localeRuntime }) => (loaded = localeRuntime()),
    (error: unknown) => {
      runtime = undefined; // try again with the next change of language
      throw error;
    },
  );
  runtime
    .then((each) => each?.setLocale(locale))
    .catch(() => {
      if (failedLocales.has(locale)) return;
      failedLocales.add(locale);
      console.warn(`Family Hubs widgets: the "${locale}" translations could not be loaded, so the widgets are shown in English.`);
    });
}

/** The active locale of the widgets' wording (the source locale until another one has loaded). */
export function activeLocale(): WidgetLocale {
  return normaliseLocale(loaded?.getLocale());
}

interface LanguageWatch {
  readonly observer: MutationObserver;
  readonly callbacks: Set<() => void>;
}
const watches = new WeakMap<Document, LanguageWatch>();

/**
 * Calls `callback` whenever a `lang` attribute changes anywhere in `document` (including
 * `<html lang>`, which translation tools and language switchers change). One observer per
 * document, shared by every widget, and disconnected when the last widget stops listening.
 * Returns a function that stops listening.
 */
export function observeLanguage(document: Document, callback: () => void): () => void {
  let watch = watches.get(document);
  if (!watch) {
    const callbacks = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const each of [...callbacks]) each();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watch = { observer, callbacks };
    watches.set(document, watch);
  }
  const own = watch;
  // A wrapper per call, so one callback registered twice needs two stops.
  const entry = (): void => callback();
  own.callbacks.add(entry);
  return () => {
    own.callbacks.delete(entry);
    if (own.callbacks.size === 0 && watches.get(document) === own) {
      own.observer.disconnect();
      watches.delete(document);
    }
  };
}
