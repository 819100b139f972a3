/**
 * Which courses a family sees and in what order. Courses that have started or are full stay in the
 * list, marked, after the ones a family can still join (they may want the next run, or to ask);
 * courses whose last session has passed are left out.
 */
import type { GeoPoint } from '../model/definition/index.js';
import { distanceMiles as milesBetween } from '../geo/distance.js';
import { londonDate } from './london-time.js';
import type { CourseView } from './types.js';

/** `open`: can still be joined. `started`: the first session has passed. `full`: no places left. */
export type CourseStatus = 'open' | 'started' | 'full';

/** How to order courses. */
export const COURSE_ORDERS = ['soonest', 'nearest'] as const;
/** One of {@link COURSE_ORDERS}. */
export type CourseOrder = (typeof COURSE_ORDERS)[number];

/** A course as scheduled for a family today. */
export interface ScheduledCourse {
  readonly course: CourseView;
  readonly status: CourseStatus;
  /** The next session on or after today, `YYYY-MM-DD`. */
  readonly nextSession: string;
  /** The last session. */
  readonly lastSession: string;
  /** Sessions still to come, today included. */
  readonly sessionsLeft: number;
  /** Miles from the family's point, when both are known (online courses have none). */
  readonly distanceMiles?: number;
}

/** Options of {@link scheduleCourses}. */
export interface ScheduleOptions {
  /** Now; "today" is taken in Europe/London. */
  readonly now: Date;
  /** `soonest` (default) or `nearest` (needs `from`; online courses and courses without a position go last). */
  readonly order?: CourseOrder;
  /** The family's point, e.g. their postcode's centre. */
  readonly from?: GeoPoint;
}

const STATUS_RANK: Readonly<Record<CourseStatus, number>> = { open: 0, started: 1, full: 2 };

/** The status of a course today (`undefined` once its last session has passed). */
export function courseStatus(course: CourseView, today: string): CourseStatus | undefined {
  const last = course.sessionDates.at(-1) ?? course.startDate;
  if (last < today) return undefined;
  if (course.placesLeft === 0) return 'full';
  return course.startDate < today ? 'started' : 'open';
}

/** True when every session of `course` is before today. */
export function courseHasEnded(course: CourseView, now: Date): boolean {
  return courseStatus(course, londonDate(now)) === undefined;
}

/** Courses still to come, marked and ordered (joinable first, then started, then full). */
export function scheduleCourses(courses: readonly CourseView[], { now, order = 'soonest', from }: ScheduleOptions): ScheduledCourse[] {
  const today = londonDate(now);
  const scheduled: ScheduledCourse[] = [];
  for (const course of courses) {
    const status = courseStatus(course, today);
    if (!status) continue;
    const upcoming = course.sessionDates.filter((date) => date >= today);
    const position = course.venue?.position;
    const distanceMiles = from && position && !course.online ? milesBetween(from, position) : undefined;
    scheduled.push({
      course,
      status,
      nextSession: upcoming[0] ?? course.startDate,
      lastSession: course.sessionDates.at(-1) ?? course.startDate,
      sessionsLeft: upcoming.length,
      ...(distanceMiles !== undefined ? { distanceMiles } : {}),
    });
  }
  const byDistance = (a: ScheduledCourse, b: ScheduledCourse) => (a.distanceMiles ?? Infinity) - (b.distanceMiles ?? Infinity);
  const bySoonest = (a: ScheduledCourse, b: ScheduledCourse) => a.nextSession.localeCompare(b.nextSession) || (a.course.opensAt ?? '').localeCompare(b.course.opensAt ?? '');
  return scheduled.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      (order === 'nearest' && from ? byDistance(a, b) : 0) ||
      bySoonest(a, b) ||
      a.course.id.localeCompare(b.course.id),
  );
}
