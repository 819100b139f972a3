import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { helpRequestView, type ContentView, type HelpRequestContent } from '@family-hubs/content';
import { HELP_REQUEST_LIMITS, type HelpRequest, type HelpRequestFieldError, type HelpRequestSubmission, type SubmissionState } from '@family-hubs/content/requests';
import { FhContentElement } from '../internal/content-element.js';
import { phoneHref } from '../internal/links.js';
import { renderRichText } from '../internal/rich-text.js';
import { safeUrl } from '../internal/url.js';
import { adoptScopedStyles, CharacterCounts, errorSummaryTitleText, focusErrorSummary, formRules, renderCheckboxes, renderErrorSummary, renderRadios, renderTextarea, renderTextInput, type SummaryError } from '../internal/form/index.js';
import { DEFAULT_EXIT_URL, GOVUK_EXIT_THIS_PAGE_SELECTOR } from '../exit-this-page/exit-this-page.js';
import { FhExitThisPageEvent } from '../exit-this-page/events.js';
import { ACCESS_NEEDS, emptyAnswers, nextStep, parseChildAges, previousStep, SAFETY_QUESTIONS, stepOfPath, type AccessNeed, type Answers, type RequestContext, type Step } from './answers.js';
import { ASK_FOR_HELP_EVENT, type AskForHelpDetail } from './events.js';
import { helpRequestStyles, helpRequestLightRules } from './help-request.styles.js';
import * as t from './labels.js';
import type * as checksModule from './checks.js';

let instances = 0;

/** The checks and the submission: a chunk of their own (with zod), which the start page does without. */
type Checks = typeof checksModule;

/** The CMS's reply time when an editor wrote it as a whole sentence ("We will get back to you…."), else undefined. */
function whenSentence(responseTime: string): string | undefined {
  return /[.!]$/.test(responseTime.trim()) ? responseTime.trim() : undefined;
}

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
 * @fires fh-content-error - Content could not be loaded.
 */
export class FhHelpRequest extends FhContentElement<HelpRequestContent> {
  static override css = helpRequestStyles;

  /** The heading level of each page's question (1–2). Default 1: the form is usually the page. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Where requests are sent (the receiver's endpoint); wins over the CMS settings' `submissionEndpoint`. */
  @property({ attribute: 'submit-url' }) submitUrl = '';

  readonly #uid = `fh-hr${++instances}`;
  readonly #counts = new CharacterCounts(this);
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
  #checks: Promise<Checks> | undefined;
  /** The checks, once loaded: from then on Continue and Send act at once, as without the split. */
  #loadedChecks: Checks | undefined;
  /** A press of Continue or Send waiting for the checks to load; `updateComplete` waits for it too. */
  #pending: Promise<unknown> | undefined;
  /** The checks could not be loaded (the connection dropped): said above the form until they load. */
  #checksFailed = false;
  #prefetchRequested = false;

