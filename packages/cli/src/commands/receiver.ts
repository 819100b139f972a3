import { CliError, EXIT, integerOption, nonBlankOption, type Command } from '../command.js';
import { ConfigError, readReceiverConfig } from '../receiver/config.js';
import { startReceiver, type Receiver } from '../receiver/server.js';
import { SqliteUnavailableError } from '../receiver/sqlite-db.js';
import { RECEIVER_STAFF_COMMANDS } from './receiver-staff.js';

/** `family-hubs receiver`: the reference endpoint for help requests. */
export const receiverCommand: Command = {
  name: 'receiver',
  summary: 'Run the reference receiver for help requests (SQLite or PostgreSQL, encrypted, signed webhook)',
  usage: 'family-hubs receiver [--port 8787] [--host 127.0.0.1] [--database <url>], or family-hubs receiver list|show|handle|export …',
  subcommands: RECEIVER_STAFF_COMMANDS,
  options: {
    port: { type: 'string', short: 'p', value: '<port>', description: 'Port to listen on (0 picks a free one)', default: '8787' },
    host: { type: 'string', value: '<address>', description: 'Address to listen on', default: '127.0.0.1' },
    database: { type: 'string', value: '<url>', description: 'sqlite:<file> or postgres://… (default: FH_RECEIVER_DATABASE, else sqlite:help-requests.db)' },
  },
  examples: ['FH_RECEIVER_KEYS=… FH_RECEIVER_STAFF_TOKEN=… family-hubs receiver --database sqlite:/var/lib/family-hubs/requests.db', 'family-hubs receiver --database postgres://receiver@db:5432/family_hubs'],
  async run(values, io) {
    const port = integerOption(values, 'port', 0, 65535, '8787 (or 0 for any free port)');
    const host = nonBlankOption(values, 'host', 'an address of this machine such as 127.0.0.1') ?? '127.0.0.1';
    const database = nonBlankOption(values, 'database', 'sqlite:<file> or a postgres:// URL');
    let receiver: Receiver;
    try {
      const config = readReceiverConfig(io.env, database);
      receiver = await startReceiver({ config, port, host, log: (level, event, fields) => io.out(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })) });
    } catch (error) {
      throw setupError(error, host, port);
    }
    await new Promise<void>((resolveStop) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolveStop();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await receiver.close();
    return EXIT.ok;
  },
};

/** A setup failure as one line that says what to do. */
function setupError(error: unknown, host: string, port: number): CliError {
  if (error instanceof ConfigError) return new CliError(error.message, error.hint);
  if (error instanceof SqliteUnavailableError) return new CliError(error.message, 'Use Node 22.13 or newer (or run node with --experimental-sqlite), or a postgres:// database.');
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new CliError(`Port ${port} on ${host} is already in use`, 'Stop the other server, or pass --port with another port.');
  if (code === 'EACCES') return new CliError(`Not allowed to listen on port ${port}`, 'Pass --port 1024 or higher.');
  if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL' || code === 'EAI_AGAIN') return new CliError(`Cannot listen on --host ${host} (${code})`, 'Pass --host 127.0.0.1, or 0.0.0.0 behind a proxy.');
  // The database could not be opened: say which kind, never the URL (it may hold a password).
  return new CliError(`The database could not be opened (${code ?? (error as Error).name}: ${redact((error as Error).message)})`, 'Check FH_RECEIVER_DATABASE or --database, that the server is up and the user may connect.');
}

function redact(message: string): string {
  return message.replace(/\/\/[^@\s/]*@/g, '//…@');
}
