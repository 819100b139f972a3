import { defineContentType, field, type EntityOf } from './definition/index.js';
import { SCHEDULE_FREQUENCIES, TIME_OF_DAY } from './vocabularies.js';

const BYDAY = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const BYMONTHDAY = /^(-?([1-9]|[12]\d|3[01]))$/;

/** When something happens: an RRULE subset families see as "Every other Tuesday, 10am to 11:30am". */
export const scheduleType = defineContentType({
  id: 'schedule',
  name: 'Schedule',
  description: 'A repeating time, like every Tuesday 10:00–11:30 or the last Friday of each month.',
  displayField: 'description',
  fields: {
    freq: field.symbol('Repeats', { in: SCHEDULE_FREQUENCIES }).required().help('WEEKLY or MONTHLY'),
    interval: field.integer('Every', { min: 1, max: 12 }).help('1 = every week (or month), 2 = every other week, and so on'),
    byday: field
      .symbols('Days', { pattern: { regexp: BYDAY, message: 'Use day codes like TU, or 2MO for the 2nd Monday, -1FR for the last Friday' } })
      .help('Day codes: MO TU WE TH FR SA SU. For monthly: 2MO = second Monday, -1FR = last Friday.'),
    bymonthday: field.symbols('Days of the month', { pattern: { regexp: BYMONTHDAY, message: 'Use a day number like 15, or -1 for the last day' } }),
    opensAt: field.symbol('Starts at', { pattern: { regexp: TIME_OF_DAY, message: 'Use the 24-hour clock, like 09:30' } }).help('24-hour clock, like 09:30'),
    closesAt: field.symbol('Ends at', { pattern: { regexp: TIME_OF_DAY, message: 'Use the 24-hour clock, like 11:30' } }),
    validFrom: field.date('First date').help('For "every other week" this is a date the session runs.'),
    validTo: field.date('Last date'),
    description: field.symbol('Description', { max: 200 }).localized().help('Shown when the pattern is unusual, e.g. "School term times only"'),
  },
});
/** A schedule. */
export type Schedule = EntityOf<typeof scheduleType>;
