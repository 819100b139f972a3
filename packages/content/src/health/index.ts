export * from './not-checked-recently.js';
export * from './offer-completeness.js';
export { monthsBefore } from '../dates.js';
export * from './programme-courses.js';
