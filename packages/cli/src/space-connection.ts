/**
 * Which space a command reads: a real Contentful space (`--space` and `--token`) or a space export
 * file served by the local CMS server — so the same code path, the real `contentful` client, is
 * used either way.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContentfulSource, type ContentfulSource } from '@family-hubs/content/contentful';
import { spaceExportProblem, startCmsServer, type CmsServer, type SpaceExport } from './cms-server/index.js';
import { CliError, nonBlankOption, type CommandIo, type OptionSpec, type OptionValues } from './command.js';

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
  /** Describes the space for reports, e.g. "the built-in sample council (Northshire)". */
  readonly label: string;
  readonly spaceId: string;
  readonly environment: string;
  /** The API host requests go to (`cdn.contentful.com`, `127.0.0.1:PORT`), to recognise them in progress reports. */
  readonly host: string;
  /** True when reading a local export file; links to the Contentful web app are then not useful. */
  readonly local: boolean;
  close(): Promise<void>;
}

const LOCAL_TOKEN = 'local-delivery-token';
const LOCAL_PREVIEW_TOKEN = 'local-preview-token';
const EXPORT_HINT = 'Export a space with `contentful space export` and pass that file, or leave out --space-file to use the built-in sample council.';

/** Reads a space export file and checks it is one the local CMS server can serve. */
export async function readSpaceFile(path: string): Promise<SpaceExport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : code;
    throw new CliError(`Cannot read the space file ${path} (${why})`, 'Check the path, or leave out --space-file to use the built-in sample council.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not valid JSON`, EXPORT_HINT);
  }
  const problem = spaceExportProblem(data);
  if (problem) throw new CliError(`${path} is not a usable space export: ${problem}`, EXPORT_HINT);
  const space = data as Partial<SpaceExport> & Pick<SpaceExport, 'entries' | 'contentTypes' | 'locales'>;
  return { ...space, assets: space.assets ?? [], editorInterfaces: space.editorInterfaces ?? [] };
}

/**
 * Opens the space the options name. The built-in sample is read only when no space option is
 * given at all, and says so: a nightly job whose `--space "$SPACE"` lost its variable must fail,
 * not publish the fictional Northshire Council.
 */
export async function openSpace(values: OptionValues, io: CommandIo): Promise<SpaceConnection> {
  const spaceId = nonBlankOption(values, 'space', 'your Contentful space id (Settings › General settings)');
  const spaceFile = nonBlankOption(values, 'space-file', 'the path of a `contentful space export` file');
  const environment = nonBlankOption(values, 'environment', 'an environment id such as master') ?? 'master';
  const host = nonBlankOption(values, 'host', 'an API host such as cdn.contentful.com');
  const preview = values['preview'] === true;
  if (spaceId !== undefined && spaceFile !== undefined) {
    throw new CliError('--space and --space-file both name a space', 'Pass --space <id> to read Contentful, or --space-file <file> to read an export, not both.');
  }
  if (spaceId !== undefined) {
    const token = nonBlankOption(values, 'token', 'a Content Delivery (or, with --preview, Preview) API token') ?? io.env['CONTENTFUL_ACCESS_TOKEN']?.trim();
    if (!token) {
      throw new CliError('--space needs an access token', 'Pass --token <token> or set CONTENTFUL_ACCESS_TOKEN (Settings › API keys in Contentful).');
    }
    const options = { space: spaceId, accessToken: token, environment, preview, insecure: values['insecure'] === true, timeoutMs: 30_000, ...(host ? { host } : {}) };
    const source = createContentfulSource(options);
    return {
      source,
      label: `Contentful space ${spaceId} (${environment}${preview ? ', Preview API' : ''})`,
      spaceId,
      environment,
      // The SDK's own default hosts, repeated here because it does not export them.
      host: host ?? (preview ? 'preview.contentful.com' : 'cdn.contentful.com'),
      local: false,
      close: () => Promise.resolve(),
    };
  }
  if (host !== undefined) throw new CliError('--host needs --space', 'Pass --space <id> with --host, or leave out --host to read a local file.');
  const file = spaceFile === undefined ? SAMPLE_SPACE_FILE : resolve(io.cwd, spaceFile);
  // Not progress: whoever reads the log must see that this is not their council's content.
  if (spaceFile === undefined) io.err('Reading the built-in sample council (Northshire): pass --space <id> or --space-file <file> to read your own content.');
  const space = await readSpaceFile(file);
  const server: CmsServer = await startCmsServer({
    space,
    spaceId: 'local',
    environment,
    deliveryTokens: [LOCAL_TOKEN],
    previewTokens: [LOCAL_PREVIEW_TOKEN],
  });
  // The server picks the API by host, as Contentful does: the Preview API has a host of its own.
  const localHost = preview ? server.previewHost : server.host;
  const source = createContentfulSource({
    space: 'local',
    accessToken: preview ? LOCAL_PREVIEW_TOKEN : LOCAL_TOKEN,
    environment,
    preview,
    host: localHost,
    insecure: true,
    timeoutMs: 30_000,
  });
  const label = spaceFile === undefined ? 'the built-in sample council (Northshire)' : file;
  return { source, label, spaceId: 'local', environment, host: localHost, local: true, close: () => server.close() };
}

/** The Contentful web app link for an entry, so editors can open it from a report. */
export function entryLink(connection: SpaceConnection, entryId: string): string | undefined {
  if (connection.local || !entryId) return undefined;
  return `https://app.contentful.com/spaces/${connection.spaceId}/environments/${connection.environment}/entries/${entryId}`;
}
