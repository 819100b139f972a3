/**
 * `<fh-programme-finder>`: the element class and its events. Importing this file registers nothing; import
 * `@family-hubs/widgets/programme-finder/define` to register the tag.
 * @module
 */
export { FhProgrammeFinder } from './programme-finder/programme-finder.js';
export { FhAskForHelpEvent, type AskForHelpDetail } from './programme-finder/events.js';
export type { FinderStep } from './programme-finder/programme-finder.js';
