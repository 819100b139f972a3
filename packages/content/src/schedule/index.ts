/**
 * Schedules as families read them: what the pattern is, when the next sessions are, whether
 * something is open now, and the days it runs on. Pure functions; London time; bank holidays skipped.
 * @module
 */
export { describeSchedule, type ScheduleDescription } from './describe.js';
export { occurrences, scheduleDays, type Occurrence, type OccurrenceOptions } from './occurrences.js';
export { openStatus, type OpenStatus } from './open-status.js';
export { holidayCalendar, type HolidayCalendar, type HolidaySettings } from './holidays.js';
export { ENGLAND_AND_WALES_BANK_HOLIDAYS, type BankHoliday } from './bank-holidays.js';
export type { ScheduleDay, ScheduleInput, TimeOfDay } from './rule.js';