  protected override get view(): ContentView<HelpRequestContent> {
    return helpRequestView;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptScopedStyles(this.ownerDocument, this.localName, 'form', formRules);
    adoptScopedStyles(this.ownerDocument, this.localName, 'help-request', helpRequestLightRules);
    this.ownerDocument.addEventListener(FhExitThisPageEvent.eventName, this.#forget);
    this.ownerDocument.addEventListener(ASK_FOR_HELP_EVENT, this.#askForHelp);
    this.#startedAt = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener(FhExitThisPageEvent.eventName, this.#forget);
    this.ownerDocument.removeEventListener(ASK_FOR_HELP_EVENT, this.#askForHelp);
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
    this.#checksFailed = false;
    this.#returnToCheck = false;
    this.#counts.clear();
    this.#step = 'start';
    this.requestUpdate();
  }

  readonly #forget = (): void => {
    this.clear();
    // Take the words off the screen now, before the next page paints.
    if (this.#container) render(nothing, this.#container);
  };

  readonly #askForHelp = (event: Event): void => {
    const detail = (event as CustomEvent<AskForHelpDetail>).detail as Partial<AskForHelpDetail> | undefined;
    if (!detail || typeof detail.label !== 'string') return;
    const context: { serviceId?: string; courseId?: string } = {};
    if (typeof detail.serviceId === 'string' && detail.serviceId) context.serviceId = detail.serviceId;
    if (typeof detail.courseId === 'string' && detail.courseId) context.courseId = detail.courseId;
    this.#context = context;
    this.#askingAbout = detail.label.slice(0, 200);
    if (this.#step === 'confirmation') this.clear();
    this.#focus = 'heading';
    this.requestUpdate();
    this.scrollIntoView({ block: 'start' });
  };

  protected override renderContent(): TemplateResult {
    return html`${this.renderStaleNotice()}<slot name="form"></slot>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const value = this.content.state === 'loaded' || this.content.stale ? this.content.value : undefined;
    if (!value) {
      if (this.#container) render(nothing, this.#container);
      return;
    }
    if (!this.#container) {
      this.#container = this.ownerDocument.createElement('div');
      this.#container.slot = 'form';
      this.#container.className = 'fh-help-request';
      this.append(this.#container);
    }
    render(this.#renderForm(value), this.#container, { host: this });
    this.#prefetchChecks();
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
   * The checks and the submission: asked for once the start page has painted (in an idle moment)
   * and again on Start now, so they have arrived by the first Continue — while the connection that
   * brought the page is most likely still there. A failed load is forgotten and asked for again
   * on the next press (Chromium answers a module that failed once with the same failure until the
   * page is reloaded; other browsers may fetch it again).
   */
  #loadChecks(): Promise<Checks> {
    this.#checks ??= import('./checks.js').then(
      (checks) => (this.#loadedChecks = checks),
      (error: unknown) => {
        this.#checks = undefined;
        throw error;
      },
    );
    return this.#checks;
  }

  /** The checks, or undefined (and the family told) when they cannot be loaded. */
  #checksOrExplain(): Promise<Checks | undefined> {
    return this.#loadChecks().then(
      (checks) => {
        this.#checksFailed = false;
        return checks;
      },
      () => {
        this.#checksFailed = true;
        this.#focus = 'summary';
        this.requestUpdate();
        return undefined;
      },
    );
  }

  /**
   * Runs `act` with the checks: at once when they have loaded, else once they load (tracked, so
   * `updateComplete` waits for it), unless the family has moved on meanwhile (a second press,
   * Exit this page).
   */
  #withChecks(act: (checks: Checks) => void): void {
    if (this.#loadedChecks) return act(this.#loadedChecks);
    const step = this.#step;
    const work = this.#checksOrExplain().then((checks) => {
      if (checks && this.#step === step) act(checks);
    });
    this.#pending = work;
    void work.finally(() => {
      if (this.#pending === work) this.#pending = undefined;
    });
  }

  /**
   * Also waits for a press of Continue or Send that is waiting for the checks, so "press, then
   * await updateComplete" sees the page the press leads to (as Lit's docs suggest for async work).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#pending) return done;
    await this.#pending;
    return super.getUpdateComplete();
  }

  #prefetchChecks(): void {
    if (this.#prefetchRequested || this.#loadedChecks) return;
    this.#prefetchRequested = true;
    const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number }).requestIdleCallback;
    const later = (callback: () => void) => (idle ? idle(callback, { timeout: 2000 }) : setTimeout(callback, 200));
    later(() => void this.#loadChecks().catch(() => undefined));
  }

  #start(): void {
    this.#loadChecks().catch(() => undefined);
    this.#go('topics');
  }

  #go(step: Step): void {
    this.#step = step;
    this.#errors = [];
    this.#checksFailed = false;
    this.#focus = 'heading';
    this.requestUpdate();
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
      this.requestUpdate();
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
    this.requestUpdate();
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
    const endpoint = safeUrl(this.submitUrl || content.submissionEndpoint) ?? '';
    const submission = checks.submissionOf(request, endpoint, topicIds);
    this.#submission = { key, submission };
    this.#stopSubmission = submission.subscribe((state) => {
      this.#submissionState = state;
      if (state.status === 'sent') this.#go('confirmation');
      else this.requestUpdate();
    });
    return submission;
  }

  #showRejected(errors: readonly HelpRequestFieldError[]): void {
    const first = errors[0];
    const step = first ? stepOfPath(first.path) : 'check';
    this.#step = step;
    this.#returnToCheck = step !== 'check';
    this.#errors = errors.filter((error) => stepOfPath(error.path) === step);
    this.#focus = 'summary';
    this.requestUpdate();
  }

  // ---- rendering ----

  #id(name: string): string {
    return `${this.#uid}-${name}`;
  }

  #error(path: string): string | undefined {
    const error = this.#errors.find((candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`));
    return error ? t.errorText(error.path, error.code) : undefined;
  }

  /** Field id of a request path, for the error summary's links. */
  #target(path: string): string {
    const ids: Record<string, string> = {
      topics: 'topics',
      somethingElse: 'something-else',
      route: 'route',
      'forWhom.childAges': 'child-ages',
      contact: 'methods',
      'contact.name': 'name',
      'contact.phone': 'phone',
      'contact.text': 'text',
      'contact.email': 'email',
      'contact.post': 'post',
      'safety.safeTimes': 'safe-times',
      'access.language': 'language',
    };
    const field = path.replace(/\.\d+$/, '');
    return this.#id(ids[field] ?? (field.startsWith('safety.') ? `safety-${field.slice(7)}` : 'heading'));
  }

  #heading(text: string): TemplateResult {
    const level = this.headingLevel === 2 ? 2 : 1;
    return level === 2
      ? html`<h2 class="fh-step-heading" id=${this.#id('heading')} tabindex="-1" data-fh-step-heading>${text}</h2>`
      : html`<h1 class="fh-step-heading" id=${this.#id('heading')} tabindex="-1" data-fh-step-heading>${text}</h1>`;
  }

  #exitButton(content: HelpRequestContent): TemplateResult | typeof nothing {
    const document = this.ownerDocument;
    const others = [...document.querySelectorAll(`fh-exit-this-page, ${GOVUK_EXIT_THIS_PAGE_SELECTOR}`)].filter((element) => !this.#container?.contains(element));
    if (others.length) return nothing;
    return html`<fh-exit-this-page redirect-url=${this.#exitUrl(content)}></fh-exit-this-page>`;
  }

  /** Where this form's Exit this page goes: the settings' `exitPageUrl` when the URL policy allows it. */
  #exitUrl(content: HelpRequestContent): string {
    return (content.exitPageUrl ? safeUrl(content.exitPageUrl) : undefined) ?? DEFAULT_EXIT_URL;
  }

