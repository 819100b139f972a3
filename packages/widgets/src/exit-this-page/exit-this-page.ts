import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FhElement } from '../internal/base-element.js';
import { announce } from '../internal/announcer.js';
import { safeUrl } from '../internal/url.js';
import { exitThisPageStyles } from './exit-this-page.styles.js';
import { FhExitThisPageEvent } from './events.js';
import { expiredText, exitText, loadingText, pressesLeftText } from './labels.js';
import { PRESSES_TO_EXIT, ShiftCounter } from './shift-counter.js';

/** Where Exit this page goes unless told otherwise: GOV.UK's own default. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** GOV.UK Frontend's Exit this page, which already listens for Shift on its own. */
export const GOVUK_EXIT_THIS_PAGE_SELECTOR = '[data-module="govuk-exit-this-page"]';

/** The element that owns the document's Shift listener: one per document, however many buttons. */
const listeners = new WeakMap<Document, FhExitThisPage>();

/**
 * Exit this page (GOV.UK behaviour): a button at the top of the page, always visible, and Shift
 * pressed three times within 5 seconds. Either hides the page behind a plain "Loading." screen,
 * announces it, tells the widgets on the page to forget what was typed (`fh-exit-this-page`) and
 * goes to a neutral site.
 *
 * What it does **not** do: it does not erase the browser history (the page stays in Back and in
 * the history list unless `replace-history` is set, and even then earlier pages stay), it does not
 * close other tabs, and it does not clear what the browser's own autofill remembers.
 *
 * Put a plain link between the tags so the button works before (or without) JavaScript:
 * `<fh-exit-this-page><a href="https://www.bbc.co.uk/weather">Exit this page</a></fh-exit-this-page>`.
 *
 * @summary Exit this page: a button and Shift three times, to a neutral site.
 *
 * @tagname fh-exit-this-page
 *
 * @slot - A plain link, shown until the element is defined.
 * @csspart button - The button (a link styled as a button).
 *
 * @cssprop [--fh-colour-error=#d4351c] - The button's colour.
 *
 * @fires fh-exit-this-page - The family is leaving: forget any answers held in memory.
 */
export class FhExitThisPage extends FhElement {
  static override css = exitThisPageStyles;

  /** Where to go: a neutral site. Default BBC Weather. Must pass the URL policy (https). */
  @property({ attribute: 'redirect-url' }) redirectUrl = DEFAULT_EXIT_URL;

  /**
   * Replace this page in the history (`location.replace`) instead of adding the neutral site after
   * it, so Back does not come straight back here. Earlier pages of the site stay in the history.
   */
  @property({ attribute: 'replace-history', type: Boolean, reflect: true }) replaceHistory = false;

  #counter: ShiftCounter | undefined;
  #overlay: HTMLElement | undefined;
  #inerted: Element[] = [];

  /** The URL the element goes to: `redirect-url` when the URL policy allows it, else the default. */
  get destination(): string {
    return safeUrl(this.redirectUrl) ?? DEFAULT_EXIT_URL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const document = this.ownerDocument;
    const view = document.defaultView;
    view?.addEventListener('pageshow', this.#pageshow);
    // GOV.UK's version already counts Shift presses on this page: a second listener would exit twice.
    if (listeners.has(document) || document.querySelector(GOVUK_EXIT_THIS_PAGE_SELECTOR)) return;
    listeners.set(document, this);
    this.#counter = new ShiftCounter(document, {
      onPress: (count) => void announce(pressesLeftText(PRESSES_TO_EXIT - count)),
      onExpire: () => void announce(expiredText()),
      onExit: () => this.exit(),
    });
    this.#counter.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('pageshow', this.#pageshow);
    if (this.#counter) {
      this.#counter.stop();
      this.#counter = undefined;
      listeners.delete(this.ownerDocument);
    }
  }

  /** Whether this element is the one listening for Shift on its document. */
  get listening(): boolean {
    return this.#counter !== undefined;
  }

  /** Leaves now: hides the page, says "Loading.", tells widgets to forget, navigates. */
  exit(): void {
    this.#hidePage();
    void announce(loadingText(), { assertive: true });
    this.dispatchEvent(new FhExitThisPageEvent());
    const location = this.ownerDocument.defaultView?.location;
    if (!location) return;
    if (this.replaceHistory) location.replace(this.destination);
    else location.assign(this.destination);
  }

  protected override render(): TemplateResult {
    return html`<a class="button" part="button" href=${this.destination} rel="nofollow noreferrer" @click=${this.#click}>${exitText()}</a>`;
  }

  readonly #click = (event: MouseEvent): void => {
    // Modified clicks (new tab) are the browser's; a plain click exits the same way Shift does.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exit();
  };

  /** Coming back with Back (from the back-forward cache): show the page again, count from 0. */
  readonly #pageshow = (): void => {
    this.#counter?.reset();
    this.#showPage();
  };

  #hidePage(): void {
    const document = this.ownerDocument;
    if (this.#overlay?.isConnected) return;
    const overlay = document.createElement('div');
    overlay.dataset['fhExitOverlay'] = '';
    overlay.textContent = loadingText();
    // Through the CSSOM, which a strict CSP allows. System colours follow the family's own
    // colour scheme and forced colours.
    Object.assign(overlay.style, {
      position: 'fixed',
      inset: '0',
      zIndex: '2147483647',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: 'Canvas',
      color: 'CanvasText',
      fontSize: '2em',
      fontFamily: 'inherit',
    });
    // Everything else becomes unreachable (and silent) until the page is shown again.
    this.#inerted = [...document.body.children].filter((element) => !element.hasAttribute('inert') && !element.hasAttribute('data-fh-announcer'));
    for (const element of this.#inerted) element.setAttribute('inert', '');
    document.body.append(overlay);
    this.#overlay = overlay;
  }

  #showPage(): void {
    this.#overlay?.remove();
    this.#overlay = undefined;
    for (const element of this.#inerted) element.removeAttribute('inert');
    this.#inerted = [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-exit-this-page': FhExitThisPage;
  }
}
