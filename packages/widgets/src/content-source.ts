/**
 * `<fh-content-source>`: the page's content source for every widget. Importing this file
 * registers nothing; import `@family-hubs/widgets/content-source/define` to register the tag.
 * @module
 */
export { FhContentSource } from './content-source/content-source.js';
