import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  CHILD_STAGES,
  FINDER_QUESTIONS,
  LANGUAGE_CODES,
  PROGRAMME_NEEDS,
  TAKE_PART_WAYS,
  TIMES_OF_DAY,
  WEEKDAYS,
  GeocodeError,
  geocodePostcode,
  matchProgrammes,
  parsePostcode,
  programmeFinderView,
  withoutAnswer,
  type ContentView,
  type CourseOrder,
  type FinderAnswers,
  type FinderQuestion,
  type GeoPoint,
  type ChildStage,
  type ProgrammeFinderContent,
  type ProgrammeNeed,
  type ProgrammeMatch,
  type TakePartWay,
} from '@family-hubs/content';
import { announce } from '../internal/announcer.js';
import { FhContentElement } from '../internal/content-element.js';
import { FhContentErrorEvent } from '../internal/events.js';
import { languageName } from '../internal/format.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LazyImport } from '../internal/lazy-import.js';
import { LazyPart } from '../internal/lazy-part.js';
import { dayName, headingText, needLabel, questionHint, questionText, stageLabel, timeLabel, wayLabel } from './labels.js';
import { programmeFinderStyles } from './programme-finder.styles.js';
import type * as ResultsModule from './finder-results.js';

/** The results step, a chunk of its own, one download per page (see `finder-results.ts`). */
const resultsPart = new LazyImport<typeof ResultsModule>(() => import('./finder-results.js'));

/** Where the finder is: the start, one of the questions, or the results. */
export type FinderStep = 'start' | FinderQuestion | 'results';

/**
 * Parenting programmes the council runs, with the evidence behind each in plain words and the next
 * courses near the family. An optional guided start asks up to five questions (each can be
 * skipped, and "Show me everything" is always there); results say why each programme might suit,
 * what it involves, the Foundations Guidebook rating with its caveat, whether it is on a national
 * list, and the next local courses with how to join and "Add to calendar".
 *
 * Until content arrives, and whenever it cannot be loaded, the element shows its own light-DOM
 * content: put a link and a phone number there.
 *
 * @summary Parenting programmes, their evidence and the courses running near the family.
 *
 * @tagname fh-programme-finder
 *
 * @slot - Fallback content, shown while loading and when content cannot be loaded.
 *
 * @csspart base - The widget's content.
 * @csspart heading - The heading.
 * @csspart stale - The notice shown above content from a backup copy.
 * @csspart question - The form of one question.
 * @csspart programme - One programme in the results.
 * @csspart evidence - A programme's evidence.
 * @csspart course - One course.
 * @csspart course-status - The "Full" or "Already started" tag.
 * @csspart course-join - How to join a course.
 * @csspart ask-button - "Ask about this course".
 * @csspart calendar-button - "Add to calendar".
 *
 * @cssprop [--fh-programme-accent=var(--fh-colour-brand)] - Accent colour of borders.
 *
 * @fires fh-ask-for-help - A family pressed "Ask about this course". `detail` is `{courseId, label}`. Cancelable: otherwise the site's help request page opens.
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded, or the results could not be (the page's fallback shows).
 */
export class FhProgrammeFinder extends FhContentElement<ProgrammeFinderContent> {
  static override css = programmeFinderStyles;

  /** The heading's level (1–6), so the widget fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Where the finder starts: `questions` (default, the guided start), `results` (every programme, or
   * those matching the preset answers below), or one question (`stages`, `needs`, `ways`, `language`, `when`).
   */
  @property() start: 'questions' | FinderStep = 'questions';

  /** Preset ages or stages, space-separated (e.g. `age12to15 age16to18` on a page about teenagers). Families can change them. */
  @property() stages?: string;

  /** Preset needs, space-separated (e.g. `parentalConflict`). Families can change them. */
  @property() needs?: string;

  /** A preset language (ISO 639-1, e.g. `pl`). Families can change it. */
  @property() language?: string;

  /** A postcodes.io-compatible geocoder (`{geocoder}/postcodes/{pc}`), e.g. `https://api.postcodes.io`. Without it there is no postcode box. */
  @property() geocoder?: string;

  /** The day the finder treats as today, `YYYY-MM-DD` (for previews and tests). Default: the real date. */
  @property() today?: string;

