/**
 * Which space a command reads: a real Contentful space (`--space` and `--token`) or a space export
 * file served by the local CMS server — so the same code path, the real `contentful` client, is
 * used either way.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContentfulSource, type ContentfulSource } from '@family-hubs/content/contentful';
import { startCmsServer, type CmsServer, type SpaceExport } from './cms-server/index.js';
import { CliError, type CommandIo, type OptionSpec, type OptionValues } from './command.js';

/** The bundled sample space of the fictional Northshire Council. */
export const SAMPLE_SPACE_FILE = fileURLToPath(new URL('../sample/space.json', import.meta.url));

/** Options every command that reads a space accepts. */
export const spaceOptions = {
  'space-file': { type: 'string', value: '<file>', description: 'A space export file (contentful space export format) to read through the local CMS server. Default: the built-in sample council' },
  space: { type: 'string', value: '<id>', description: 'A Contentful space id (use with --token)' },
  token: { type: 'string', value: '<token>', description: 'Content Delivery API token, or Preview API token with --preview. Also read from CONTENTFUL_ACCESS_TOKEN' },
  environment: { type: 'string', value: '<id>', description: 'Contentful environment', default: 'master' },
  host: { type: 'string', value: '<host>', description: 'API host, e.g. cdn.contentful.com, or 127.0.0.1:8787 for a local server' },
  insecure: { type: 'boolean', description: 'Use http (local servers only)' },
  preview: { type: 'boolean', description: 'Read draft content through the Preview API' },
} as const satisfies Record<string, OptionSpec>;

/** An open connection to a space. Close it when done (it may own a local server). */
export interface SpaceConnection {
  readonly source: ContentfulSource;
  /** Describes the space for reports, e.g. "sample space (local)". */
  readonly label: string;
  readonly spaceId: string;
  readonly environment: string;
  /** True when reading a local export file; links to the Contentful web app are then not useful. */
  readonly local: boolean;
  close(): Promise<void>;
}

const LOCAL_TOKEN = 'local-delivery-token';
const LOCAL_PREVIEW_TOKEN = 'local-preview-token';

/** Reads and minimally checks a space export file. */
export async function readSpaceFile(path: string): Promise<SpaceExport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read the space file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Check the path, or leave out --space-file to use the built-in sample council.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not valid JSON`, 'Export a space with `contentful space export` and pass that file.');
  }
  const space = data as Partial<SpaceExport>;
  if (!Array.isArray(space.entries) || !Array.isArray(space.locales) || !Array.isArray(space.contentTypes)) {
    throw new CliError(`${path} is not a space export (it needs entries, contentTypes and locales)`, 'Export a space with `contentful space export` and pass that file.');
  }
  return { assets: [], editorInterfaces: [], ...space } as SpaceExport;
}

/** Opens the space the options name. */
export async function openSpace(values: OptionValues, io: CommandIo): Promise<SpaceConnection> {
  const spaceId = typeof values['space'] === 'string' ? values['space'] : undefined;
  const environment = typeof values['environment'] === 'string' ? values['environment'] : 'master';
  const preview = values['preview'] === true;
  if (spaceId) {
    const token = (typeof values['token'] === 'string' ? values['token'] : undefined) ?? io.env['CONTENTFUL_ACCESS_TOKEN'];
    if (!token) {
      throw new CliError('--space needs an access token', 'Pass --token <token> or set CONTENTFUL_ACCESS_TOKEN (Settings › API keys in Contentful).');
    }
    const host = typeof values['host'] === 'string' ? values['host'] : undefined;
    const source = createContentfulSource({
      space: spaceId,
      accessToken: token,
      environment,
      preview,
      insecure: values['insecure'] === true,
      timeoutMs: 30_000,
      ...(host ? { host } : {}),
    });
    return { source, label: `Contentful space ${spaceId} (${environment})`, spaceId, environment, local: false, close: () => Promise.resolve() };
  }
  const file = resolve(io.cwd, typeof values['space-file'] === 'string' ? values['space-file'] : SAMPLE_SPACE_FILE);
  const space = await readSpaceFile(file);
  const server: CmsServer = await startCmsServer({
    space,
    spaceId: 'local',
    environment,
    deliveryTokens: [LOCAL_TOKEN],
    previewTokens: [LOCAL_PREVIEW_TOKEN],
  });
  const source = createContentfulSource({
    space: 'local',
    accessToken: preview ? LOCAL_PREVIEW_TOKEN : LOCAL_TOKEN,
    environment,
    preview,
    // The server picks the API by host, as Contentful does: the Preview API has a port of its own.
    host: preview ? server.previewHost : server.host,
    insecure: true,
    timeoutMs: 30_000,
  });
  const label = file === SAMPLE_SPACE_FILE ? 'the built-in sample council (Northshire)' : file;
  return { source, label, spaceId: 'local', environment, local: true, close: () => server.close() };
}

/** The Contentful web app link for an entry, so editors can open it from a report. */
export function entryLink(connection: SpaceConnection, entryId: string): string | undefined {
  if (connection.local || !entryId) return undefined;
  return `https://app.contentful.com/spaces/${connection.spaceId}/environments/${connection.environment}/entries/${entryId}`;
}
