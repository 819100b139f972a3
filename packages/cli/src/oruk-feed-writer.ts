/**
 * Writes an ORUK 3.0 feed as static files a council can host:
 *
 * ```
 * index.json                   GET /                       {version: "HSDS-UK-3.0", profile, openapi_url}
 * services/page-1.json …       GET /services?page=N        the paging envelope, fully nested services
 * services/{id}.json           GET /services/{id}          one service, fully nested
 * taxonomy_terms/page-1.json … GET /taxonomy_terms?page=N  every category (500 a page)
 * taxonomy_terms/{id}.json     GET /taxonomy_terms/{id}
 * taxonomies/page-1.json …     GET /taxonomies?page=N      the categories' taxonomies
 * taxonomies/{id}.json         GET /taxonomies/{id}
 * ```
 *
 * Each file is written atomically. Records first, then the pages, and `index.json` last: a
 * reader starts at `/`, so until it lands readers see the previous feed. Files of services and
 * pages that the new feed no longer has are removed afterwards, and only files with the names
 * this writer gives (a UUID or `page-N`), so a folder of the council's own files is never touched.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MAX_PAGE_SIZE, orukApiDetails, orukPage, pageCount, ORUK_VERSION, type OrukFeed } from '@family-hubs/content/oruk-export';
import { CliError } from './command.js';
import { nodeFileOps, writeError, writeFileAtomically, type FileOps, type Target } from './safe-write.js';

/** The file `GET /` is served from. */
export const ORUK_INDEX_FILE = 'index.json';
/** The folder of `/services` pages and services. */
export const ORUK_SERVICES_FOLDER = 'services';
/** The folders of the collections, each with its pages and records. */
const FOLDERS = [ORUK_SERVICES_FOLDER, 'taxonomy_terms', 'taxonomies'] as const;
const FEED_FILE = /^(page-\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** The file of page `page` of a collection (`/services` by default), relative to the feed folder. */
export const pageFile = (page: number, folder: string = ORUK_SERVICES_FOLDER): string => `${folder}/page-${page}.json`;
/** The file of a record (`/services/{id}` by default), relative to the feed folder. */
export const recordFile = (id: string, folder: string = ORUK_SERVICES_FOLDER): string => `${folder}/${id}.json`;

/** What {@link writeOrukFeed} did. */
export interface OrukFeedWrite {
  /** Pages of `/services`. */
  readonly pages: number;
  readonly written: number;
  readonly removed: number;
}

/**
 * Every file of the feed, relative to its folder, in the order they are written (`index.json`
 * last). Services come `perPage` a page; categories and taxonomies as many as a page may hold, as
 * readers fetch them in one request to build their category lists.
 */
export function orukFeedFiles(feed: Omit<OrukFeed, 'issues'>, perPage: number): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  const collections: [string, readonly { readonly id: string }[], number][] = [
    [ORUK_SERVICES_FOLDER, feed.services, perPage],
    ['taxonomy_terms', feed.taxonomyTerms, MAX_PAGE_SIZE],
    ['taxonomies', feed.taxonomies, MAX_PAGE_SIZE],
  ];
  for (const [folder, items] of collections) for (const item of items) files.set(recordFile(item.id, folder), json(item));
  for (const [folder, items, size] of collections) {
    // At least one page, so a collection answers an empty envelope rather than 404 when it has nothing.
    const pages = Math.max(1, pageCount(items.length, size));
    for (let page = 1; page <= pages; page += 1) files.set(pageFile(page, folder), json(orukPage(items, page, size)));
  }
  files.set(ORUK_INDEX_FILE, json(orukApiDetails()));
  return files;
}

/** True when `folder` holds a feed this writer made (its `index.json` says HSDS-UK-3.0). */
async function isFeedFolder(folder: string): Promise<boolean> {
  try {
    const index = JSON.parse(await readFile(join(folder, ORUK_INDEX_FILE), 'utf8')) as { version?: unknown };
    return index.version === ORUK_VERSION;
  } catch {
    return false;
  }
}

/**
 * Checks, before reading the pack, that `target.path` can take a feed: a folder of its own (new,
 * empty, or holding an earlier feed) whose parent exists, never a file or a folder of other files.
 */
export async function checkFeedTarget(target: Target, files: FileOps = nodeFileOps): Promise<void> {
  const existing = await files.stat(target.path).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new CliError(`--out ${target.path} is a file, not a folder`, 'Pass a folder for the feed, e.g. --out public/oruk.');
  }
  if (existing) {
    const names = await files.readdir(target.path);
    if (names.length && !(await isFeedFolder(target.path))) {
      throw new CliError(`--out ${target.path} is a folder with other files in it and no ORUK feed`, `Pass a folder of its own, e.g. --out ${join(target.path, 'oruk')}.`);
    }
    return;
  }
  const parent = await files.stat(dirname(target.path)).catch(() => undefined);
  if (!parent?.isDirectory()) throw writeError(Object.assign(new Error('no parent'), { code: 'ENOENT' }), target);
}

/** Writes `feed` into the folder `target.path` (created if missing; its parent must exist). */
export async function writeOrukFeed(target: Target, feed: Omit<OrukFeed, 'issues'>, perPage: number, files: FileOps = nodeFileOps): Promise<OrukFeedWrite> {
  const folder = target.path;
  const layout = orukFeedFiles(feed, perPage);
  for (const dir of [folder, ...FOLDERS.map((name) => join(folder, name))]) {
    try {
      await files.mkdir(dir, { recursive: false }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      });
    } catch (error) {
      throw writeError(error, { ...target, path: join(dir, ORUK_INDEX_FILE) });
    }
  }
  for (const [path, text] of layout) await writeFileAtomically({ ...target, path: join(folder, path) }, text, files);
  let removed = 0;
  for (const collection of FOLDERS) {
    const names = await files.readdir(join(folder, collection)).catch(() => [] as string[]);
    for (const name of names) {
      if (!FEED_FILE.test(name) || layout.has(`${collection}/${name}`)) continue;
      await files.rm(join(folder, collection, name), { force: true });
      removed += 1;
    }
  }
  return { pages: Math.max(1, pageCount(feed.services.length, perPage)), written: layout.size, removed };
}