  /** Where the finder is. */
  @state() step: FinderStep = 'start';
  /** The family's answers so far (kept in memory only). */
  @state() answers: FinderAnswers = {};
  @state() private order: CourseOrder = 'soonest';
  @state() private wayFilter: TakePartWay | '' = '';
  @state() private from?: GeoPoint;
  @state() private postcodeError = '';
  #focusStep = false;
  /** The results, for this element: shown once loaded, the page's fallback if they cannot be. */
  readonly #results = new LazyPart(this, resultsPart, {
    onFailure: () => this.dispatchEvent(new FhContentErrorEvent({ kind: 'network', message: 'The programme finder’s results could not be loaded', stale: false })),
  });
  /** What the results read of the element, live. */
  readonly #host: ResultsModule.FinderHost = ((finder: FhProgrammeFinder): ResultsModule.FinderHost => ({
    element: finder,
    get locale() {
      return finder.locale;
    },
    get answers() {
      return finder.answers;
    },
    get order() {
      return finder.order;
    },
    get from() {
      return finder.from;
    },
    now: () => finder.#now(),
    visibleMatches: (value) => finder.#visible(finder.#matches(value)),
    go: (step) => finder.go(step),
    relax: (question) => {
      finder.answers = withoutAnswer(finder.answers, question);
      finder.wayFilter = '';
      finder.go('results');
    },
    everythingButton: () => finder.#everythingButton(),
    renderControls: () => finder.#renderControls(),
    list: (items) => finder.#andList(items),
    languageName: (code) => finder.#languageName(code),
  }))(this);

  protected override get view(): ContentView<ProgrammeFinderContent> {
    return programmeFinderView;
  }

  protected override emptyText(): string {
    return msg('No parenting programmes have been published yet.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stages') || changed.has('needs') || changed.has('language')) this.answers = { ...this.answers, ...this.#presets() };
    if (changed.has('start') && this.start !== 'questions') this.step = this.start;
    if (this.step === 'results') this.#results.request();
  }

  /** The preset answers from the attributes, keeping only known values (an editor's typo is ignored, not shown). */
  #presets(): FinderAnswers {
    const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean);
    const stages = words(this.stages).filter((v): v is ChildStage => (CHILD_STAGES as readonly string[]).includes(v));
    const needs = words(this.needs).filter((v): v is ProgrammeNeed => (PROGRAMME_NEEDS as readonly string[]).includes(v));
    const language = LANGUAGE_CODES.find((code) => code === this.language);
    return { ...(stages.length ? { stages } : {}), ...(needs.length ? { needs } : {}), ...(language ? { language } : {}) };
  }

  /** Also waits for the results chunk when the results are showing, so "go, then await updateComplete" sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.step !== 'results' || this.#results.loaded || this.#results.failed || this.content.state !== 'loaded') return done;
    await this.#results.settled();
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    // The results are asked for once the first step has painted, in an idle moment, so "See
    // everything" or the last question finds them there.
    if (this.content.state === 'loaded') this.#results.requestWhenIdle();
    if (!this.#focusStep) return;
    this.#focusStep = false;
    // The heading of the new step takes focus, so keyboard and screen-reader users start there.
    const heading = this.renderRoot.querySelector<HTMLElement>('.step-heading');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  /** Moves to `step`, focusing its heading and saying what changed. */
  go(step: FinderStep): void {
    // A family asking for the results again asks for their chunk again, if it failed before.
    if (step === 'results') this.#results.retry();
    this.step = step;
    this.#focusStep = true;
    if (step === 'results') void this.updateComplete.then(() => this.#announceResults());
  }

  #now(): Date {
    // Noon UTC is the same day in London whatever the season.
    const day = this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? new Date(`${this.today}T12:00:00Z`) : undefined;
    return day && !Number.isNaN(day.getTime()) ? day : new Date();
  }

  #matches(value: ProgrammeFinderContent, answers = this.answers): ProgrammeMatch[] {
    return matchProgrammes(value.programmes, answers, this.#now());
  }

  #announceResults(): void {
    const value = this.content.value;
    if (!value) return;
    const count = this.#visible(this.#matches(value)).length;
    void announce(count === 0 ? msg('No programmes match your answers') : count === 1 ? msg('1 programme matches your answers') : msg(str`${count} programmes match your answers`));
  }

  #visible(matches: ProgrammeMatch[]): ProgrammeMatch[] {
    const filter = this.wayFilter;
    if (!filter) return matches;
    return matches.filter((match) => matchProgrammes([match.programme], { ways: [filter] }, this.#now()).length > 0);
  }

  #andList = (items: string[]): string => new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  #languageName = (code: string): string => languageName(code, this.locale);

  protected override renderContent(value: ProgrammeFinderContent): TemplateResult {
    const level = headingLevel(this.headingLevel);
    return html`<section class="base" part="base" aria-labelledby="heading">
      ${renderHeading(level, headingText(), { id: 'heading', part: 'heading', className: 'fh-heading-l' })} ${this.renderStaleNotice()}
      ${this.step === 'start' ? this.#renderStart(level) : this.step === 'results' ? this.#renderResultsStep(value, level) : this.#renderQuestion(this.step, level)}
    </section>`;
  }

  /** The results, once their chunk has loaded; the page's fallback if it cannot be. */
  #renderResultsStep(value: ProgrammeFinderContent, level: number): TemplateResult {
    const results = this.#results.loaded;
    if (results) return results.renderResults(value, level, this.#host);
    return this.#results.failed ? this.renderUnavailable() : this.renderLoading();
  }

  #renderStart(level: number): TemplateResult {
    return html`<div class="step">
      ${renderHeading(level + 1, msg('Courses for parents and carers'), { className: 'fh-heading-m step-heading' })}
      <p>${msg('Lots of parents go on a course: to feel more confident, to meet other parents, or when things feel hard. Answer a few questions to see what might suit you, or see everything.')}</p>
      <div class="actions">
        <button type="button" class="button" @click=${() => this.go('stages')}>${msg('Answer a few questions')}</button>
        ${this.#everythingButton()}
      </div>
    </div>`;
  }

  #everythingButton(): TemplateResult {
    return html`<button
      type="button"
      class="button button--secondary"
      data-everything
      @click=${() => {
        this.answers = {};
        this.go('results');
      }}
    >
      ${msg('Show me everything')}
    </button>`;
  }

  #nextStep(question: FinderQuestion): FinderStep {
    const index = FINDER_QUESTIONS.indexOf(question);
    return FINDER_QUESTIONS[index + 1] ?? 'results';
  }

  #previousStep(question: FinderQuestion): FinderStep {
    const index = FINDER_QUESTIONS.indexOf(question);
    return index === 0 ? 'start' : FINDER_QUESTIONS[index - 1]!;
  }

  #onSubmit(question: FinderQuestion, event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    // Only values the form offers are kept, so a tampered form cannot smuggle anything else in.
    const picked = <T extends string>(name: string, allowed: readonly T[]): T[] =>
      data.getAll(name).filter((value): value is T => typeof value === 'string' && (allowed as readonly string[]).includes(value));
    const rest = withoutAnswer(this.answers, question);
    const some = <K extends string, T>(key: K, values: readonly T[]) => (values.length ? ({ [key]: values } as Record<K, readonly T[]>) : {});
    let answer: FinderAnswers;
    switch (question) {
      case 'stages':
        answer = some('stages', picked('stages', CHILD_STAGES));
        break;
      case 'needs':
        answer = some('needs', picked('needs', PROGRAMME_NEEDS));
        break;
      case 'ways':
        answer = some('ways', picked('ways', TAKE_PART_WAYS));
        break;
      case 'language': {
        const [language] = picked('language', LANGUAGE_CODES);
        answer = language ? { language } : {};
        break;
      }
      case 'when':
        answer = { ...some('days', picked('days', WEEKDAYS)), ...some('times', picked('times', TIMES_OF_DAY)) };
        break;
    }
    this.answers = { ...rest, ...answer };
    this.go(this.#nextStep(question));
  }

  #checkboxes(name: string, values: readonly string[], label: (value: string) => string, chosen: readonly string[] = []): TemplateResult {
    return html`<div class="choices">
      ${values.map(
        (value) => html`<label class="choice">
          <input type="checkbox" name=${name} value=${value} .checked=${chosen.includes(value)} />
          <span>${label(value)}</span>
        </label>`,
      )}
    </div>`;
  }

  #renderQuestion(question: FinderQuestion, level: number): TemplateResult {
    const number = FINDER_QUESTIONS.indexOf(question) + 1;
    const a = this.answers;
    let fields: TemplateResult;
    switch (question) {
      case 'stages':
        fields = this.#checkboxes('stages', CHILD_STAGES, (v) => stageLabel(v as never), a.stages);
        break;
      case 'needs':
        fields = this.#checkboxes('needs', PROGRAMME_NEEDS, (v) => needLabel(v as never), a.needs);
        break;
      case 'ways':
        fields = this.#checkboxes('ways', TAKE_PART_WAYS, (v) => wayLabel(v as never), a.ways);
        break;
      case 'language':
        fields = html`<label class="field-label" for="language">${msg('Language')}</label>
          <select id="language" name="language">
            <option value="" ?selected=${!a.language}>${msg('Any language')}</option>
            ${LANGUAGE_CODES.map((code) => html`<option value=${code} ?selected=${a.language === code}>${this.#languageName(code)}</option>`)}
          </select>`;
        break;
      case 'when':
        fields = html`<fieldset class="sub">
            <legend>${msg('Days')}</legend>
            ${this.#checkboxes('days', WEEKDAYS, (v) => dayName(v as never, this.locale), a.days)}
          </fieldset>
          <fieldset class="sub">
            <legend>${msg('Time of day')}</legend>
            ${this.#checkboxes('times', TIMES_OF_DAY, (v) => timeLabel(v as never), a.times)}
          </fieldset>`;
        break;
    }
    return html`<form class="step" part="question" data-question=${question} @submit=${(e: SubmitEvent) => this.#onSubmit(question, e)}>
      <p class="progress">${msg(str`Question ${number} of ${FINDER_QUESTIONS.length}`)}</p>
      <fieldset aria-describedby="hint">
        <legend>${renderHeading(level + 1, questionText(question), { className: 'fh-heading-m step-heading' })}</legend>
        <p id="hint" class="hint">${questionHint(question)}</p>
        ${fields}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button">${msg('Continue')}</button>
        <button
          type="button"
          class="button button--secondary"
          data-skip
          @click=${() => {
            this.answers = withoutAnswer(this.answers, question);
            this.go(this.#nextStep(question));
          }}
        >
          ${msg('Skip this question')}
        </button>
        ${this.#everythingButton()}
      </div>
      <p><button type="button" class="link-button" data-back @click=${() => this.go(this.#previousStep(question))}>${msg('Back')}</button></p>
    </form>`;
  }

  async #onPostcode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('postcode') as HTMLInputElement;
    const parsed = parsePostcode(input.value);
    if (!parsed.ok) {
      this.postcodeError = msg('Enter a postcode, like SW1A 2AA');
      void announce(this.postcodeError, { assertive: true });
      return;
    }
    let point: GeoPoint;
    try {
      // The SDK's look-up, as the service search's: one request, no cookies, no referrer.
      point = (await geocodePostcode(parsed.postcode, { endpoint: this.geocoder!, allowOutcode: false })).position;
    } catch (error) {
      const notFound = error instanceof GeocodeError && (error.kind === 'not-found' || error.kind === 'invalid');
      this.postcodeError = notFound ? msg('We could not find that postcode') : msg('We could not look up postcodes just now. Try again later.');
      void announce(this.postcodeError, { assertive: true });
      return;
    }
    this.postcodeError = '';
    this.from = point;
    this.order = 'nearest';
    void announce(msg('Courses sorted by distance from your postcode'));
  }

  #renderControls(): TemplateResult {
    return html`<div class="controls">
      ${this.geocoder
        ? html`<form class="postcode" @submit=${(e: SubmitEvent) => void this.#onPostcode(e)}>
            <label class="field-label" for="postcode">${msg('Your postcode (to see how far away courses are)')}</label>
            ${this.postcodeError ? html`<p id="postcode-error" class="error"><span class="fh-visually-hidden">${msg('Error:')}</span> ${this.postcodeError}</p>` : nothing}
            <div class="inline">
              <input
                id="postcode"
                name="postcode"
                autocomplete="postal-code"
                spellcheck="false"
                class="postcode-input"
                aria-invalid=${this.postcodeError ? 'true' : 'false'}
                aria-describedby=${this.postcodeError ? 'postcode-error' : nothing}
              />
              <button type="submit" class="button button--secondary">${msg('Find courses near me')}</button>
            </div>
          </form>`
        : nothing}
      <div class="inline">
        <label class="field-label" for="order">${msg('Sort courses by')}</label>
        <select
          id="order"
          @change=${(e: Event) => {
            this.order = (e.target as HTMLSelectElement).value as CourseOrder;
            void announce(this.order === 'nearest' ? msg('Courses sorted by distance') : msg('Courses sorted by date'));
          }}
        >
          <option value="soonest" ?selected=${this.order === 'soonest'}>${msg('Soonest first')}</option>
          <option value="nearest" ?selected=${this.order === 'nearest'} ?disabled=${!this.from}>${msg('Nearest first')}</option>
        </select>
        <label class="field-label" for="format">${msg('Show')}</label>
        <select
          id="format"
          @change=${(e: Event) => {
            this.wayFilter = (e.target as HTMLSelectElement).value as TakePartWay | '';
            void this.updateComplete.then(() => this.#announceResults());
          }}
        >
          <option value="" ?selected=${!this.wayFilter}>${msg('Every way to take part')}</option>
          ${TAKE_PART_WAYS.map((way) => html`<option value=${way} ?selected=${this.wayFilter === way}>${wayLabel(way)}</option>`)}
        </select>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-programme-finder': FhProgrammeFinder;
  }
}
