/**
 * The programme finder's results: each programme with why it might suit, what it involves, the
 * evidence in plain words, and its next courses with "Ask about this course" and "Add to
 * calendar". A chunk of its own, asked for once the first step has painted (at once when the
 * finder starts on its results), so the guided start does not wait for it. The element keeps the
 * state; these functions only draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  courseCalendar,
  relaxations,
  scheduleCourses,
  type CourseOrder,
  type FinderAnswers,
  type FinderQuestion,
  type GeoPoint,
  type ProgrammeFinderContent,
  type ProgrammeMatch,
  type ScheduledCourse,
} from '@family-hubs/content';
import { announce } from '../internal/announcer.js';
import { formatDate } from '../internal/format.js';
import { renderHeading } from '../internal/heading.js';
import { emailHref, phoneHref, relFor } from '../internal/links.js';
import { safeUrl } from '../internal/url.js';
import { calendarFileName, downloadCalendar } from './calendar-download.js';
import { FhAskForHelpEvent } from './events.js';
import { kiteMarkCaveat, ratingMeaning, reasonLabel, relaxLabel } from './labels.js';
import { renderCourse, type CourseContext } from './render-course.js';

/** What the results read of the element and ask it to do. */
export interface FinderHost {
  /** The element: events are dispatched from it, and the calendar file is offered from its document. */
  readonly element: HTMLElement;
  readonly locale: string;
  /** The family's answers so far. */
  readonly answers: FinderAnswers;
  /** How courses are ordered. */
  readonly order: CourseOrder;
  /** Where distances are measured from, once the family gave a postcode. */
  readonly from: GeoPoint | undefined;
  /** The day the finder treats as today. */
  now(): Date;
  /** The programmes that match the answers and the way-to-take-part filter. */
  visibleMatches(value: ProgrammeFinderContent): ProgrammeMatch[];
  /** Moves to a step. */
  go(step: 'stages' | 'results'): void;
  /** Leaves out one answer and shows the results again ("You could leave out one answer"). */
  relax(question: FinderQuestion): void;
  /** "Show me everything". */
  everythingButton(): TemplateResult;
  /** The sort, postcode and way-to-take-part controls. */
  renderControls(): TemplateResult;
  /** "a, b and c" in the page's language. */
  readonly list: (items: string[]) => string;
  /** A language's name in the page's language. */
  readonly languageName: (code: string) => string;
}

function renderAskFirst(value: ProgrammeFinderContent): TemplateResult | typeof nothing {
  const phone = value.site?.contactPhone;
  const email = value.site?.contactEmail;
  const phoneLink = phone ? phoneHref(phone) : undefined;
  const emailLink = email ? emailHref(email) : undefined;
  if (!phoneLink && !emailLink) return nothing;
  return html`<div class="ask-first">
    <p>
      <strong>${msg('Not sure which would suit you? Ask us first.')}</strong>
      ${phoneLink ? html`${msg('Call')} <a href=${phoneLink}>${phone}</a>` : nothing}
      ${emailLink ? html`${phoneLink ? msg('or email') : msg('Email')} <a href=${emailLink}>${email}</a>` : nothing}
    </p>
  </div>`;
}

/** The results step: how many programmes, the controls, and each programme with its next courses. */
export function renderResults(value: ProgrammeFinderContent, level: number, host: FinderHost): TemplateResult {
  const matches = host.visibleMatches(value);
  const answered = Object.keys(host.answers).length > 0;
  return html`<div class="results">
    ${renderHeading(level + 1, matches.length === 1 ? msg('1 programme') : msg(str`${matches.length} programmes`), { className: 'fh-heading-m step-heading' })}
    <div class="actions">
      ${answered ? html`<button type="button" class="link-button" data-change @click=${() => host.go('stages')}>${msg('Change your answers')}</button>` : nothing}
      ${answered ? host.everythingButton() : html`<button type="button" class="link-button" @click=${() => host.go('stages')}>${msg('Answer a few questions')}</button>`}
    </div>
    ${renderAskFirst(value)} ${host.renderControls()}
    ${matches.length ? html`<ul class="programmes">${matches.map((match) => renderProgramme(match, value, level + 2, host))}</ul>` : renderNothing(value, host)}
  </div>`;
}

function renderNothing(value: ProgrammeFinderContent, host: FinderHost): TemplateResult {
  const options = relaxations(value.programmes, host.answers, host.now()).filter((r) => r.count > 0);
  return html`<div class="nothing" data-nothing>
    <p>${msg('No programmes match all your answers.')}</p>
    ${options.length
      ? html`<p>${msg('You could leave out one answer:')}</p>
          <ul class="relax">
            ${options.map(
              (option) => html`<li>
                <button
                  type="button"
                  class="link-button"
                  data-relax=${option.question}
                  @click=${() => {
                    host.relax(option.question);
                  }}
                >
                  ${relaxLabel(option.question, option.count)}
                </button>
              </li>`,
            )}
          </ul>`
      : nothing}
    <p>${host.everythingButton()}</p>
  </div>`;
}