  #renderForm(content: HelpRequestContent): TemplateResult {
    const summary: SummaryError[] = this.#errors.map((error) => ({ target: this.#target(error.path), text: t.errorText(error.path, error.code) }));
    const back = this.#step === 'start' || this.#step === 'confirmation' ? undefined : this.#returnToCheck ? 'check' : previousStep(this.#answers, this.#step);
    return html`${this.#exitButton(content)}
      ${back ? html`<p><button type="button" class="fh-link-button fh-back" ?disabled=${this.#sending} @click=${() => this.#go(back)}>${t.backText()}</button></p>` : nothing}
      ${this.#checksFailed ? this.#renderNotLoaded(content) : renderErrorSummary(summary)} ${this.#renderStep(content)}`;
  }

  /**
   * In the error summary's place: the checks could not be loaded, so nothing can be checked or
   * sent from this page; the answers stay on screen and the phone is the way on.
   */
  #renderNotLoaded(content: HelpRequestContent): TemplateResult {
    return html`<div class="fh-error-summary" tabindex="-1" data-fh-error-summary>
      <div role="alert">
        <h2>${errorSummaryTitleText()}</h2>
        <p>${t.notLoadedText()}</p>
        <p>${this.#phoneLine(content, t.phoneInsteadText)}</p>
      </div>
    </div>`;
  }

