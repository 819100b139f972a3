import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { programmeFinderView, type ContentView, type FinderAnswers, type FinderQuestion, type ProgrammeFinderContent } from '@family-hubs/content';
import { LazyImport } from '../internal/lazy-import.js';
import type { ScreenHost } from '../internal/lazy-screen.js';
import { FhScreenElement } from '../internal/screen-element.js';
import type * as ScreenModule from './finder-screen.js';
import { programmeFinderStyles } from './programme-finder.styles.js';

/** What the finder draws and does once its content is there: a chunk of its own, one download per page (see `finder-screen.ts`). */
const screenPart = new LazyImport<typeof ScreenModule>(() => import('./finder-screen.js'));

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
 * @fires fh-content-error - Content could not be loaded, or the finder's questions or results could not be (the page's fallback shows).
 */
export class FhProgrammeFinder extends FhScreenElement<ProgrammeFinderContent, typeof ScreenModule, ScreenModule.FinderScreen> {
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

  protected override screenPart(): LazyImport<typeof ScreenModule> {
    return screenPart;
  }

  protected override createScreen({ FinderScreen }: typeof ScreenModule, host: ScreenHost<this, ProgrammeFinderContent>): ScreenModule.FinderScreen {
    return new FinderScreen(host);
  }

  protected override screenFailureMessage(): string {
    return 'The programme finder could not be loaded';
  }

  protected override get view(): ContentView<ProgrammeFinderContent> {
    return programmeFinderView;
  }

  protected override emptyText(): string {
    return msg('No parenting programmes have been published yet.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('start') && this.start !== 'questions') this.step = this.start;
    super.willUpdate(changed);
  }

  /**
   * Moves to `step`, focusing its heading and saying what changed. Before the finder's screens
   * have arrived (just after the element is connected) it only sets the step they will show.
   */
  go(step: FinderStep): void {
    const screen = this.screen;
    if (screen) screen.go(step);
    else this.step = step;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-programme-finder': FhProgrammeFinder;
  }
}
