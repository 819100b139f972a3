/**
 * Writes a content pack as a folder in the lean layout, so that a failure at any point leaves a
 * pack that pages can still read. Data files carry a fingerprint of their content in their name
 * and are never overwritten; each is written atomically. The manifest, which is what pages read
 * first, is written last and atomically: until it lands, pages read the previous pack, whose
 * files are all still there. Files that neither the new nor the previous manifest names are
 * removed afterwards (the previous pack's stay for pages that loaded its manifest a moment ago).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentPack } from '@family-hubs/content';
import { leanPackFiles, MANIFEST_FILE, prebuildPackSearchIndexes } from '@family-hubs/content/pack-builder';
import { nodeFileOps, writeError, writeFileAtomically, type FileOps, type Target } from './safe-write.js';

/** The name of a fingerprinted data file, e.g. `service.1a2b3c4d5e6f7a8b.json`. */
const PACK_FILE_NAME = /^[A-Za-z0-9_-]+\.[0-9a-f]{16}\.json$/;

/** What {@link writeLeanPack} did. */
export interface LeanPackWrite {
  /** Files written (data files that already existed with the same content are kept as they are). */
  readonly written: number;
  /** Files of older packs removed. */
  readonly removed: number;
}

/** The data files a manifest names, relative to its folder. */
function filesNamedBy(manifest: unknown): Set<string> {
  const named = new Set<string>();
  const { files, searchIndexes } =
    (manifest as { files?: Record<string, { types?: Record<string, { path?: unknown }>; assets?: { path?: unknown } }>; searchIndexes?: Record<string, { path?: unknown }> } | undefined) ?? {};
  for (const listing of Object.values(files ?? {})) {
    for (const entry of [...Object.values(listing.types ?? {}), listing.assets]) if (typeof entry?.path === 'string') named.add(entry.path);
  }
  for (const entry of Object.values(searchIndexes ?? {})) if (typeof entry?.path === 'string') named.add(entry.path);
  return named;
}

async function readManifest(folder: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes `pack` into the folder `target.path` (created if missing; its parent must exist). */
export async function writeLeanPack(target: Target, pack: ContentPack, files: FileOps = nodeFileOps): Promise<LeanPackWrite> {
  const folder = target.path;
  try {
    await files.mkdir(folder, { recursive: false }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
  } catch (error) {
    throw writeError(error, target);
  }
  const previous = filesNamedBy(await readManifest(folder));
  // Each locale's service search index, prebuilt so pages load it instead of building it.
  const layout = leanPackFiles(pack, { fingerprintNames: true, searchIndexes: await prebuildPackSearchIndexes(pack) });
  const current = filesNamedBy(JSON.parse(layout.get(MANIFEST_FILE)!));
  let written = 0;
  // Data files and the report first; the manifest last, so it never names a file not yet there.
  const order = [...layout.keys()].sort((a, b) => Number(a === MANIFEST_FILE) - Number(b === MANIFEST_FILE));
  for (const path of order) {
    const file = join(folder, path);
    // A fingerprinted file with this name already holds this content.
    if (current.has(path) && (await files.stat(file).catch(() => undefined))) continue;
    try {
      await files.mkdir(dirname(file), { recursive: true });
    } catch (error) {
      throw writeError(error, { ...target, path: file });
    }
    await writeFileAtomically({ ...target, path: file }, layout.get(path)!, files);
    written += 1;
  }
  let removed = 0;
  for (const locale of new Set([...previous, ...current].map((path) => path.split('/')[0]!))) {
    const names = await files.readdir(join(folder, locale)).catch(() => [] as string[]);
    for (const name of names) {
      const path = `${locale}/${name}`;
      // Only files this writer makes (a name with a fingerprint) are ever removed.
      if (!PACK_FILE_NAME.test(name) || current.has(path) || previous.has(path)) continue;
      await files.rm(join(folder, path), { force: true });
      removed += 1;
    }
  }
  return { written, removed };
}
