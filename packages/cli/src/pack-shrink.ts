/**
 * The shrink guard: a nightly `pack` that suddenly has 0 services where the pack it replaces had
 * 70 is far more likely a CMS incident, a wrong environment or a mass unpublish than the
 * council's intent, and publishing it would empty every page that falls back to the pack. So a
 * pack that loses most of what the existing one had is refused unless the operator says
 * `--allow-shrink`.
 *
 * The rule: refused when the entries of any content type, or all entries together, fall by more
 * than half AND by at least {@link SHRINK_MIN_LOSS} entries. The floor keeps small everyday edits
 * (3 events becoming 1) from failing a nightly job.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isContentPackEnvelope, isContentPackManifest } from '@family-hubs/content';

/** Fewest lost entries (of one type, or in all) that can count as "most of the content". */
export const SHRINK_MIN_LOSS = 5;

/** Entry counts by content type, in a pack's default locale (every entry exists there). */
export type PackCounts = ReadonlyMap<string, number>;

/** One content type (or `all entries`) that would shrink too much. */
export interface Shrink {
  readonly type: string;
  readonly before: number;
  readonly after: number;
}

/** Counts the entries of `pack` by content type, or undefined when it is not a content pack. */
export function packCounts(pack: unknown): PackCounts | undefined {
  if (!isContentPackEnvelope(pack)) return undefined;
  const entities: Readonly<Record<string, readonly unknown[] | undefined>> = pack.content[pack.defaultLocale]?.entities ?? {};
  return new Map(Object.entries(entities).map(([type, list]) => [type, list?.length ?? 0]));
}

/** Counts of a lean pack's manifest (by content type, in its default locale), or undefined. */
export function manifestCounts(manifest: unknown): PackCounts | undefined {
  if (!isContentPackManifest(manifest)) return undefined;
  const types = manifest.files[manifest.defaultLocale]?.types ?? {};
  return new Map(Object.entries(types).map(([type, entry]) => [type, entry.count]));
}

/** Counts of the pack at `path` (a single file, or a lean pack's folder); undefined when there is none or it is not a readable pack. */
export async function existingPackCounts(path: string): Promise<PackCounts | undefined> {
  const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8')) as unknown;
  try {
    return manifestCounts(await read(join(path, 'manifest.json')));
  } catch {
    // Not a lean pack's folder: perhaps a single-file pack.
  }
  try {
    return packCounts(await read(path));
  } catch {
    return undefined;
  }
}

const total = (counts: PackCounts): number => [...counts.values()].reduce((sum, n) => sum + n, 0);
const tooMuch = (before: number, after: number): boolean => before - after > before / 2 && before - after >= SHRINK_MIN_LOSS;

/** What would shrink too much going from `before` to `after`; empty when the new pack is fine. */
export function findShrinks(before: PackCounts, after: PackCounts): Shrink[] {
  const shrinks: Shrink[] = [];
  for (const [type, count] of [...before].sort(([a], [b]) => a.localeCompare(b))) {
    const now = after.get(type) ?? 0;
    if (tooMuch(count, now)) shrinks.push({ type, before: count, after: now });
  }
  const [was, now] = [total(before), total(after)];
  if (tooMuch(was, now)) shrinks.push({ type: 'all entries', before: was, after: now });
  return shrinks;
}

/** e.g. `service 70 → 0, all entries 395 → 20`. */
export function formatShrinks(shrinks: readonly Shrink[]): string {
  return shrinks.map((s) => `${s.type} ${s.before} → ${s.after}`).join(', ');
}
