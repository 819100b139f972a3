/**
 * The `family-hubs` command: picks the subcommand, runs it, and turns errors into a message that
 * says what to do next and an exit code (0 fine, 1 content problems, 2 usage or setup problems).
 */
import { CliError, helpFor, parseCommandArgs, type Command, type CommandIo } from './command.js';
import { checkCommand } from './commands/check.js';
import { devCommand } from './commands/dev.js';
import { modelCommand } from './commands/model.js';
import { packCommand } from './commands/pack.js';
import { ContentSourceError } from '@family-hubs/content';

/** Every subcommand. */
export const COMMANDS: readonly Command[] = [devCommand, packCommand, checkCommand, modelCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'family-hubs: tools for Family Hubs widgets and content',
    '',
    'Usage: family-hubs <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `family-hubs <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Runs the tool with `args`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    io.err(mainHelp());
    return 2;
  }
  try {
    const { values, positionals, help } = parseCommandArgs(command, rest);
    if (help) {
      io.out(helpFor(command));
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`Error: ${error.message}`);
      if (error.hint) io.err(error.hint);
      return error.exitCode;
    }
    if (error instanceof ContentSourceError) {
      io.err(`Error: ${error.message}`);
      if (error.kind === 'network' || error.kind === 'timeout') io.err('Check the --host and your network connection, then try again.');
      return 2;
    }
    io.err(`Unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 70;
  }
}

/** The process's real input and output. */
export function processIo(): CommandIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    progress: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}
