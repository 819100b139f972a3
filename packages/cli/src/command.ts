/**
 * A tiny command framework over `node:util` `parseArgs`: each command declares its options once,
 * and `--help` text is generated from that declaration so it cannot drift.
 */
import { parseArgs } from 'node:util';
import type { FileOps } from './safe-write.js';

/**
 * Every exit code the tool returns. docs/cli.md lists them with their causes, and a test checks
 * that the two agree, so a nightly job can tell "editors must fix content" from "fix the job".
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** A content problem editors can fix: invalid published entries, or a pack that would lose most of the content. */
  content: 1,
  /** A usage or setup problem the person running the command can fix: options, files, folders, the CMS connection. */
  usage: 2,
  /** A bug in family-hubs (an error nobody anticipated); printed with its stack trace. */
  internal: 70,
} as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly short?: string;
  /** Shown in help as the value's name, e.g. `<file>`. */
  readonly value?: string;
  readonly default?: string | boolean;
}

/** Where a command writes. Tests capture these. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * Progress of long work, written to stderr so stdout stays clean for `--json`. Commands only
   * call it when {@link CommandIo.isTTY} is true: in a log file, a progress line every second is noise.
   * On a terminal, each call replaces the previous progress line.
   */
  readonly progress: (text: string) => void;
  /** True when stderr is a terminal (someone is watching), so progress is worth showing. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The file system commands write with (default: the real one); tests inject a full disk. */
  readonly files?: FileOps;
}

/** Parsed option values. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** A command of the `family-hubs` tool. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples?: readonly string[];
  /**
   * The one word the command takes besides options (`receiver show FH-7K3M-Q9TD`), stored in the
   * option values under `name`. Commands without it take options only.
   */
  readonly argument?: { readonly name: string; readonly description: string };
  /**
   * Commands under this one, picked by the next word (`receiver list`); each is named in full
   * (`receiver list`). The command itself still runs when no subcommand is named.
   */
  readonly subcommands?: readonly Command[];
  /** Returns the exit code. Long-running commands resolve when they stop. */
  run(values: OptionValues, io: CommandIo): Promise<ExitCode>;
}

/**
 * An error the user can fix; `hint` says how. Printed as one line (message and hint) without a
 * stack trace, so a nightly job's log says what went wrong and what to do.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
  }
}

/** Help text generated from a command's declaration. */
export function helpFor(command: Command): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : ''}`;
    const fallback = spec.default !== undefined && spec.default !== false ? ` (default: ${String(spec.default)})` : '';
    return [flag, `${spec.description}${fallback}`] as const;
  });
  rows.push(['-h, --help', 'Show this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `family-hubs ${command.name}: ${command.summary}`,
    '',
    `Usage: ${command.usage}`,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    ...(command.argument ? ['', 'Argument:', `  <${command.argument.name}>  ${command.argument.description}`] : []),
    ...(command.subcommands?.length ? ['', 'Commands:', ...subcommandRows(command.subcommands)] : []),
    ...(command.examples?.length ? ['', 'Examples:', ...command.examples.map((e) => `  ${e}`)] : []),
    '',
  ].join('\n');
}

function subcommandRows(subcommands: readonly Command[]): string[] {
  const width = Math.max(...subcommands.map((c) => c.name.length)) + 2;
  return subcommands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`);
}

/**
 * The command `args` name under `command` (`receiver list …` → `receiver list`) and the arguments
 * left for it; `command` itself when the next word is an option or there is none. A word that
 * names no subcommand is a usage error that lists them.
 */
export function pickSubcommand(command: Command, args: readonly string[]): { command: Command; args: readonly string[] } {
  const [word, ...rest] = args;
  if (!command.subcommands?.length || word === undefined || word.startsWith('-')) return { command, args };
  const found = command.subcommands.find((sub) => sub.name === `${command.name} ${word}`);
  if (found) return pickSubcommand(found, rest);
  const names = command.subcommands.map((sub) => sub.name.slice(command.name.length + 1)).join(', ');
  throw new CliError(`Unknown command "${command.name} ${word}"`, `Run \`family-hubs ${command.name} --help\` to see its commands (${names})`);
}

/** Parses `args` for `command`, or throws a CliError that names the bad option or argument. */
export function parseCommandArgs(command: Command, args: readonly string[]): { values: OptionValues; help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.default !== undefined ? { default: spec.default } : {}) };
  }
  const seeHelp = `Run \`family-hubs ${command.name} --help\` to see the options.`;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.split('\n')[0] ?? 'Invalid arguments', seeHelp);
  }
  const { help, ...values } = parsed.values;
  if (help === true) return { values, help: true };
  // Commands take options only, or one declared argument: a stray word is usually a value whose
  // option was mistyped (`--out` missing), and ignoring it would write somewhere the operator did not mean.
  const positionals = [...parsed.positionals];
  const { argument } = command;
  if (argument) {
    const given = positionals.shift();
    if (given === undefined || given.trim() === '') throw new CliError(`${command.name} needs a <${argument.name}>`, `For example: family-hubs ${command.usage.replace(/^family-hubs /, '')}. ${seeHelp}`);
    values[argument.name] = given.trim();
  }
  const [extra] = positionals;
  if (extra !== undefined) throw new CliError(`Unexpected argument "${extra}"`, `${command.name} takes ${argument ? `one <${argument.name}> and options` : 'options only'}. ${seeHelp}`);
  return { values, help: false };
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A string option that must not be blank when given: `--space "$SPACE"` with an unset variable
 * must fail rather than silently act as if the option had been left out.
 */
export function nonBlankOption(values: OptionValues, name: string, what: string): string | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new CliError(`--${name} is empty`, `Pass ${what}, or leave out --${name}. (Is an environment variable in your script unset?)`);
  return value.trim();
}

/** Parses a whole number option within bounds, or throws a usage error that names the option. */
export function integerOption(values: OptionValues, name: string, min: number, max: number, example: string): number {
  const text = String(values[name]);
  // Number('') is 0 and Number('1e3') is 1000: only plain digits are a whole number here.
  const value = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`, `For example: --${name} ${example}.`);
  }
  return value;
}
