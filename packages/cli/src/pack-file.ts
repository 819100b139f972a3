/**
 * Reads a content pack from disk, in either layout `family-hubs pack` writes: a lean pack folder
 * (or its `manifest.json`) or a single-file pack. It goes through the SDK's pack source, as pages
 * do, but validates every entity with the model's schemas (pages only check shapes), so a pack
 * edited by hand loses only its bad entries, never the rest.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { buildContentSet, CONTENT_PACK_MANIFEST_FORMAT, ContentSourceError, createPackSource, type ContentQuery, type ContentResult } from '@family-hubs/content';
import { MANIFEST_FILE } from '@family-hubs/content/pack-builder';
import { CliError } from './command.js';

const HINT = 'Pass --pack with a folder or a .json file written by `family-hubs pack`.';

/** `fetch` for `file:` URLs: the lean pack source fetches its manifest and then the files it names. */
async function fileFetch(input: string | URL | Request): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  try {
    return new Response(await readFile(fileURLToPath(url)), { headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Where the pack's entry point is: the manifest of a folder, or the file itself. */
async function entryPoint(path: string): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read the content pack ${path} (${error.code === 'ENOENT' ? 'it does not exist' : (error.code ?? 'error')})`, HINT);
  });
  if (!info.isDirectory()) return path;
  const manifest = join(path, MANIFEST_FILE);
  if (!(await stat(manifest).catch(() => undefined))) throw new CliError(`The folder ${path} has no ${MANIFEST_FILE}, so it is not a content pack`, HINT);
  return manifest;
}

/**
 * Loads `query` from the pack at `path` (a folder, a `manifest.json` or a single-file pack),
 * validated. A file that is not a pack, or a pack with broken files, is a one-line CliError.
 */
export async function loadPackFile(path: string, query: (defaultLocale: string) => ContentQuery): Promise<ContentResult & { readonly locale: string }> {
  const file = await entryPoint(path);
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`The content pack ${file} ${error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read'}`, HINT);
  }
  const isManifest = typeof document === 'object' && document !== null && (document as { format?: unknown }).format === CONTENT_PACK_MANIFEST_FORMAT;
  // Validated with the model's schemas, not only checked for shape as pages do: what the CLI
  // publishes from a pack (an ORUK feed) must hold to every rule, even when the pack was edited by hand.
  const source = isManifest
    ? createPackSource({ url: pathToFileURL(file).href, fetch: fileFetch, readContentSet: buildContentSet })
    : createPackSource({ pack: document, key: file, readContentSet: buildContentSet });
  const locale = typeof document === 'object' && document !== null && typeof (document as { defaultLocale?: unknown }).defaultLocale === 'string' ? (document as { defaultLocale: string }).defaultLocale : 'en-GB';
  try {
    return { ...(await source.load(query(locale))), locale };
  } catch (error) {
    if (error instanceof ContentSourceError) throw new CliError(`--pack ${file} cannot be used: ${error.message.replace(/\.$/, '')}`, HINT);
    throw error;
  }
}
