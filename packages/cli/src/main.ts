/**
 * The `family-hubs` command: picks the subcommand, runs it, and turns errors into one line that
 * says what went wrong and what to do next, with an exit code from {@link EXIT}.
 */
import { readFileSync } from 'node:fs';
import { CliError, EXIT, helpFor, parseCommandArgs, pickSubcommand, type Command, type CommandIo, type ExitCode } from './command.js';
import { checkCommand } from './commands/check.js';
import { devCommand } from './commands/dev.js';
import { modelCommand } from './commands/model.js';
import { orukCommand } from './commands/oruk.js';
import { packCommand } from './commands/pack.js';
import { receiverCommand } from './commands/receiver.js';
import { ContentSourceError } from '@family-hubs/content';
import { sourceErrorHint } from './validate-space.js';

/** Every subcommand. */
export const COMMANDS: readonly Command[] = [devCommand, packCommand, checkCommand, modelCommand, orukCommand, receiverCommand];

/** The CLI package's version; `../package.json` is the package root from both `src/` and `dist/`. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

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
    'Run `family-hubs <command> --help` for a command’s options, `family-hubs --version` for the version.',
    'Exit codes: 0 done, 1 content problem, 2 usage or setup problem (see docs/cli.md).',
    '',
  ].join('\n');
}

/** `message` as a sentence, so message and hint read as one line. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One line: what went wrong, then what to do. */
export function errorLine(message: string, hint?: string): string {
  return `Error: ${sentence(message)}${hint ? ` ${sentence(hint)}` : ''}`;
}

/** Runs the tool with `args`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIo): Promise<ExitCode> {
  const [name, ...rest] = args;
  if (name === undefined) {
    // A bad call: the usage is the error message, so it goes to stderr.
    io.err(mainHelp());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const found = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    let topic: Command | undefined;
    try {
      topic = found && pickSubcommand(found, rest.slice(1)).command;
    } catch {
      topic = found;
    }
    io.out(topic ? helpFor(topic) : mainHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const named = COMMANDS.find((c) => c.name === name);
  if (!named) {
    io.err(errorLine(`Unknown command "${name}"`, `Run \`family-hubs --help\` to see the commands (${COMMANDS.map((c) => c.name).join(', ')})`));
    return EXIT.usage;
  }
  try {
    const { command, args: commandArgs } = pickSubcommand(named, rest);
    const { values, help } = parseCommandArgs(command, commandArgs);
    if (help) {
      io.out(helpFor(command));
      return EXIT.ok;
    }
    return await command.run(values, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(errorLine(error.message, error.hint));
      return error.exitCode;
    }
    // Commands translate source errors themselves; this catches any that slip through, so a
    // CMS that cannot be read is always a setup problem (exit 2), never a crash.
    if (error instanceof ContentSourceError) {
      io.err(errorLine(error.message, sourceErrorHint(error)));
      return EXIT.usage;
    }
    const problem = error instanceof Error ? error : new Error(String(error));
    io.err(errorLine(`Internal error in family-hubs ${VERSION}: ${problem.message}`, 'This is a bug; please report it with the lines below'));
    io.err(problem.stack ?? String(problem));
    return EXIT.internal;
  }
}

/**
 * The process's real input and output. On a terminal, progress lines overwrite each other and
 * the last one stays when other output follows.
 */
export function processIo(): CommandIo & { finish(): void } {
  const isTTY = process.stderr.isTTY === true;
  let progressShown = false;
  const endProgress = () => {
    if (progressShown) process.stderr.write('\n');
    progressShown = false;
  };
  return {
    out: (text) => {
      endProgress();
      process.stdout.write(`${text}\n`);
    },
    err: (text) => {
      endProgress();
      process.stderr.write(`${text}\n`);
    },
    progress: (text) => {
      if (!isTTY) return;
      // \r and "erase line" rewrite the line in place.
      process.stderr.write(`\r\x1b[2K${text}`);
      progressShown = true;
    },
    isTTY,
    env: process.env,
    cwd: process.cwd(),
    /** Ends a progress line left on the terminal, so the shell prompt starts on a line of its own. */
    finish: endProgress,
  };
}
