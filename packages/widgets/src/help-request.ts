/**
 * `<fh-help-request>`: the element class and its events. Importing this file registers nothing; import
 * `@family-hubs/widgets/help-request/define` to register the tag.
 * @module
 */
export { FhHelpRequest } from './help-request/help-request.js';
