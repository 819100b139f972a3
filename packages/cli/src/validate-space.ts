/**
 * The step `pack` and `check` share: export the whole space with the Sync API through the real
 * client, make sure the answer really was Contentful's, and validate it locale by locale into a
 * content pack.
 */
import { ContentSourceError, type ContentPack } from '@family-hubs/content';
import { exportSpace, type SpaceSnapshot } from '@family-hubs/content/contentful';
import { contentModel, isContentTypeId } from '@family-hubs/content/model';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { CliError, type CommandIo } from './command.js';
import { watchReads } from './read-watch.js';
import type { SpaceConnection } from './space-connection.js';

/** A validated space, plus the display names of its entries for reports. */
export interface ValidatedSpace {
  readonly pack: ContentPack;
  /** Entry id → the entry's title in the default locale (its content type's display field). */
  readonly names: ReadonlyMap<string, string>;
}

/** How to read. */
export interface ReadOptions {
  /** Show progress (entries, pages, elapsed time) while reading; only used on a terminal. */
  readonly progress: boolean;
  readonly generatedAt?: string;
}

/** What to do about a source error, by kind; the SDK's message says what went wrong. */
export function sourceErrorHint(error: ContentSourceError): string | undefined {
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return 'Check the --host and your network connection, then try again.';
    case 'rate-limited':
      return 'Wait a minute, then try again; other apps on the same Contentful organisation share its rate limit.';
    case 'server':
      return 'Contentful is having problems (see https://www.contentfulstatus.com); try again later.';
    case 'invalid-response':
      return INVALID_RESPONSE_HINT;
    default:
      return undefined;
  }
}

const INVALID_RESPONSE_HINT =
  'Check that --host is the Contentful API (cdn.contentful.com, or preview.contentful.com with --preview) and not a website or proxy; if Contentful is down for maintenance, try again later.';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** Exports and validates the space behind `connection`. Source errors become CliErrors (exit 2). */
export async function validateSpace(connection: SpaceConnection, io: CommandIo, options: ReadOptions): Promise<ValidatedSpace> {
  const started = Date.now();
  const show = options.progress && io.isTTY;
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  // The SDK reads every sync page in one call, so pages are counted from the HTTP requests.
  const watch = watchReads(connection.host, () => {
    if (show) io.progress(status());
  });
  const status = () => `Reading ${connection.label}: ${plural(watch.pages, 'page')}, ${elapsed()}`;
  if (show) io.progress(status());
  // A CMS that hangs must not look like a CLI that hangs.
  const ticker = show ? setInterval(() => io.progress(status()), 1000) : undefined;
  ticker?.unref();
  let snapshot: SpaceSnapshot;
  try {
    snapshot = await exportSpace(connection.source);
  } catch (error) {
    if (error instanceof ContentSourceError) throw new CliError(error.message, sourceErrorHint(error));
    throw error;
  } finally {
    clearInterval(ticker);
    watch.stop();
  }
  if (show) {
    io.progress(
      `Read ${plural(snapshot.entries.length, 'entry', 'entries')} and ${plural(snapshot.assets.length, 'asset')} in ${plural(snapshot.locales.length, 'locale')} (${plural(watch.pages, 'page')}, ${elapsed()}); validating…`,
    );
  }
  const built = packFromSpaceExport(snapshot, {
    source: connection.local
      ? { kind: 'export-file' }
      : { kind: 'contentful', space: connection.spaceId, environment: connection.environment },
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
  });
  // Entries the sync answered that were not entries at all are left out of the export; editors still hear of them.
  const pack: ContentPack = snapshot.issues.length ? { ...built, issues: [...snapshot.issues, ...built.issues] } : built;
  const names = new Map<string, string>();
  const defaultLocale = pack.defaultLocale;
  for (const entry of snapshot.entries) {
    const type = entry.sys.contentType?.sys.id;
    if (!isContentTypeId(type)) continue;
    // `?? {}`: an entry without fields is reported by validation; it must not break the names.
    const fields = (entry.fields ?? {}) as Record<string, Record<string, unknown> | undefined>;
    const title = fields[contentModel[type].displayField]?.[defaultLocale];
    if (typeof title === 'string' && title.trim() !== '') names.set(entry.sys.id, title);
  }
  return { pack, names };
}
