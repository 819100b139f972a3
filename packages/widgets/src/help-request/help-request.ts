import { property } from 'lit/decorators.js';
import { helpRequestView, type ContentView, type HelpRequestContent } from '@family-hubs/content';
import { LazyImport } from '../internal/lazy-import.js';
import type { ScreenHost } from '../internal/lazy-screen.js';
import { FhScreenElement } from '../internal/screen-element.js';
import { FhExitThisPageEvent } from '../exit-this-page/events.js';
import type { Step } from './answers.js';
import { ASK_FOR_HELP_EVENT } from './events.js';
import { readHandOff, type HandOff } from './hand-off.js';
import { helpRequestStyles } from './help-request.styles.js';
import type * as ScreenModule from './help-request-screen.js';

/** What the form draws and does once its content is there: a chunk of its own, one download per page (see `help-request-screen.ts`). */
const screenPart = new LazyImport<typeof ScreenModule>(() => import('./help-request-screen.js'));

/**
 * The "ask for help" form for families: one question per page, a check-your-answers page and a
 * confirmation with a reference number. The form is rendered in the element's light DOM (labels,
 * autofill, error links and `aria-describedby` work as on any page), styled by a stylesheet
 * scoped to the tag. Answers stay in memory only: nothing goes into the URL, storage, the console
 * or events, and everything is forgotten on Exit this page.
 *
 * Shows `<fh-exit-this-page>` at its top unless the page already has one (ours or GOV.UK's).
 *
 * @summary Ask for help: a short, safe form that sends a help request to the council.
 *
 * @tagname fh-help-request
 *
 * @slot - Fallback content, shown while loading and when content cannot be loaded: a phone number.
 * @slot form - Used by the element itself for its light-DOM form.
 * @csspart stale - The notice shown above content from a backup copy.
 *
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded, or the form itself could not be (the page's fallback shows).
 */
export class FhHelpRequest extends FhScreenElement<HelpRequestContent, typeof ScreenModule, ScreenModule.HelpRequestScreen> {
  static override css = helpRequestStyles;

  /** The heading level of each page's question (1–2). Default 1: the form is usually the page. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Where requests are sent (the receiver's endpoint); wins over the CMS settings' `submissionEndpoint`. */
  @property({ attribute: 'submit-url' }) submitUrl = '';

  /** A hand-off from another widget that came before the form's screens: given to them when they arrive. */
  #handOff: HandOff | undefined;

  protected override screenPart(): LazyImport<typeof ScreenModule> {
    return screenPart;
  }

  protected override createScreen({ HelpRequestScreen }: typeof ScreenModule, host: ScreenHost<this, HelpRequestContent>): ScreenModule.HelpRequestScreen {
    const screen = new HelpRequestScreen(host);
    if (this.#handOff) screen.askAbout(this.#handOff);
    this.#handOff = undefined;
    return screen;
  }

  protected override screenFailureMessage(): string {
    return 'The help request form could not be loaded';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Listened for from the start, so neither a hand-off nor Exit this page is missed while the
    // form's screens or its content are on their way.
    this.ownerDocument.addEventListener(FhExitThisPageEvent.eventName, this.#forget);
    this.ownerDocument.addEventListener(ASK_FOR_HELP_EVENT, this.#askForHelp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener(FhExitThisPageEvent.eventName, this.#forget);
    this.ownerDocument.removeEventListener(ASK_FOR_HELP_EVENT, this.#askForHelp);
  }

  readonly #forget = (): void => {
    this.#handOff = undefined;
    this.screen?.forget();
  };

  readonly #askForHelp = (event: Event): void => {
    const handOff = readHandOff(event);
    if (!handOff) return;
    const screen = this.screen;
    if (screen) screen.askAbout(handOff);
    else this.#handOff = handOff;
    this.scrollIntoView({ block: 'start' });
  };

  protected override get view(): ContentView<HelpRequestContent> {
    return helpRequestView;
  }

  /** The page the family is on (for tests and for pages that want to know; never the answers). */
  get step(): Step {
    return this.screen?.step ?? 'start';
  }

  /** Forgets every answer and goes back to the start (Exit this page does this). */
  clear(): void {
    this.#handOff = undefined;
    this.screen?.clear();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-help-request': FhHelpRequest;
  }
}
