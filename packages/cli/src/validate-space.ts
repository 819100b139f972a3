/**
 * The step `pack` and `check` share: export the whole space with the Sync API through the real
 * client, and validate it locale by locale into a content pack.
 */
import type { ContentPack } from '@family-hubs/content';
import { exportSpace } from '@family-hubs/content/contentful';
import { contentModel, isContentTypeId } from '@family-hubs/content/model';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import type { CommandIo } from './command.js';
import type { SpaceConnection } from './space-connection.js';

/** A validated space, plus the display names of its entries for reports. */
export interface ValidatedSpace {
  readonly pack: ContentPack;
  /** Entry id → the entry's title in the default locale (its content type's display field). */
  readonly names: ReadonlyMap<string, string>;
}

/** Exports and validates the space behind `connection`. */
export async function validateSpace(connection: SpaceConnection, io: CommandIo, generatedAt?: string): Promise<ValidatedSpace> {
  io.progress(`Reading ${connection.label}…`);
  const snapshot = await exportSpace(connection.source);
  io.progress(`Read ${snapshot.entries.length} entries and ${snapshot.assets.length} assets in ${snapshot.locales.length} locales; validating…`);
  const pack = packFromSpaceExport(snapshot, {
    source: connection.local
      ? { kind: 'export-file' }
      : { kind: 'contentful', space: connection.spaceId, environment: connection.environment },
    ...(generatedAt ? { generatedAt } : {}),
  });
  const names = new Map<string, string>();
  const defaultLocale = pack.defaultLocale;
  for (const entry of snapshot.entries) {
    const type = entry.sys.contentType?.sys.id;
    if (!isContentTypeId(type)) continue;
    const fields = entry.fields as Record<string, Record<string, unknown> | undefined>;
    const title = fields[contentModel[type].displayField]?.[defaultLocale];
    if (typeof title === 'string' && title.trim() !== '') names.set(entry.sys.id, title);
  }
  return { pack, names };
}
