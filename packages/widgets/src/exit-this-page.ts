/**
 * `<fh-exit-this-page>`: the element class and its event. Importing this file registers nothing;
 * import `@family-hubs/widgets/exit-this-page/define` to register the tag.
 * @module
 */
export { FhExitThisPage, DEFAULT_EXIT_URL, GOVUK_EXIT_THIS_PAGE_SELECTOR } from './exit-this-page/exit-this-page.js';
export { FhExitThisPageEvent } from './exit-this-page/events.js';
export { ShiftCounter, PRESSES_TO_EXIT, PRESS_WINDOW_MS, type ShiftCounterCallbacks } from './exit-this-page/shift-counter.js';
