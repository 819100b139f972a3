import { listEntities, type ContentSet } from '../content-set.js';
import type { ContentIssue } from '../model/index.js';
import { resolveProgrammes } from '../programmes/resolve.js';
import { courseHasEnded, scheduleCourses } from '../programmes/schedule.js';

/**
 * Programme health for editors: programmes with no course still to come (families find the
 * programme and nowhere to go), and courses whose last session has passed but are still published.
 */
export function checkProgrammeCourses(set: ContentSet, now: Date): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const names = new Map(listEntities(set, 'parentingProgramme').map((programme) => [programme.id, programme.name]));
  for (const programme of resolveProgrammes(set)) {
    if (scheduleCourses(programme.courses, { now }).length === 0) {
      issues.push({
        entryId: programme.id,
        contentType: 'parentingProgramme',
        path: [],
        message: `"${programme.name}" has no upcoming course: add a Programme course with its next dates, or unpublish the programme if it no longer runs`,
        severity: 'warning',
        code: 'programme-no-upcoming-course',
      });
    }
    for (const course of programme.courses) {
      if (!courseHasEnded(course, now)) continue;
      const last = course.sessionDates.at(-1) ?? course.startDate;
      issues.push({
        entryId: course.id,
        contentType: 'programmeCourse',
        path: ['startDate'],
        message: `This course of "${names.get(course.programmeId) ?? course.programmeId}" ended on ${last} but is still published: unpublish it (families no longer see it)`,
        severity: 'warning',
        code: 'course-ended',
      });
    }
  }
  return issues;
}
