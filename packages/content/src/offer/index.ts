export * from './offer-view.js';
export * from './labels.js';
