/**
 * `@family-hubs/widgets`: accessible, embeddable Family Hubs web components. Importing this module
 * registers nothing; import a widget's `define` module (or a CDN entry) to register its element.
 * The foundation the widgets are built on is `@family-hubs/widgets/kit`.
 * @module
 */
export { VERSION } from './internal/version.js';
export {
  FhEvent,
  FhContentLoadedEvent,
  FhContentErrorEvent,
  type ContentLoadedDetail,
  type ContentErrorDetail,
  type ContentErrorReason,
} from './internal/events.js';
export * from './content-source.js';
export * from './start-for-life-offer.js';
export * from './service-search.js';
export * from './programme-finder.js';
export * from './exit-this-page.js';
export * from './help-request.js';
// new-widget: exports (npm run new-widget adds a line above)
