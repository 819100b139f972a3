export * from './not-checked-recently.js';
