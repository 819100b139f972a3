/**
 * Sample spaces in the `contentful space export` format, all derived from the content model:
 * the fictional Northshire Council, a fixture of deliberately invalid entries, and large
 * synthetic spaces for benchmarks.
 * @module
 */
import type { SpaceExport } from '../cms-server/export-types.js';
import { northshireEntries } from './council/index.js';
import { assembleSpace } from './space.js';

/** The Northshire Council sample space (what `packages/cli/sample/space.json` holds). */
export function buildSampleSpace(): SpaceExport {
  return assembleSpace(northshireEntries());
}

export { buildInvalidSpace, INVALID_ENTRIES, VALID_ENTRY_IDS, type InvalidEntryExpectation } from './invalid.js';
export { generateSyntheticSpace, type SyntheticSpaceOptions } from './synthetic.js';
export { assembleSpace, sample, serialiseSpace, type AnySampleEntry, type AssembleOptions, type SampleEntry } from './space.js';
export {
  DEFAULT_LOCALE,
  SAMPLE_LOCALES,
  encodeEntry,
  richTextToContentful,
  toExportContentTypes,
  toExportEntry,
  type ContentfulRichTextDocument,
  type ContentfulRichTextNode,
  type EntityFields,
  type ExportEntryOptions,
  type TranslatedFields,
  type TranslationLocale,
  type Translations,
} from './to-export.js';
