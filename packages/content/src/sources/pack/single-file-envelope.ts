/**
 * The shape check of a single-file pack's envelope. Apart from the lean pack's checks: a
 * single-file pack always reads entities, so this loads with the entity reader.
 */
import { CONTENT_PACK_FORMAT, type ContentPack } from './format.js';
import { everyValue, hasHeader, isNumber, isObject } from './envelope.js';

const isLocaleContent = (value: unknown): boolean =>
  isObject(value) && everyValue(value['entities'], Array.isArray) && Array.isArray(value['assets']);

/** True when `value` has a single-file pack's envelope (any schema version: the reader checks that next). */
export function isContentPackEnvelope(value: unknown): value is Omit<ContentPack, 'schemaVersion'> & { readonly schemaVersion: number } {
  return (
    isObject(value) &&
    value['format'] === CONTENT_PACK_FORMAT &&
    isNumber(value['schemaVersion']) &&
    hasHeader(value) &&
    everyValue(value['content'], isLocaleContent) &&
    Array.isArray(value['issues'])
  );
}
