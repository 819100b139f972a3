export * from './offer-view.js';
export * from './filter.js';
export * from './labels.js';
