/**
 * Writes an ORUK 3.0 feed as static files a council can host:
 *
 * ```
 * index.json                GET /                 {version: "HSDS-UK-3.0", profile, openapi_url}
 * services/page-1.json …    GET /services?page=N  the paging envelope, fully nested services
 * services/{id}.json        GET /services/{id}    one service, fully nested
 * ```
 *
 * Each file is written atomically. Services first, then the pages, and `index.json` last: a
 * reader starts at `/`, so until it lands readers see the previous feed. Files of services and
 * pages that the new feed no longer has are removed afterwards, and only files with the names
 * this writer gives (a UUID or `page-N`), so a folder of the council's own files is never touched.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { orukApiDetails, orukPage, pageCount, ORUK_VERSION, type OrukService } from '@family-hubs/content/oruk-export';
import { CliError } from './command.js';
import { nodeFileOps, writeError, writeFileAtomically, type FileOps, type Target } from './safe-write.js';

/** The file `GET /` is served from. */
export const ORUK_INDEX_FILE = 'index.json';
/** The folder of `/services` pages and services. */
export const ORUK_SERVICES_FOLDER = 'services';
const FEED_FILE = /^(page-\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** The file of page `page` of `/services`, relative to the feed folder. */
export const pageFile = (page: number): string => `${ORUK_SERVICES_FOLDER}/page-${page}.json`;
/** The file of `/services/{id}`, relative to the feed folder. */
export const serviceFile = (id: string): string => `${ORUK_SERVICES_FOLDER}/${id}.json`;

/** What {@link writeOrukFeed} did. */
export interface OrukFeedWrite {
  readonly pages: number;
  readonly written: number;
  readonly removed: number;
}

/** Every file of the feed, relative to its folder, in the order they are written (`index.json` last). */
export function orukFeedFiles(services: readonly OrukService[], perPage: number): Map<string, string> {
  const files = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  for (const service of services) files.set(serviceFile(service.id), json(service));
  // At least one page, so `/services` answers an empty envelope rather than 404 when there are no services.
  const pages = Math.max(1, pageCount(services.length, perPage));
  for (let page = 1; page <= pages; page += 1) files.set(pageFile(page), json(orukPage(services, page, perPage)));
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

/** Writes the feed of `services` into the folder `target.path` (created if missing; its parent must exist). */
export async function writeOrukFeed(target: Target, services: readonly OrukService[], perPage: number, files: FileOps = nodeFileOps): Promise<OrukFeedWrite> {
  const folder = target.path;
  const layout = orukFeedFiles(services, perPage);
  for (const dir of [folder, join(folder, ORUK_SERVICES_FOLDER)]) {
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
  const names = await files.readdir(join(folder, ORUK_SERVICES_FOLDER)).catch(() => [] as string[]);
  for (const name of names) {
    if (!FEED_FILE.test(name) || layout.has(`${ORUK_SERVICES_FOLDER}/${name}`)) continue;
    await files.rm(join(folder, ORUK_SERVICES_FOLDER, name), { force: true });
    removed += 1;
  }
  return { pages: Math.max(1, pageCount(services.length, perPage)), written: layout.size, removed };
}
