/**
 * What `<fh-programme-finder>` draws and does once its content is there: the guided start, the
 * questions, the controls over the results and what a family's answers do. A chunk of its own,
 * asked for when the element is connected, while its content loads (see `internal/lazy-screen.ts`);
 * the results step is another, asked for once the first step has painted (`finder-results.ts`).
 * The element keeps its properties, its step and the family's answers.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
  withoutAnswer,
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
import type { ContentController } from '../internal/content-controller.js';
import { drawn } from '../internal/drawn.js';
import { FhContentErrorEvent } from '../internal/events.js';
import { languageName } from '../internal/format.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { LazyImport } from '../internal/lazy-import.js';
import { LazyPart } from '../internal/lazy-part.js';
import type { ScreenHost, WidgetScreen } from '../internal/lazy-screen.js';
import { dayName, headingText, needLabel, questionHint, questionText, stageLabel, timeLabel, wayLabel } from './labels.js';
import type * as ResultsModule from './finder-results.js';
import type { FhProgrammeFinder, FinderStep } from './programme-finder.js';

/** The results step, a chunk of its own, one download per page (see `finder-results.ts`). */
const resultsPart = new LazyImport<typeof ResultsModule>(() => import('./finder-results.js'));

/** One element's finder: see the module's description. */
export class FinderScreen implements WidgetScreen<ProgrammeFinderContent> {
  /** The element it draws into. */
  readonly host: FhProgrammeFinder;
  readonly #content: ContentController<ProgrammeFinderContent>;
  readonly #staleNotice: () => TemplateResult | typeof nothing;
  readonly #loading: () => TemplateResult;
  readonly #unavailable: () => TemplateResult;
  /** The attributes' preset answers have been read once. */
  #presetsRead = false;
  @drawn private order: CourseOrder = 'soonest';
  @drawn private wayFilter: TakePartWay | '' = '';
  @drawn private from?: GeoPoint;
  @drawn private postcodeError = '';
  #focusStep = false;
  /** The results, for this element: shown once loaded, the page's fallback if they cannot be. */
  readonly #results: LazyPart<typeof ResultsModule>;
  /** What the results read of the element, live. */
  readonly #resultsHost: ResultsModule.FinderHost = ((finder: FinderScreen): ResultsModule.FinderHost => ({
    // Read when used: private fields are set before the constructor has the element.
    get element() {
      return finder.host;
    },
    get locale() {
      return finder.host.locale;
    },
    get answers() {
      return finder.host.answers;
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
      finder.host.answers = withoutAnswer(finder.host.answers, question);
      finder.wayFilter = '';
      finder.go('results');
    },
    everythingButton: () => finder.#everythingButton(),
    renderControls: () => finder.#renderControls(),
    list: (items) => finder.#andList(items),
    languageName: (code) => finder.#languageName(code),
  }))(this);

  /**
   * @param host - The element, and what it keeps for its screen: its content controller, the
   *   notice for content from a backup copy and its loading and unavailable states.
   */
  constructor(host: ScreenHost<FhProgrammeFinder, ProgrammeFinderContent>) {
    this.host = host.element;
    this.#content = host.content;
    this.#staleNotice = host.staleNotice;
    this.#loading = host.loading;
    this.#unavailable = host.unavailable;
    this.#results = new LazyPart(this.host, resultsPart, {
      onFailure: () => this.host.dispatchEvent(new FhContentErrorEvent({ kind: 'network', message: 'The programme finder’s results could not be loaded', stale: false })),
    });
  }

  willUpdate(changed: PropertyValues<FhProgrammeFinder>): void {
    // The first time as well: the attributes may have been set before this screen arrived.
    if (!this.#presetsRead || changed.has('stages') || changed.has('needs') || changed.has('language')) this.host.answers = { ...this.host.answers, ...this.#presets() };
    this.#presetsRead = true;
    if (this.host.step === 'results') this.#results.request();
  }

  /** The preset answers from the attributes, keeping only known values (an editor's typo is ignored, not shown). */
  #presets(): FinderAnswers {
    const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean);
    const stages = words(this.host.stages).filter((v): v is ChildStage => (CHILD_STAGES as readonly string[]).includes(v));
    const needs = words(this.host.needs).filter((v): v is ProgrammeNeed => (PROGRAMME_NEEDS as readonly string[]).includes(v));
    const language = LANGUAGE_CODES.find((code) => code === this.host.language);
    return { ...(stages.length ? { stages } : {}), ...(needs.length ? { needs } : {}), ...(language ? { language } : {}) };
  }

  /** The results chunk while the results are showing, so "go, then await updateComplete" sees them. */
  pending(): Promise<void> | undefined {
    if (this.host.step !== 'results' || this.#results.loaded || this.#results.failed || this.#content.state !== 'loaded') return undefined;
    return this.#results.settled();
  }

  hostUpdated(): void {
    // The results are asked for once the first step has painted, in an idle moment, so "See
    // everything" or the last question finds them there.
    if (this.#content.state === 'loaded') this.#results.requestWhenIdle();
    if (!this.#focusStep) return;
    // The heading of the new step takes focus, so keyboard and screen-reader users start there.
    const heading = this.host.renderRoot.querySelector<HTMLElement>('.step-heading');
    // The results may still be on their way: their heading takes focus when they are drawn. If
    // they cannot be loaded the page's fallback shows, and focus is not taken later by surprise.
    if (!heading) {
      if (this.#results.failed) this.#focusStep = false;
      return;
    }
    this.#focusStep = false;
    heading.tabIndex = -1;
    heading.focus();
  }

  /** Moves to `step`, focusing its heading and saying what changed. */
  go(step: FinderStep): void {
    // A family asking for the results again asks for their chunk again, if it failed before.
    if (step === 'results') this.#results.retry();
    this.host.step = step;
    this.#focusStep = true;
    if (step === 'results') void this.host.updateComplete.then(() => this.#announceResults());
  }

  #now(): Date {
    // Noon UTC is the same day in London whatever the season.
    const day = this.host.today && /^\d{4}-\d{2}-\d{2}$/.test(this.host.today) ? new Date(`${this.host.today}T12:00:00Z`) : undefined;
    return day && !Number.isNaN(day.getTime()) ? day : new Date();
  }

  #matches(value: ProgrammeFinderContent, answers = this.host.answers): ProgrammeMatch[] {
    return matchProgrammes(value.programmes, answers, this.#now());
  }

  #announceResults(): void {
    const value = this.#content.value;
    if (!value) return;
    const count = this.#visible(this.#matches(value)).length;
    void announce(count === 0 ? msg('No programmes match your answers') : count === 1 ? msg('1 programme matches your answers') : msg(str`${count} programmes match your answers`));
  }

  #visible(matches: ProgrammeMatch[]): ProgrammeMatch[] {
    const filter = this.wayFilter;
    if (!filter) return matches;
    return matches.filter((match) => matchProgrammes([match.programme], { ways: [filter] }, this.#now()).length > 0);
  }

  #andList = (items: string[]): string => new Intl.ListFormat(this.host.locale, { type: 'conjunction' }).format(items);
  #languageName = (code: string): string => languageName(code, this.host.locale);

  render(value: ProgrammeFinderContent): TemplateResult {
    const level = headingLevel(this.host.headingLevel);
    return html`<section class="base" part="base" aria-labelledby="heading">
      ${renderHeading(level, headingText(), { id: 'heading', part: 'heading', className: 'fh-heading-l' })} ${this.#staleNotice()}
      ${this.host.step === 'start' ? this.#renderStart(level) : this.host.step === 'results' ? this.#renderResultsStep(value, level) : this.#renderQuestion(this.host.step, level)}
    </section>`;
  }

  /** The results, once their chunk has loaded; the page's fallback if it cannot be. */
  #renderResultsStep(value: ProgrammeFinderContent, level: number): TemplateResult {
    const results = this.#results.loaded;
    if (results) return results.renderResults(value, level, this.#resultsHost);
    return this.#results.failed ? this.#unavailable() : this.#loading();
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
        this.host.answers = {};
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
    const rest = withoutAnswer(this.host.answers, question);
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
    this.host.answers = { ...rest, ...answer };
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
    const a = this.host.answers;
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
            ${this.#checkboxes('days', WEEKDAYS, (v) => dayName(v as never, this.host.locale), a.days)}
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
            this.host.answers = withoutAnswer(this.host.answers, question);
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
      point = (await geocodePostcode(parsed.postcode, { endpoint: this.host.geocoder!, allowOutcode: false })).position;
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
      ${this.host.geocoder
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
            void this.host.updateComplete.then(() => this.#announceResults());
          }}
        >
          <option value="" ?selected=${!this.wayFilter}>${msg('Every way to take part')}</option>
          ${TAKE_PART_WAYS.map((way) => html`<option value=${way} ?selected=${this.wayFilter === way}>${wayLabel(way)}</option>`)}
        </select>
      </div>
    </div>`;
  }
}
