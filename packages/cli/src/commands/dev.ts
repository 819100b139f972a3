import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CliError, EXIT, integerOption, nonBlankOption, type Command } from '../command.js';
import { DEMO_SPACE, startDevServer, type DevServer } from '../dev/dev-server.js';
import type { Mounts } from '../dev/static-files.js';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../space-connection.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** What the demo serves: the built widgets and the example pages. */
export function demoMounts(): Mounts {
  return [
    ['/widgets/', resolve(REPO, 'packages/widgets/dist')],
    ['/', resolve(REPO, 'examples')],
  ];
}

/** `family-hubs dev`: the demo. */
export const devCommand: Command = {
  name: 'dev',
  summary: 'Run the demo: the widgets on a sample council page, fed by the local CMS server',
  usage: 'family-hubs dev [--port 8080] [--host 127.0.0.1] [--latency <ms>] [--space-file <file>]',
  options: {
    port: { type: 'string', short: 'p', value: '<port>', description: 'Port to listen on (0 picks a free one)', default: '8080' },
    host: { type: 'string', value: '<address>', description: 'Address to listen on', default: '127.0.0.1' },
    'space-file': { type: 'string', value: '<file>', description: 'Space export to serve. Default: the built-in sample council' },
    latency: { type: 'string', value: '<ms>', description: 'Delay every CMS response, to see loading states', default: '0' },
  },
  examples: ['npm start', 'family-hubs dev --port 3000 --latency 800'],
  async run(values, io) {
    const port = integerOption(values, 'port', 0, 65535, '3000 (or 0 for any free port)');
    const latencyMs = integerOption(values, 'latency', 0, 60_000, '800');
    const host = nonBlankOption(values, 'host', 'an address of this machine such as 127.0.0.1') ?? '127.0.0.1';
    const spaceFile = nonBlankOption(values, 'space-file', 'the path of a `contentful space export` file');
    const space = await readSpaceFile(spaceFile === undefined ? SAMPLE_SPACE_FILE : resolve(io.cwd, spaceFile));
    const widgets = resolve(REPO, 'packages/widgets/dist');
    if (!existsSync(resolve(widgets, 'cdn/index.js'))) {
      throw new CliError('The widgets are not built yet', 'Run `npm run build` first (`npm start` does this for you).');
    }
    let server: DevServer;
    try {
      server = await startDevServer({ space, port, host, latencyMs, mounts: demoMounts() });
    } catch (error) {
      throw listenError(error, host, port);
    }
    io.out(`Family Hubs demo running at ${server.url}`);
    // The Preview API is chosen by host, as on Contentful: browsers resolve *.localhost to this machine.
    io.out(`Preview API (drafts) at ${previewUrl(server.url)}spaces/${DEMO_SPACE.space} with token ${DEMO_SPACE.previewToken}`);
    io.out('Press Ctrl+C to stop.');
    await new Promise<void>((resolveStop) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolveStop();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    return EXIT.ok;
  },
};

/** The demo's URL on the `preview.localhost` name, where it answers as the Preview API. */
function previewUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hostname = 'preview.localhost';
  return parsed.href;
}

/** A failed listen as one line that says what to do. */
function listenError(error: unknown, host: string, port: number): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EADDRINUSE':
      return new CliError(`Port ${port} on ${host} is already in use`, 'Stop the other server, or pass --port with another port (--port 0 picks a free one).');
    case 'EACCES':
      return new CliError(`Not allowed to listen on port ${port}`, 'Pass --port 1024 or higher (ports below 1024 need administrator rights).');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
    case 'EINVAL':
      return new CliError(`Cannot listen on --host ${host} (${code}): it is not an address of this machine`, 'Pass --host 127.0.0.1 (the default), or 0.0.0.0 to listen on every network.');
    default:
      return new CliError(`Cannot start the demo server on ${host}:${port} (${code ?? (error as Error).message})`, 'Try another --port or --host.');
  }
}
