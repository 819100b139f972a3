/**
 * What `<fh-help-request>` draws and does once its content is there: the start page, moving from
 * page to page, the answers (in memory only), sending, the confirmation, and forgetting everything
 * on Exit this page. A chunk of its own, asked for when the element is connected, while its
 * content loads (see `internal/lazy-screen.ts`); the question pages and the checks with the
 * submission are two more, asked for once the start page has painted. The element keeps its
 * properties.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HelpRequestContent } from '@family-hubs/content';
import type { HelpRequest, HelpRequestFieldError, HelpRequestSubmission, SubmissionState } from '@family-hubs/content/requests';
import type { ContentController } from '../internal/content-controller.js';
import { LazyImport } from '../internal/lazy-import.js';
import type { ScreenHost, WidgetScreen } from '../internal/lazy-screen.js';
import { whenIdle } from '../internal/next-task.js';
import { phoneHref } from '../internal/links.js';
import { renderRichText } from '../internal/rich-text.js';
import { safeUrl } from '../internal/url.js';
import { adoptScopedStyles, CharacterCounts, errorSummaryTitleText, focusErrorSummary, formRules, renderErrorSummary } from '../internal/form/index.js';
import { DEFAULT_EXIT_URL, GOVUK_EXIT_THIS_PAGE_SELECTOR } from '../exit-this-page/exit-this-page.js';
import { emptyAnswers, nextStep, previousStep, stepOfPath, type Answers, type RequestContext, type Step } from './answers.js';
import type { HandOff } from './hand-off.js';
import { helpRequestLightRules } from './help-request.styles.js';
import type { FhHelpRequest } from './help-request.js';
import * as t from './labels.js';
import type * as checksModule from './checks.js';
import type * as pagesModule from './pages.js';

let instances = 0;

/** The checks and the submission: a chunk of their own (with zod), which the start page does without. */
type Checks = typeof checksModule;
/** The question pages and the check page, with the form fields: a chunk of their own too. */
type Pages = typeof pagesModule;

/** The CMS's reply time when an editor wrote it as a whole sentence ("We will get back to you…."), else undefined. */
function whenSentence(responseTime: string): string | undefined {
  return /[.!]$/.test(responseTime.trim()) ? responseTime.trim() : undefined;
}