function renderProgramme({ programme, reasons }: ProgrammeMatch, value: ProgrammeFinderContent, level: number, host: FinderHost): TemplateResult {
  const lang = (field: string) => programme.fieldLanguages[field] ?? nothing;
  const source = programme.evidence.sourceUrl ? safeUrl(programme.evidence.sourceUrl) : undefined;
  const courses = scheduleCourses(programme.courses, { now: host.now(), order: host.order, ...(host.from ? { from: host.from } : {}) });
  const context: CourseContext = {
    locale: host.locale,
    programmeName: programme.name,
    languageName: host.languageName,
    list: host.list,
    onAsk: (scheduled) => ask(host, scheduled, programme.name, value),
    onCalendar: (scheduled) => calendar(host, scheduled, programme.name),
  };
  const involves: [string, string | undefined][] = [
    [msg('How long it takes'), programme.dosage],
    [msg('Group size'), courses[0]?.course.places !== undefined ? msg(str`Up to ${courses[0].course.places} parents`) : undefined],
    [msg('Who runs it'), programme.deliveredBy],
  ];
  return html`<li class="programme" part="programme" data-programme=${programme.id}>
    ${renderHeading(level, programme.name)}
    ${reasons.length
      ? html`<ul class="reasons" aria-label=${msg('Why this might suit you')}>
          ${reasons.map((reason) => html`<li>${reasonLabel(reason, host.list, host.languageName)}</li>`)}
        </ul>`
      : nothing}
    <p lang=${lang('summary')}>${programme.summary}</p>
    ${renderHeading(level + 1, msg('What it involves'))}
    <dl class="involves">
      ${involves.filter(([, text]) => text).map(([term, text]) => html`<div><dt>${term}</dt><dd>${text}</dd></div>`)}
    </dl>
    <div class="evidence" part="evidence">
      ${renderHeading(level + 1, msg('The evidence'))}
      <p>${msg(str`Foundations Guidebook rating: ${programme.evidence.rating}.`)} ${ratingMeaning(programme.evidence.rating)}</p>
      <p class="caveat">${kiteMarkCaveat()}</p>
      ${source
        ? html`<p>
            <a href=${source} rel=${relFor(source) ?? nothing}>${msg(str`Read about ${programme.name} in the Foundations Guidebook`)}</a>
            ${programme.evidence.checkedOn ? html`<br />${msg(str`Rating checked on ${formatDate(programme.evidence.checkedOn, host.locale)}`)}` : nothing}
          </p>`
        : nothing}
      ${programme.nationalList.listed
        ? html`<p data-national-list>
            ${msg('On a national list of approved programmes')}${programme.nationalList.name
              ? html`: <span lang=${lang('nationalListName')}>${programme.nationalList.name}</span>`
              : nothing}
          </p>`
        : nothing}
    </div>
    ${programme.firstSession
      ? html`<details class="first-session">
          <summary>${msg('What to expect in the first session')}</summary>
          <p lang=${lang('firstSession')}>${programme.firstSession}</p>
        </details>`
      : nothing}
    ${renderHeading(level + 1, msg('Next courses'))}
    ${courses.length
      ? html`<ul class="courses">${courses.map((scheduled) => renderCourse(scheduled, context))}</ul>`
      : html`<p>${msg('No courses are planned at the moment. Ask us when the next one starts.')}</p>`}
  </li>`;
}

function ask(host: FinderHost, scheduled: ScheduledCourse, programmeName: string, value: ProgrammeFinderContent): void {
  const event = new FhAskForHelpEvent({ courseId: scheduled.course.id, label: programmeName });
  if (!host.element.dispatchEvent(event)) return;
  const page = value.site?.helpRequestUrl ? safeUrl(value.site.helpRequestUrl) : undefined;
  if (page) globalThis.location.assign(page);
}

function calendar(host: FinderHost, scheduled: ScheduledCourse, programmeName: string): void {
  const { course } = scheduled;
  const dates = course.sessionDates.filter((date) => date >= scheduled.nextSession);
  const text = courseCalendar(course, { summary: course.title ?? programmeName, now: host.now(), dates, onlineLabel: msg('Online') });
  downloadCalendar(host.element, text, calendarFileName(course.title ?? programmeName));
  void announce(msg(str`Calendar file for ${programmeName} downloaded`));
}
