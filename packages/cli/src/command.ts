/**
 * A tiny command framework over `node:util` `parseArgs`: each command declares its options once,
 * and `--help` text is generated from that declaration so it cannot drift.
 */
import { parseArgs } from 'node:util';

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
  /** Progress of long work; written to stderr so stdout stays clean for `--json`. */
  readonly progress: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
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
  /** Returns the exit code. Long-running commands resolve when they stop. */
  run(values: OptionValues, positionals: readonly string[], io: CommandIo): Promise<number>;
}

/** An error the user can fix; `hint` says how. Printed without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 2,
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
    ...(command.examples?.length ? ['', 'Examples:', ...command.examples.map((e) => `  ${e}`)] : []),
    '',
  ].join('\n');
}

/** Parses `args` for `command`, or throws a CliError that names the bad option. */
export function parseCommandArgs(command: Command, args: readonly string[]): { values: OptionValues; positionals: string[]; help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.default !== undefined ? { default: spec.default } : {}) };
  }
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    const { help, ...values } = parsed.values;
    return { values, positionals: parsed.positionals, help: help === true };
  } catch (error) {
    throw new CliError((error as Error).message.split('\n')[0] ?? 'Invalid arguments', `Run \`family-hubs ${command.name} --help\` to see the options.`);
  }
}
