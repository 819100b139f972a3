/**
 * Parenting programmes for the programme finder: the plain view types, matching a family's
 * answers, scheduling courses, and calendar files.
 * @module
 */
export * from './types.js';
export * from './match.js';
export * from './schedule.js';
export { courseCalendar, escapeText, foldLine, type CalendarOptions } from './ics.js';
export { sessionDates, courseDays } from './sessions.js';
export { londonDate } from './london-time.js';
export { resolveProgrammes } from './resolve.js';
