import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CliError, type Command } from '../command.js';
import { startDevServer } from '../dev/dev-server.js';
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
  usage: 'family-hubs dev [--port 8080] [--space-file <file>]',
  options: {
    port: { type: 'string', short: 'p', value: '<port>', description: 'Port to listen on (0 picks a free one)', default: '8080' },
    host: { type: 'string', value: '<address>', description: 'Address to listen on', default: '127.0.0.1' },
    'space-file': { type: 'string', value: '<file>', description: 'Space export to serve. Default: the built-in sample council' },
    latency: { type: 'string', value: '<ms>', description: 'Delay every CMS response, to see loading states', default: '0' },
  },
  examples: ['npm start', 'family-hubs dev --port 3000 --latency 800'],
  async run(values, _positionals, io) {
    const port = Number(values['port']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${String(values['port'])}"`);
    const widgets = resolve(REPO, 'packages/widgets/dist');
    if (!existsSync(resolve(widgets, 'cdn/index.js'))) {
      throw new CliError('The widgets are not built yet', 'Run `npm run build` first (`npm start` does this for you).');
    }
    const space = await readSpaceFile(typeof values['space-file'] === 'string' ? resolve(io.cwd, values['space-file']) : SAMPLE_SPACE_FILE);
    const server = await startDevServer({
      space,
      port,
      host: String(values['host']),
      latencyMs: Number(values['latency']) || 0,
      mounts: demoMounts(),
    });
    io.out(`Family Hubs demo running at ${server.url}`);
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
    return 0;
  },
};
