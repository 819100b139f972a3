/**
 * One course as a family reads it: when (dates, days and times in UK time), where (venue and
 * distance, or online), what else (crèche, language, cost, places left) and how to join.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ScheduledCourse } from '@family-hubs/content';
import { formatDate, timeText as kitTimeText } from '../internal/format.js';
import { emailHref, phoneHref, relFor } from '../internal/links.js';
import { safeUrl } from '../internal/url.js';
import { dayName } from './labels.js';

/** What the course template needs from the widget. */
export interface CourseContext {
  readonly locale: string;
  readonly programmeName: string;
  readonly languageName: (code: string) => string;
  readonly list: (items: string[]) => string;
  readonly onAsk: (scheduled: ScheduledCourse) => void;
  readonly onCalendar: (scheduled: ScheduledCourse) => void;
}

/** `09:30` → "9:30am", `12:00` → "midday" (as GOV.UK writes times), or "09:30" in Polish: the kit's wording, as the service search's. */
export function timeText(time: string, locale: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return kitTimeText({ hour, minute }, locale);
}

/** "Tuesday 12 January 2027" (GOV.UK's order, without the comma Intl puts after the weekday in English). */
function longDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (!/^en\b/i.test(locale)) return format.format(parsed);
  return format
    .formatToParts(parsed)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

function statusTag(scheduled: ScheduledCourse): TemplateResult | typeof nothing {
  if (scheduled.status === 'full') return html`<strong class="tag tag--full" part="course-status">${msg('Full')}</strong>`;
  if (scheduled.status === 'started') return html`<strong class="tag tag--started" part="course-status">${msg('Already started')}</strong>`;
  return nothing;
}

function whenText(scheduled: ScheduledCourse, context: CourseContext): TemplateResult {
  const { course } = scheduled;
  const days = course.days.length ? msg(str`Every ${context.list(course.days.map((day) => dayName(day, context.locale)))}`, { desc: 'A weekly session: "Every Tuesday", "Every Monday and Wednesday"' }) : undefined;
  const times = course.opensAt && course.closesAt ? msg(str`${timeText(course.opensAt, context.locale)} to ${timeText(course.closesAt, context.locale)}`) : undefined;
  const sessions = course.sessionDates.length;
  return html`<p class="course-when">
      ${scheduled.status === 'started'
        ? msg(str`Started ${formatDate(course.startDate, context.locale)}; next session ${longDate(scheduled.nextSession, context.locale)}`)
        : msg(str`Starts ${longDate(course.startDate, context.locale)}`)}
    </p>
    <p>${[days, times].filter(Boolean).join(', ')}${course.scheduleNote ? html` (${course.scheduleNote})` : nothing}</p>
    ${sessions > 1 ? html`<p>${msg(str`${sessions} sessions, until ${formatDate(scheduled.lastSession, context.locale)}`)}</p>` : nothing}`;
}

function whereText(scheduled: ScheduledCourse): TemplateResult {
  const { course } = scheduled;
  if (course.online) return html`<p>${msg('Online')}</p>`;
  if (!course.venue) return html`<p>${msg('Ask us where it meets')}</p>`;
  const miles = scheduled.distanceMiles;
  return html`<p>
    ${course.venue.name}, ${course.venue.address}${miles !== undefined ? html`<br /><span class="distance">${msg(str`${miles.toFixed(1)} miles away`)}</span>` : nothing}
  </p>`;
}

function details(scheduled: ScheduledCourse, context: CourseContext): TemplateResult {
  const { course } = scheduled;
  const rows: [string, string][] = [];
  if (course.creche !== undefined) rows.push([msg('Crèche'), course.creche ? msg('Yes, for children under school age') : msg('No')]);
  if (course.language) rows.push([msg('Language'), context.languageName(course.language)]);
  rows.push([msg('Cost'), course.isFree !== false && !course.cost ? msg('Free') : (course.cost ?? msg('Ask us about the cost'))]);
  if (course.placesLeft !== undefined) {
    rows.push([msg('Places left'), course.places !== undefined ? msg(str`${course.placesLeft} of ${course.places}`) : String(course.placesLeft)]);
  }
  return html`<dl class="course-details">
    ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

function joinActions(scheduled: ScheduledCourse, context: CourseContext): TemplateResult {
  const { course } = scheduled;
  const booking = course.bookingUrl ? safeUrl(course.bookingUrl) : undefined;
  const phone = course.contactPhone ? phoneHref(course.contactPhone) : undefined;
  const email = course.contactEmail ? emailHref(course.contactEmail) : undefined;
  const canJoin = scheduled.status === 'open';
  return html`<div class="course-join" part="course-join">
    ${canJoin && booking && course.howToJoin.includes('booking')
      ? html`<p><a href=${booking} rel=${relFor(booking) ?? nothing}>${msg(str`Book a place on ${context.programmeName}`)}</a></p>`
      : nothing}
    ${course.howToJoin.includes('selfReferral') ? html`<p>${msg('You can refer yourself: no need to ask a professional first.')}</p>` : nothing}
    ${course.howToJoin.includes('referral') ? html`<p>${msg('A health visitor, GP or family worker can refer you, or ask us.')}</p>` : nothing}
    ${phone ? html`<p>${msg('Phone:')} <a href=${phone}>${course.contactPhone}</a></p>` : nothing}
    ${email ? html`<p>${msg('Email:')} <a href=${email}>${course.contactEmail}</a></p>` : nothing}
    <div class="actions">
      <button type="button" class="button button--secondary" part="ask-button" @click=${() => context.onAsk(scheduled)}>
        ${msg('Ask about this course')}<span class="fh-visually-hidden">: ${context.programmeName}, ${formatDate(course.startDate, context.locale)}</span>
      </button>
      <button type="button" class="button button--secondary" part="calendar-button" @click=${() => context.onCalendar(scheduled)}>
        ${msg('Add to calendar')}<span class="fh-visually-hidden">: ${context.programmeName}, ${formatDate(course.startDate, context.locale)}</span>
      </button>
    </div>
  </div>`;
}

/** One course in the list. */
export function renderCourse(scheduled: ScheduledCourse, context: CourseContext): TemplateResult {
  const { course } = scheduled;
  const lang = course.fieldLanguages['title'];
  return html`<li class="course" part="course" data-course=${course.id} data-status=${scheduled.status}>
    <p class="course-title">
      <strong lang=${lang ?? nothing}>${course.title ?? context.programmeName}</strong>
      ${statusTag(scheduled)}
    </p>
    ${whenText(scheduled, context)} ${whereText(scheduled)} ${details(scheduled, context)} ${joinActions(scheduled, context)}
  </li>`;
}
