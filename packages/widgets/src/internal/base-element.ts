/**
 * The base class of every Family Hubs element: shared host styles, and a locale that follows the
 * nearest `lang` attribute and re-renders the element's wording when it changes.
 */
import { css, LitElement, type CSSResultGroup } from 'lit';
import { sharedStyles } from './shared-styles.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { activateLocale, languageOf, normaliseLocale, observeLanguage, SOURCE_LOCALE, type WidgetLocale } from './localization.js';
import { nextTask } from './next-task.js';
import { token } from './tokens.js';

/** Host styles every widget starts from. */
const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: inherit;
    color: ${token('--fh-colour-text')};
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box, not inherit: page rules on the host (even "* { box-sizing: content-box }") beat
     :host, and must not reach inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/**
 * Base class of the Family Hubs elements. Not registered as an element itself.
 *
 * @cssprop [--fh-colour-text=#0b0c0c] - Text colour.
 */
export class FhElement extends LitElement {
  /**
   * The element's own styles. The host and shared styles (links, focus, typography, print) come
   * first, so a widget declares only what is its own.
   */
  static css: CSSResultGroup = [];

  // Like Web Awesome's base element: Lit reads `styles` once per class, and each class gets the
  // shared styles followed by its own `css`.
  static override get styles(): CSSResultGroup {
    return [hostStyles, ...sharedStyles, this.css];
  }

  /** A subclass that sets `styles` itself (the usual Lit way) takes full charge of its styles. */
  static override set styles(value: CSSResultGroup) {
    Object.defineProperty(this, 'styles', { value, configurable: true, writable: true, enumerable: true });
  }

  #locale: WidgetLocale = SOURCE_LOCALE;
  #stopObservingLanguage: (() => void) | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * The locale this element shows its wording and content in, from the nearest `lang` attribute
   * (the element's own, an ancestor's, then `<html lang>`). `en-GB` when the language is unknown
   * or not one the widgets are translated into.
   */
  get locale(): WidgetLocale {
    return this.#locale;
  }

  /**
   * The first render waits for a task of its own: loading the widgets' code (compiling and running
   * the modules) is one long task, and the first render with its styles another, so the page gets
   * a turn in between instead of being blocked for both at once. `updateComplete` still resolves
   * after the render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLanguage = observeLanguage(this.ownerDocument, () => this.#updateLocale(false));
    this.#updateLocale(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLanguage?.();
    this.#stopObservingLanguage = undefined;
  }

  #updateLocale(connecting: boolean): void {
    const next = normaliseLocale(languageOf(this));
    const previous = this.#locale;
    if (next === previous && !connecting) return;
    this.#locale = next;
    if (next !== previous) this.requestUpdate('locale', previous);
    activateLocale(next);
  }
}
