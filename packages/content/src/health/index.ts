export * from './not-checked-recently.js';
export * from './offer-completeness.js';
export * from './service-directory.js';
export { dateInStatusNote } from './status-note-date.js';
export { monthsBefore } from '../dates.js';
export * from './programme-courses.js';
