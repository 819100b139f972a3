/**
 * The shape checks of a lean pack's envelopes (its manifest, its type, assets and view files; a
 * single-file pack's is in `single-file-envelope.ts`), written by hand: a page reading a pack
 * runs them on every load, and they are a few comparisons each, with no schema library. What is inside (the entities) is checked one by
 * one afterwards (`read-content-set.ts`), so one bad entity cannot reject the whole pack.
 */
import { CONTENT_PACK_MANIFEST_FORMAT, type ContentPackManifest, type PackAssetsFile, type PackTypeFile, type PackViewFile } from './layout.js';

type Json = Record<string, unknown>;
/** Shared with `single-file-envelope.ts`. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
/** Shared with `single-file-envelope.ts`. */
export const isNumber = (value: unknown): value is number => typeof value === 'number';
/** Shared with `single-file-envelope.ts`. */
export const everyValue = (value: unknown, check: (item: unknown) => boolean): boolean => isObject(value) && Object.values(value).every(check);

const isLocale = (value: unknown): boolean => isObject(value) && isString(value['code']) && (value['fallbackCode'] === null || isString(value['fallbackCode']));

/** What a pack and a manifest share: when, from where, which locales. */
export function hasHeader(value: Json): boolean {
  return (
    isString(value['generatedAt']) &&
    isObject(value['source']) &&
    isString(value['source']['kind']) &&
    isString(value['defaultLocale']) &&
    Array.isArray(value['locales']) &&
    value['locales'].every(isLocale)
  );
}

const isFileEntry = (value: unknown): boolean => isObject(value) && isString(value['path']) && isNumber(value['count']);
const isLocaleFiles = (value: unknown): boolean =>
  isObject(value) && everyValue(value['types'], isFileEntry) && (value['assets'] === undefined || isFileEntry(value['assets']));

/** True when `value` has a lean pack manifest's shape (any version: the reader checks that next). */
export function isContentPackManifest(value: unknown): value is Omit<ContentPackManifest, 'manifestVersion'> & { readonly manifestVersion: number } {
  return (
    isObject(value) &&
    value['format'] === CONTENT_PACK_MANIFEST_FORMAT &&
    isNumber(value['manifestVersion']) &&
    isNumber(value['schemaVersion']) &&
    hasHeader(value) &&
    everyValue(value['files'], isLocaleFiles) &&
    (value['views'] === undefined || everyValue(value['views'], (views) => everyValue(views, isViewEntry)))
  );
}

const isViewEntry = (value: unknown): boolean => isObject(value) && isString(value['path']) && isNumber(value['version']);

/** True when `value` has a prebuilt view file's shape; its value is checked against the view's shape by the widget. */
export function isPackViewFile(value: unknown): value is PackViewFile {
  return isObject(value) && isString(value['view']) && isNumber(value['version']);
}

/** True when `value` has a type file's shape; its entities are checked one by one later. */
export function isPackTypeFile(value: unknown): value is { readonly entities: readonly unknown[]; readonly fieldLocales?: PackTypeFile['fieldLocales'] } {
  return isObject(value) && Array.isArray(value['entities']) && (value['fieldLocales'] === undefined || everyValue(value['fieldLocales'], isObject));
}

/** True when `value` has an assets file's shape; each asset is checked later. */
export function isPackAssetsFile(value: unknown): value is { readonly assets: readonly unknown[] } & Omit<PackAssetsFile, 'assets'> {
  return isObject(value) && Array.isArray(value['assets']);
}
