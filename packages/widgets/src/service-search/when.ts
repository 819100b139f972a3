/**
 * "When" for a result or a venue: the schedule in words, or the editor's own description when the
 * pattern cannot be said plainly.
 */
import type { Schedule } from '@family-hubs/content';

/** One line per schedule, in the order the CMS lists them. */
export function whenLines(schedules: readonly Schedule[]): string[] {
  return schedules.map((schedule) => schedule.description).filter((line): line is string => !!line);
}
