/**
 * Sample entries and how a list of them becomes a whole space export with deterministic
 * timestamps, so regenerating the committed JSON never produces a diff by itself.
 */
import type { ContentTypeId, Entity } from '@family-hubs/content';
import type { SpaceExport } from '../cms-server/export-types.js';
import { SAMPLE_LOCALES, toExportContentTypes, toExportEntry, type Translations } from './to-export.js';

/** One entity of the sample, with its translations and publication state. */
export interface SampleEntry<T extends ContentTypeId> {
  readonly entity: Entity<T>;
  readonly translations?: Translations<T>;
  /** Never published: only the Preview API serves it. */
  readonly draft?: boolean;
  /** Published, with later edits not yet published. */
  readonly pendingChanges?: boolean;
}

/** A sample entry of any content type. */
export type AnySampleEntry = { [T in ContentTypeId]: SampleEntry<T> }[ContentTypeId];

/** Wraps an entity (and its translations) as a sample entry. */
export function sample<T extends ContentTypeId>(entity: Entity<T>, extra: Omit<SampleEntry<T>, 'entity'> = {}): SampleEntry<T> {
  return { entity, ...extra };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The date an editor last confirmed the entry, when the content type has one. */
function reviewDate(entity: Entity): string | undefined {
  switch (entity.contentType) {
    case 'service':
      return entity.lastChecked;
    case 'startForLifeOffer':
      return entity.lastReviewed;
    default:
      return undefined;
  }
}

/** Options for {@link assembleSpace}. */
export interface AssembleOptions {
  readonly spaceId?: string;
  /** When the first entry was created; each next one a minute later. */
  readonly createdFrom?: string;
}

/**
 * Builds a space export from sample entries. Timestamps derive from the order of the entries and
 * their review dates only, never from the clock.
 */
export function assembleSpace(entries: readonly AnySampleEntry[], options: AssembleOptions = {}): SpaceExport {
  const seen = new Set<string>();
  for (const { entity } of entries) {
    if (seen.has(entity.id)) throw new Error(`Duplicate sample entry id ${entity.id}`);
    seen.add(entity.id);
  }
  const start = Date.parse(options.createdFrom ?? '2025-09-01T09:00:00.000Z');
  const { contentTypes, editorInterfaces } = toExportContentTypes(new Date(start - DAY).toISOString());
  return {
    contentTypes,
    editorInterfaces,
    locales: SAMPLE_LOCALES.map((locale) => ({ ...locale })),
    assets: [],
    entries: entries.map((sampleEntry, index) => {
      const created = start + index * MINUTE;
      const reviewed = reviewDate(sampleEntry.entity);
      const reviewedAt = reviewed ? Date.parse(`${reviewed}T16:00:00.000Z`) : Number.NaN;
      const updated = reviewedAt > created ? reviewedAt : created + 2 * DAY;
      return toExportEntry(sampleEntry.entity, sampleEntry.translations ?? {}, {
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(updated).toISOString(),
        ...(sampleEntry.draft ? { draft: true } : {}),
        ...(sampleEntry.pendingChanges ? { pendingChanges: true } : {}),
        ...(options.spaceId ? { spaceId: options.spaceId } : {}),
      });
    }),
  };
}

/** Pretty JSON with a final newline: the committed format of sample spaces. */
export function serialiseSpace(space: SpaceExport): string {
  return `${JSON.stringify(space, null, 2)}\n`;
}