  #renderStep(content: HelpRequestContent): TemplateResult {
    switch (this.#step) {
      case 'start':
        return this.#renderStart(content);
      case 'topics':
        return this.#renderTopics(content);
      case 'route':
        return this.#question(content, this.#renderRoute());
      case 'for-whom':
        return this.#question(content, this.#renderForWhom());
      case 'contact':
        return this.#question(content, this.#renderContact());
      case 'safety':
        return this.#question(content, this.#renderSafety());
      case 'access':
        return this.#question(content, this.#renderAccess());
      case 'check':
        return this.#renderCheck(content);
      case 'confirmation':
        return this.#renderConfirmation(content);
    }
  }

  #question(content: HelpRequestContent, body: TemplateResult): TemplateResult {
    return html`<form novalidate @submit=${(event: Event) => this.#continue(event, content)}>
      ${body}
      <button class="fh-button" type="submit">${t.continueText()}</button>
    </form>`;
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

  #renderTopics(content: HelpRequestContent): TemplateResult {
    const a = this.#answers;
    const id = this.#id('something-else');
    const limit = HELP_REQUEST_LIMITS.somethingElse;
    const somethingElse = renderTextarea({
      id,
      name: 'somethingElse',
      label: t.somethingElseLabelText(),
      value: a.somethingElse,
      limit,
      count: this.#counts.state(id, a.somethingElse, limit),
      spellcheck: true,
      ...(this.#error('somethingElse') ? { error: this.#error('somethingElse')! } : {}),
      onInput: (value) => this.#typed('somethingElse', id, limit, value),
    });
    const options = [...content.topics.map((topic) => ({ value: topic.id, label: topic.name })), { value: '\u0000else', label: t.somethingElseText(), conditional: somethingElse }];
    const values = [...a.topics, ...(a.somethingElseChosen ? ['\u0000else'] : [])];
    return this.#question(
      content,
      renderCheckboxes({
        id: this.#id('topics'),
        name: 'topics',
        label: t.topicsQuestionText(),
        hint: t.topicsHintText(),
        heading: this.headingLevel === 2 ? 2 : 1,
        options,
        values,
        ...(this.#error('topics') ? { error: this.#error('topics')! } : {}),
        onChange: (next) => {
          this.#answers = { ...this.#answers, topics: next.filter((value) => value !== '\u0000else'), somethingElseChosen: next.includes('\u0000else') };
          this.requestUpdate();
        },
      }),
    );
  }

  #renderRoute(): TemplateResult {
    return renderRadios({
      id: this.#id('route'),
      name: 'route',
      label: t.routeQuestionText(),
      heading: this.headingLevel === 2 ? 2 : 1,
      options: [
        { value: 'contact', label: t.routeContactText() },
        { value: 'information', label: t.routeInformationText(), hint: t.routeInformationHintText() },
      ],
      value: this.#answers.route,
      ...(this.#error('route') ? { error: this.#error('route')! } : {}),
      onChange: (value) => this.#set('route', value === 'information' ? 'information' : 'contact'),
    });
  }

  #renderForWhom(): TemplateResult {
    const a = this.#answers;
    return html`${renderCheckboxes({
        id: this.#id('pregnant'),
        name: 'pregnant',
        label: t.forWhomQuestionText(),
        hint: t.forWhomHintText(),
        heading: this.headingLevel === 2 ? 2 : 1,
        options: [{ value: 'pregnant', label: t.pregnantText() }],
        values: a.pregnant ? ['pregnant'] : [],
        onChange: (values) => this.#set('pregnant', values.includes('pregnant')),
      })}
      ${renderTextInput({
        id: this.#id('child-ages'),
        name: 'childAges',
        label: t.childAgesText(),
        hint: t.childAgesHintText(),
        value: a.childAges,
        short: true,
        autocomplete: 'off',
        inputmode: 'numeric',
        ...(this.#error('forWhom.childAges') ? { error: this.#error('forWhom.childAges')! } : {}),
        onInput: (value) => this.#set('childAges', value),
      })}`;
  }

  #renderContact(): TemplateResult {
    const a = this.#answers;
    const field = (method: 'phone' | 'text' | 'email', label: string, autocomplete: string, type: 'tel' | 'email') =>
      renderTextInput({
        id: this.#id(method),
        name: method,
        label,
        value: a[method],
        type,
        autocomplete,
        spellcheck: false,
        ...(this.#error(`contact.${method}`) ? { error: this.#error(`contact.${method}`)! } : {}),
        onInput: (value) => this.#set(method, value),
      });
    const postId = this.#id('post');
    const post = renderTextarea({
      id: postId,
      name: 'post',
      label: t.postLabelText(),
      value: a.post,
      rows: 4,
      autocomplete: 'street-address',
      limit: HELP_REQUEST_LIMITS.post,
      count: this.#counts.state(postId, a.post, HELP_REQUEST_LIMITS.post),
      ...(this.#error('contact.post') ? { error: this.#error('contact.post')! } : {}),
      onInput: (value) => this.#typed('post', postId, HELP_REQUEST_LIMITS.post, value),
    });
    return html`${this.#heading(t.contactQuestionText())}
      <p class="fh-hint">${t.contactHintText()}</p>
      ${renderTextInput({
        id: this.#id('name'),
        name: 'name',
        label: t.nameText(),
        hint: t.nameHintText(),
        value: a.name,
        autocomplete: 'given-name',
        spellcheck: false,
        ...(this.#error('contact.name') ? { error: this.#error('contact.name')! } : {}),
        onInput: (value) => this.#set('name', value),
      })}
      ${renderCheckboxes({
        id: this.#id('methods'),
        name: 'methods',
        label: t.methodsText(),
        options: [
          { value: 'phone', label: t.phoneText(), conditional: field('phone', t.phoneLabelText(), 'tel', 'tel') },
          { value: 'text', label: t.textText(), conditional: field('text', t.textLabelText(), 'mobile tel', 'tel') },
          { value: 'email', label: t.emailText(), conditional: field('email', t.emailLabelText(), 'email', 'email') },
          { value: 'post', label: t.postText(), conditional: post },
        ],
        values: a.methods,
        ...(this.#error('contact') && !this.#errors.some((error) => error.path.startsWith('contact.')) ? { error: this.#error('contact')! } : {}),
        onChange: (values) => this.#set('methods', values as Answers['methods']),
      })}`;
  }

  #renderSafety(): TemplateResult {
    const a = this.#answers;
    const questions = SAFETY_QUESTIONS.filter((question) => a.methods.includes(question.method));
    const timesId = this.#id('safe-times');
    return html`${this.#heading(t.safetyQuestionText())}
      <p class="fh-hint">${t.safetyHintText()}</p>
      ${questions.map((question) =>
        renderRadios({
          id: this.#id(`safety-${question.key}`),
          name: question.key,
          label: t.safetyLabelText(question.key),
          options: [
            { value: 'yes', label: t.yesText() },
            { value: 'no', label: t.noText() },
          ],
          value: a.safety[question.key],
          onChange: (value) => this.#set('safety', { ...this.#answers.safety, [question.key]: value === 'yes' ? 'yes' : 'no' }),
        }),
      )}
      ${renderTextarea({
        id: timesId,
        name: 'safeTimes',
        label: t.safeTimesText(),
        hint: t.safeTimesHintText(),
        value: a.safeTimes,
        rows: 2,
        limit: HELP_REQUEST_LIMITS.safeTimes,
        count: this.#counts.state(timesId, a.safeTimes, HELP_REQUEST_LIMITS.safeTimes),
        ...(this.#error('safety.safeTimes') ? { error: this.#error('safety.safeTimes')! } : {}),
        onInput: (value) => this.#typed('safeTimes', timesId, HELP_REQUEST_LIMITS.safeTimes, value),
      })}`;
  }

  #renderAccess(): TemplateResult {
    const a = this.#answers;
    const labels: Record<AccessNeed, string> = { interpreter: t.interpreterText(), britishSignLanguage: t.bslText(), easyRead: t.easyReadText() };
    return html`${this.#heading(t.accessQuestionText())}
      <p class="fh-hint">${t.accessHintText()}</p>
      ${renderTextInput({
        id: this.#id('language'),
        name: 'language',
        label: t.languageText(),
        value: a.language,
        autocomplete: 'language',
        ...(this.#error('access.language') ? { error: this.#error('access.language')! } : {}),
        onInput: (value) => this.#set('language', value),
      })}
      ${renderCheckboxes({
        id: this.#id('access'),
        name: 'access',
        label: t.accessNeedsText(),
        options: ACCESS_NEEDS.map((need) => ({ value: need, label: labels[need] })),
        values: a.access,
        onChange: (values) => this.#set('access', values as AccessNeed[]),
      })}`;
  }

  #renderCheck(content: HelpRequestContent): TemplateResult {
    const a = this.#answers;
    const topicNames = [...content.topics.filter((topic) => a.topics.includes(topic.id)).map((topic) => topic.name), ...(a.somethingElseChosen ? [`${t.somethingElseText()}: ${a.somethingElse}`] : [])];
    const methodLines = a.methods.map((method) => {
      const label = { phone: t.phoneText(), text: t.textText(), email: t.emailText(), post: t.postText() }[method];
      return `${label}: ${a[method]}`;
    });
    const safetyLines = SAFETY_QUESTIONS.filter((question) => a.methods.includes(question.method) && a.safety[question.key]).map(
      (question) => `${t.safetyLabelText(question.key)} ${a.safety[question.key] === 'yes' ? t.yesText() : t.noText()}`,
    );
    if (a.safeTimes.trim()) safetyLines.push(`${t.safeTimesText()}: ${a.safeTimes}`);
    const ages = parseChildAges(a.childAges) ?? [];
    const forWhom = [...(a.pregnant ? [t.pregnantText()] : []), ...(ages.length ? [`${t.childAgesText()}: ${ages.join(', ')}`] : [])];
    const accessLabels: Record<AccessNeed, string> = { interpreter: t.interpreterText(), britishSignLanguage: t.bslText(), easyRead: t.easyReadText() };
    const access = [...(a.language.trim() ? [a.language] : []), ...a.access.map((need) => accessLabels[need])];
    const rows: [string, string[], Step][] = [
      [t.topicsQuestionText(), topicNames, 'topics'],
      [t.routeQuestionText(), [a.route === 'information' ? t.routeInformationText() : t.routeContactText()], 'route'],
    ];
    if (a.route !== 'information') {
      rows.push([t.forWhomQuestionText(), forWhom, 'for-whom'], [t.nameText(), [a.name], 'contact'], [t.methodsText(), methodLines, 'contact'], [t.safetyQuestionText(), safetyLines, 'safety'], [t.accessQuestionText(), access, 'access']);
    }
    const state = this.#submissionState;
    const sending = this.#sending;
    // The receiver said no in a way sending again cannot change: the phone is the way on, not "Try again".
    const refused = state?.status === 'not-sent' && !state.canRetry;
    return html`${this.#heading(t.checkHeadingText())}
      <dl class="fh-summary-list">
        ${rows.map(
          ([question, lines, step], index) => html`<div>
            <dt id=${this.#id(`row-${index}`)}>${question}</dt>
            <dd>${lines.length ? lines.join('\n') : t.notGivenText()}</dd>
            <dd><button type="button" class="fh-link-button" ?disabled=${sending} aria-describedby=${this.#id(`row-${index}`)} @click=${() => this.#change(step)}>${t.changeText()}</button></dd>
          </div>`,
        )}
      </dl>
      ${state?.status === 'not-sent' ? this.#renderNotSent(content, state) : nothing}
      ${refused ? nothing : this.#renderSendForm(content, state, sending)}`;
  }

  /** Send (or Try again) with the honeypot, and the status line screen readers hear while sending. */
  #renderSendForm(content: HelpRequestContent, state: SubmissionState | undefined, sending: boolean): TemplateResult {
    const a = this.#answers;
    return html`<form novalidate @submit=${(event: Event) => this.#send(event, content)}>
        <div class="fh-honeypot" aria-hidden="true">
          <label for=${this.#id('website')}>${t.honeypotText()}</label>
          <input id=${this.#id('website')} name="website" type="text" tabindex="-1" autocomplete="off" .value=${a.honeypot} @input=${(event: Event) => this.#set('honeypot', (event.target as HTMLInputElement).value)} />
        </div>
        <button class="fh-button" type="submit" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sendingText() : state?.status === 'not-sent' ? t.tryAgainText() : t.sendText()}</button>
      </form>
      <div class="fh-visually-hidden" role="status">${sending ? t.sendingText() : ''}</div>`;
  }

  #renderNotSent(content: HelpRequestContent, state: Extract<SubmissionState, { status: 'not-sent' }>): TemplateResult {
    const reason = state.reason === 'offline' ? t.notSentOfflineText() : state.canRetry ? t.notSentFailedText() : t.notSentRefusedText();
    return html`<div class="fh-warning" role="alert" data-fh-not-sent>
      <h2 class="fh-subheading">${t.notSentHeadingText()}</h2>
      <p>${reason}</p>
      <p>${t.notSentKeptText()}</p>
      <p>${this.#phoneLine(content, t.phoneInsteadText)}</p>
    </div>`;
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

declare global {
  interface HTMLElementTagNameMap {
    'fh-help-request': FhHelpRequest;
  }
}
