/**
 * `<fh-service-search>`: the element class and its events. Importing this file registers nothing;
 * import `@family-hubs/widgets/service-search/define` to register the tag.
 * @module
 */
export { FhServiceSearch } from './service-search/service-search.js';
export { FhServiceOpenEvent, FhServiceSearchEvent, type ServiceOpenDetail, type ServiceSearchDetail } from './service-search/events.js';
export { DISTANCE_CHOICES, SORT_ORDERS, type SortOrder, type UrlStateMode } from './service-search/search-state.js';
export { FhAskForHelpEvent, type AskForHelpDetail } from './internal/ask-for-help.js';