/** One element's form: see the module's description. */
export class HelpRequestScreen implements WidgetScreen<HelpRequestContent> {
  /** The element it draws into. */
  readonly host: FhHelpRequest;
  readonly #content: ContentController<HelpRequestContent>;
  readonly #staleNotice: () => TemplateResult | typeof nothing;
  readonly #uid = `fh-hr${++instances}`;
  readonly #counts: CharacterCounts;
  #container: HTMLElement | undefined;
  #answers: Answers = emptyAnswers();
  #context: RequestContext = {};
  #askingAbout: string | undefined;
  #step: Step = 'start';
  #returnToCheck = false;
  #errors: readonly HelpRequestFieldError[] = [];
  #focus: 'heading' | 'summary' | undefined;
  #startedAt = Date.now();
  #submission: { key: string; submission: HelpRequestSubmission } | undefined;
  #submissionState: SubmissionState | undefined;
  #stopSubmission: (() => void) | undefined;
  /**
   * The rest of the form, in two chunks the start page does without: the checks with the
   * submission (with zod), and the question pages with the form fields. Both are asked for once
   * the start page has painted (in an idle moment) and again on Start now, so they have arrived
   * by the first page and the first Continue — while the connection that brought the page is most
   * likely still there. (Chromium answers a module that failed once with the same failure until
   * the page is reloaded; other browsers fetch it again on the next press.)
   */
  readonly #checks = new LazyImport<Checks>(() => import('./checks.js'));
  readonly #pages = new LazyImport<Pages>(() => import('./pages.js'));
  /**
   * Counts moves from page to page (and Exit this page): a press waiting for a part of the form
   * to load acts only if the family is still where they pressed, so a late chunk never takes a
   * form that Exit this page has cleared back to its questions.
   */
  #turn = 0;
  /** A press is waiting for a part of the form to load. */
  #waiting = false;
  /** A press of Start now, Continue or Send waiting for a part of the form to load; `updateComplete` waits for it too. */
  #pending: Promise<unknown> | undefined;
  /** The pages or the checks could not be loaded (the connection dropped): said above the form until they load. */
  #notLoaded = false;
  #prefetchRequested = false;
  /** What the pages read of the form, live (never a copy of the answers). */
  readonly #pageHost: pagesModule.PageHost = ((form: HelpRequestScreen): pagesModule.PageHost => ({
    get answers() {
      return form.#answers;
    },
    get errors() {
      return form.#errors;
    },
    get headingLevel() {
      return form.host.headingLevel === 2 ? 2 : 1;
    },
    get counts() {
      return form.#counts;
    },
    get submissionState() {
      return form.#submissionState;
    },
    get sending() {
      return form.#sending;
    },
    id: (name) => form.#id(name),
    heading: (text) => form.#heading(text),
    phoneLine: (content, words) => form.#phoneLine(content, words),
    set: (key, value) => form.#set(key, value),
    typed: (key, id, limit, value) => form.#typed(key, id, limit, value),
    continue: (event, content) => form.#continue(event, content),
    send: (event, content) => form.#send(event, content),
    change: (step) => form.#change(step),
  }))(this);

  /**
   * @param host - The element, and what it keeps for its screen: its content controller and the
   *   notice for content from a backup copy.
   */
  constructor(host: ScreenHost<FhHelpRequest, HelpRequestContent>) {
    this.host = host.element;
    this.#content = host.content;
    this.#staleNotice = host.staleNotice;
    this.#counts = new CharacterCounts(this.host);
  }

  hostConnected(): void {
    adoptScopedStyles(this.host.ownerDocument, this.host.localName, 'form', formRules);
    adoptScopedStyles(this.host.ownerDocument, this.host.localName, 'help-request', helpRequestLightRules);
    this.#startedAt = Date.now();
  }

  /** The page the family is on (for tests and for pages that want to know; never the answers). */
  get step(): Step {
    return this.#step;
  }

  /** Forgets every answer and goes back to the start (Exit this page does this). */
  clear(): void {
    this.#stopSubmission?.();
    this.#submission?.submission.cancel();
    this.#submission = undefined;
    this.#submissionState = undefined;
    this.#answers = emptyAnswers();
    this.#context = {};
    this.#askingAbout = undefined;
    this.#errors = [];
    this.#notLoaded = false;
    this.#returnToCheck = false;
    this.#counts.clear();
    this.#step = 'start';
    this.#turn += 1;
    this.#waiting = false;
    this.host.requestUpdate();
  }

  /** Exit this page: forgets every answer and takes the words off the screen now, before the next page paints. */
  forget(): void {
    this.clear();
    if (this.#container) render(nothing, this.#container);
  }

  /** A family asked for help about a service or a course in another widget: the form shows it and takes focus. */
  askAbout(handOff: HandOff): void {
    // A new request after one was sent starts again, about this service.
    if (this.#step === 'confirmation') this.clear();
    this.#context = handOff.context;
    this.#askingAbout = handOff.label;
    this.#focus = 'heading';
    this.host.requestUpdate();
  }

  /** The element's own part: the stale notice, and the slot the light-DOM form is rendered into. */
  render(): TemplateResult {
    return html`${this.#staleNotice()}<slot name="form"></slot>`;
  }

  /** After each render of the element: the form, in its light DOM. */
  hostUpdated(): void {
    const value = this.#content.state === 'loaded' || this.#content.stale ? this.#content.value : undefined;
    if (!value) {
      if (this.#container) render(nothing, this.#container);
      return;
    }
    if (!this.#container) {
      this.#container = this.host.ownerDocument.createElement('div');
      this.#container.slot = 'form';
      this.#container.className = 'fh-help-request';
      this.host.append(this.#container);
    }
    render(this.#renderForm(value), this.#container, { host: this.host });
    this.#prefetchRest();
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus === 'summary' && focusErrorSummary(this.#container)) return;
    if (focus) this.#container.querySelector<HTMLElement>('[data-fh-step-heading]')?.focus();
  }

  // ---- navigation ----

  /**
   * A request is in flight: Back and Change wait, because changing an answer now would make a
   * second request (with a key of its own) while the first may already be stored.
   */
  get #sending(): boolean {
    return this.#submissionState?.status === 'sending';
  }

  /**
   * Runs `act` with a lazily loaded part: at once when it has loaded, else once it loads (tracked,
   * so `updateComplete` waits for it), unless the family has moved on meanwhile (a second press,
   * Exit this page). When it cannot be loaded, the family is told above the form, with the phone.
   */
  #withLoaded<M>(part: LazyImport<M>, act: (module: M) => void): void {
    if (part.loaded) return act(part.loaded);
    const turn = this.#turn;
    // Said in the status region while the family waits, so a press is never met with silence.
    this.#waiting = true;
    this.host.requestUpdate();
    const work = part.load().then(
      (module) => {
        if (this.#turn !== turn) return;
        this.#notLoaded = false;
        act(module);
      },
      () => {
        if (this.#turn !== turn) return;
        this.#notLoaded = true;
        this.#focus = 'summary';
        this.host.requestUpdate();
      },
    );
    this.#pending = work;
    void work.finally(() => {
      if (this.#pending !== work) return;
      this.#pending = undefined;
      this.#waiting = false;
      this.host.requestUpdate();
    });
  }

  #withChecks(act: (checks: Checks) => void): void {
    this.#withLoaded(this.#checks, act);
  }

  /** A press waiting for a part of the form to load, so "press, then await updateComplete" sees the page it leads to. */
  pending(): Promise<void> | undefined {
    const pending = this.#pending;
    return pending ? pending.then(() => undefined, () => undefined) : undefined;
  }


  #prefetchRest(): void {
    if (this.#prefetchRequested || (this.#checks.loaded && this.#pages.loaded)) return;
    this.#prefetchRequested = true;
    whenIdle(() => {
      this.#pages.load().catch(() => undefined);
      this.#checks.load().catch(() => undefined);
    });
  }

  #start(): void {
    this.#checks.load().catch(() => undefined);
    this.#withLoaded(this.#pages, () => this.#go('topics'));
  }

  #go(step: Step): void {
    this.#step = step;
    this.#turn += 1;
    this.#errors = [];
    this.#notLoaded = false;
    this.#focus = 'heading';
    this.host.requestUpdate();
  }

  #continue(event: Event, content: HelpRequestContent): void {
    event.preventDefault();
    this.#withChecks((checks) => this.#continueChecked(checks, content));
  }

  #continueChecked(checks: Checks, content: HelpRequestContent): void {
    const errors = checks.stepErrors(this.#answers, this.#step, this.#context, content.topics.map((topic) => topic.id));
    if (errors.length) {
      this.#errors = errors;
      this.#focus = 'summary';
      this.host.requestUpdate();
      return;
    }
    // Changing to "please contact me" from the check page needs the contact pages first.
    if (this.#step === 'route' && this.#answers.route === 'contact' && !this.#answers.name) this.#returnToCheck = false;
    const next = this.#returnToCheck ? 'check' : nextStep(this.#answers, this.#step);
    if (next === 'check') this.#returnToCheck = false;
    this.#go(next);
  }

  #change(step: Step): void {
    this.#returnToCheck = true;
    this.#go(step);
  }

  #set<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.#answers = { ...this.#answers, [key]: value };
    this.host.requestUpdate();
  }

  #typed(key: 'somethingElse' | 'safeTimes' | 'post', id: string, limit: number, value: string): void {
    this.#counts.typed(id, value, limit);
    this.#set(key, value);
  }

  // ---- sending ----

  #send(event: Event, content: HelpRequestContent): void {
    event.preventDefault();
    this.#withChecks((checks) => void this.#sendChecked(checks, content));
  }

  async #sendChecked(checks: Checks, content: HelpRequestContent): Promise<void> {
    const topicIds = content.topics.map((topic) => topic.id);
    const checked = checks.finalRequest(this.#answers, this.#context, Date.now() - this.#startedAt, topicIds);
    if (!checked.ok) return this.#showRejected(checked.errors);
    const submission = this.#submissionFor(checks, checked.request, content, topicIds);
    const final = await submission.send();
    if (final.status === 'rejected') this.#showRejected(final.errors);
  }

  /** One submission per request: retries and resends of the same answers reuse its idempotency key. */
  #submissionFor(checks: Checks, request: HelpRequest, content: HelpRequestContent, topicIds: readonly string[]): HelpRequestSubmission {
    // elapsedMs changes on every press of Send: it is not part of what makes the request the same.
    const key = JSON.stringify({ ...request, elapsedMs: 0 });
    if (this.#submission?.key === key) return this.#submission.submission;
    this.#stopSubmission?.();
    this.#submission?.submission.cancel();
    const endpoint = safeUrl(this.host.submitUrl || content.submissionEndpoint) ?? '';
    const submission = checks.submissionOf(request, endpoint, topicIds);
    this.#submission = { key, submission };
    this.#stopSubmission = submission.subscribe((state) => {
      this.#submissionState = state;
      if (state.status === 'sent') this.#go('confirmation');
      else this.host.requestUpdate();
    });
    return submission;
  }

  #showRejected(errors: readonly HelpRequestFieldError[]): void {
    const first = errors[0];
    const step = first ? stepOfPath(first.path) : 'check';
    this.#step = step;
    this.#turn += 1;
    this.#returnToCheck = step !== 'check';
    this.#errors = errors.filter((error) => stepOfPath(error.path) === step);
    this.#focus = 'summary';
    this.host.requestUpdate();
  }

  // ---- rendering ----

  #id(name: string): string {
    return `${this.#uid}-${name}`;
  }

  #heading(text: string): TemplateResult {
    const level = this.host.headingLevel === 2 ? 2 : 1;
    return level === 2
      ? html`<h2 class="fh-step-heading" id=${this.#id('heading')} tabindex="-1" data-fh-step-heading>${text}</h2>`
      : html`<h1 class="fh-step-heading" id=${this.#id('heading')} tabindex="-1" data-fh-step-heading>${text}</h1>`;
  }

  #exitButton(content: HelpRequestContent): TemplateResult | typeof nothing {
    const document = this.host.ownerDocument;
    const others = [...document.querySelectorAll(`fh-exit-this-page, ${GOVUK_EXIT_THIS_PAGE_SELECTOR}`)].filter((element) => !this.#container?.contains(element));
    if (others.length) return nothing;
    return html`<fh-exit-this-page redirect-url=${this.#exitUrl(content)}></fh-exit-this-page>`;
  }

  /** Where this form's Exit this page goes: the settings' `exitPageUrl` when the URL policy allows it. */
  #exitUrl(content: HelpRequestContent): string {
    return (content.exitPageUrl ? safeUrl(content.exitPageUrl) : undefined) ?? DEFAULT_EXIT_URL;
  }

  #renderForm(content: HelpRequestContent): TemplateResult {
    const summary = this.#pages.loaded && this.#errors.length ? this.#pages.loaded.summaryErrors(this.#errors, this.#pageHost) : [];
    const back = this.#step === 'start' || this.#step === 'confirmation' ? undefined : this.#returnToCheck ? 'check' : previousStep(this.#answers, this.#step);
    return html`${this.#exitButton(content)}
      ${back ? html`<p><button type="button" class="fh-link-button fh-back" ?disabled=${this.#sending} @click=${() => this.#go(back)}>${t.backText()}</button></p>` : nothing}
      ${this.#notLoaded ? this.#renderNotLoaded(content) : renderErrorSummary(summary)} ${this.#renderStep(content)}
      <div class="fh-visually-hidden" role="status" data-fh-waiting>${this.#waiting ? t.waitingText() : ''}</div>`;
  }

  /**
   * In the error summary's place: a part of the form could not be loaded. On the start page the
   * question pages did not arrive; on a question page the checks did not, so nothing can be
   * checked or sent from it, and the answers stay on screen. The phone is the way on.
   */
  #renderNotLoaded(content: HelpRequestContent): TemplateResult {
    return html`<div class="fh-error-summary" tabindex="-1" data-fh-error-summary>
      <div role="alert">
        <h2>${errorSummaryTitleText()}</h2>
        <p>${this.#step === 'start' ? t.startNotLoadedText() : t.notLoadedText()}</p>
        <p>${this.#phoneLine(content, t.phoneInsteadText)}</p>
      </div>
    </div>`;
  }

  #renderStep(content: HelpRequestContent): TemplateResult | typeof nothing {
    if (this.#step === 'start') return this.#renderStart(content);
    if (this.#step === 'confirmation') return this.#renderConfirmation(content);
    // The form moves past the start page only once the pages have loaded.
    return this.#pages.loaded ? this.#pages.loaded.renderPage(this.#step, content, this.#pageHost) : nothing;
  }

  #renderStart(content: HelpRequestContent): TemplateResult {
    const privacy = safeUrl(content.privacyNoticeUrl);
    const hasEmergencyText = (content.emergencyText?.content ?? []).length > 0;
    return html`${this.#heading(t.headingText())}
      ${this.#askingAbout ? html`<p class="fh-inset">${t.askingAboutText(this.#askingAbout)}</p>` : nothing}
      <p>${t.normalisingText()}</p>
      <p>${whenSentence(content.responseTime) ?? t.whatHappensText(content.councilName, content.responseTime)}</p>
      <section class="fh-warning" aria-labelledby=${this.#id('emergency')}>
        <h2 id=${this.#id('emergency')} class="fh-subheading">${t.emergencyHeadingText()}</h2>
        ${hasEmergencyText
          ? html`<div lang=${ifDefined(content.fieldLanguages['emergencyText'])}>${renderRichText(content.emergencyText, { headingOffset: 2 })}</div>`
          : html`<p>${t.emergency999Text()}</p>
              <p>${t.silentSolutionText()}</p>
              <p>${t.helplineText()}</p>`}
      </section>
      <section aria-labelledby=${this.#id('exit')}>
        <h2 id=${this.#id('exit')} class="fh-subheading">${t.exitHeadingText()}</h2>
        <p>${t.exitHowText(this.#exitUrl(content) === DEFAULT_EXIT_URL)}</p>
        <p>${t.exitHonestText()}</p>
      </section>
      ${privacy ? html`<p><a href=${privacy}>${t.privacyText()}</a></p>` : nothing}
      <button class="fh-button" type="button" @click=${() => this.#start()}>${t.startText()}</button>`;
  }

  #phoneLine(content: HelpRequestContent, words: (council: string, phone: string, hours: string) => string): TemplateResult {
    const href = phoneHref(content.contactPhone);
    const text = words(content.councilName, content.contactPhone, content.contactHours);
    const [before, after] = text.split(content.contactPhone);
    return href && after !== undefined ? html`${before}<a href=${href}>${content.contactPhone}</a>${after}` : html`${text}`;
  }

  #renderConfirmation(content: HelpRequestContent): TemplateResult {
    const state = this.#submissionState;
    const reference = state?.status === 'sent' ? state.reference : '';
    return html`<div class="fh-panel">
        ${this.#heading(t.sentHeadingText())}
        <p>${t.referenceText()}<br /><strong class="fh-reference">${reference}</strong></p>
      </div>
      <h2 class="fh-subheading">${t.nextHeadingText()}</h2>
      <p>${this.#answers.route === 'information' ? t.nextInformationText() : (whenSentence(content.responseTime) ?? t.nextContactText(content.councilName, content.responseTime))}</p>
      <p>${this.#phoneLine(content, t.callUsText)}</p>`;
  }
}
