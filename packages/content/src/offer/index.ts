export * from './offer-view.js';
export * from './completeness.js';
export * from './labels.js';
