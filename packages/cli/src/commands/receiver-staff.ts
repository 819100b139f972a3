/**
 * `family-hubs receiver list|show|handle|export`: the staff API of a running receiver from the
 * command line, for staff who would otherwise hand-write curl calls with the token in them.
 * The token comes from `FH_RECEIVER_STAFF_TOKEN` only (see staff-client.ts).
 */
import { resolve } from 'node:path';
import { CliError, EXIT, integerOption, nonBlankOption, stringOption, type Command, type OptionSpec, type OptionValues } from '../command.js';
import { answerJson, callStaff, staffConnection, type StaffConnection } from '../receiver/staff-client.js';
import { COUNT_HEADER, STATUSES, type StaffView } from '../receiver/staff.js';
import { isReference } from '../receiver/reference.js';
import { checkWritable, writeFileAtomically } from '../safe-write.js';

const CONNECTION_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  receiver: { type: 'string', value: '<url>', description: 'The receiver’s address (default: FH_RECEIVER_URL, else http://127.0.0.1:8787). The token comes from FH_RECEIVER_STAFF_TOKEN' },
  insecure: { type: 'boolean', description: 'Allow plain http:// to another machine (the token crosses the network readable)' },
};

const FILTER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  status: { type: 'string', value: '<status>', description: `Only requests with this status (${STATUSES.join(', ')})` },
  since: { type: 'string', value: '<when>', description: 'Only requests received on or after this day (YYYY-MM-DD, from midnight UTC) or time (ISO 8601 with its offset)' },
};

function connect(values: OptionValues, env: Readonly<Record<string, string | undefined>>): StaffConnection {
  return staffConnection(env, nonBlankOption(values, 'receiver', 'the receiver’s address'), values['insecure'] === true);
}

/** `--status` and `--since`, checked here so a typo is a usage error rather than an empty list. */
function filters(values: OptionValues): { status?: string; since?: string } {
  const status = stringOption(values, 'status');
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    throw new CliError(`--status must be one of ${STATUSES.join(', ')}, not "${status}"`, 'For example: --status new.');
  }
  const since = stringOption(values, 'since');
  if (since !== undefined && !isSince(since)) {
    throw new CliError(`--since must be a real date written YYYY-MM-DD or an ISO 8601 time with its offset, not "${since}"`, 'For example: --since 2026-12-01 or --since 2026-12-01T09:00:00Z.');
  }
  return { ...(status === undefined ? {} : { status }), ...(since === undefined ? {} : { since }) };
}

/** A real day (`2026-02-30` is not one), or a time with its offset, as the staff API accepts. */
function isSince(text: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(text);
  if (!day) return false;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return date.getUTCMonth() === Number(day[2]) - 1 && date.getUTCDate() === Number(day[3]) && !Number.isNaN(Date.parse(text));
}

function reference(values: OptionValues): string {
  const text = String(values['reference']).toUpperCase();
  if (!isReference(text)) throw new CliError(`"${String(values['reference'])}" is not a request reference`, 'References look like FH-7K3M-Q9TD (run `family-hubs receiver list` to see them).');
  return text;
}

function notFound(ref: string, where: StaffConnection): CliError {
  return new CliError(`The receiver at ${where.url.origin} has no request ${ref}`, 'Check the reference (run `family-hubs receiver list`); requests are deleted after the retention period.');
}

/** Rows as aligned columns under a header, for a person at a terminal. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

/** `2026-12-02T09:00:00.000Z` as `2026-12-02 09:00 UTC`. */
const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '');

/** `family-hubs receiver list`. */
export const receiverListCommand: Command = {
  name: 'receiver list',
  summary: 'List requests on a running receiver, newest first (no personal data)',
  usage: 'family-hubs receiver list [--status new] [--since 2026-12-01] [--limit 100] [--json]',
  options: {
    ...CONNECTION_OPTIONS,
    ...FILTER_OPTIONS,
    limit: { type: 'string', value: '<n>', description: 'At most this many (1 to 1000)', default: '100' },
    json: { type: 'boolean', description: 'Print the list as JSON' },
  },
  examples: ['FH_RECEIVER_STAFF_TOKEN=… family-hubs receiver list --status new', 'family-hubs receiver list --receiver https://help.northshire.gov.uk --since 2026-12-01'],
  async run(values, io) {
    const limit = integerOption(values, 'limit', 1, 1000, '100');
    const query = filters(values);
    const connection = connect(values, io.env);
    const { requests } = answerJson<{ requests: StaffView[] }>(await callStaff(connection, 'GET', '/staff/requests', { ...query, limit: String(limit) }));
    if (values['json'] === true) {
      io.out(JSON.stringify({ requests }, null, 2));
      return EXIT.ok;
    }
    if (requests.length === 0) {
      io.out(`No requests${query.status ? ` with status ${query.status}` : ''}${query.since ? ` since ${query.since}` : ''}.`);
      return EXIT.ok;
    }
    const rows = requests.map((r) => [r.reference, when(r.receivedAt), r.status, r.route, r.topics.join(' '), r.spamSignals.join(' ')]);
    io.out(table(['Reference', 'Received', 'Status', 'Route', 'Topics', 'Spam signals'], rows));
    io.out(`${requests.length} request${requests.length === 1 ? '' : 's'}${requests.length === limit ? ` (the newest ${limit}; pass --limit or --since to see others)` : ''}.`);
    return EXIT.ok;
  },
};

/** Every answered field of a request as `path: value` lines (`contact.phone: 07700 900123`). */
function fieldLines(value: unknown, path = ''): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.length ? [`${path}: ${value.map((item) => JSON.stringify(item)).join(', ').replace(/"/g, '')}`] : [];
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => fieldLines(inner, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value === 'string' ? value : JSON.stringify(value)}`];
}

/** `family-hubs receiver show`. */
export const receiverShowCommand: Command = {
  name: 'receiver show',
  summary: 'Show one request, decrypted',
  usage: 'family-hubs receiver show <reference> [--json]',
  argument: { name: 'reference', description: 'The request’s reference, e.g. FH-7K3M-Q9TD' },
  options: { ...CONNECTION_OPTIONS, json: { type: 'boolean', description: 'Print the request as JSON' } },
  examples: ['FH_RECEIVER_STAFF_TOKEN=… family-hubs receiver show FH-7K3M-Q9TD'],
  async run(values, io) {
    const ref = reference(values);
    const connection = connect(values, io.env);
    const answer = await callStaff(connection, 'GET', `/staff/requests/${ref}`);
    if (answer.status === 404) throw notFound(ref, connection);
    const view = answerJson<StaffView>(answer);
    if (values['json'] === true) {
      io.out(JSON.stringify(view, null, 2));
      return EXIT.ok;
    }
    const { request, problem, ...summary } = view;
    const { version: _version, honeypot: _honeypot, ...answers } = request ?? {};
    io.out([...fieldLines(summary), ...(problem ? [`problem: ${problem}`] : []), ...fieldLines(answers)].join('\n'));
    return EXIT.ok;
  },
};

/** `family-hubs receiver handle`. */
export const receiverHandleCommand: Command = {
  name: 'receiver handle',
  summary: 'Mark a request handled',
  usage: 'family-hubs receiver handle <reference>',
  argument: { name: 'reference', description: 'The request’s reference, e.g. FH-7K3M-Q9TD' },
  options: { ...CONNECTION_OPTIONS },
  examples: ['FH_RECEIVER_STAFF_TOKEN=… family-hubs receiver handle FH-7K3M-Q9TD'],
  async run(values, io) {
    const ref = reference(values);
    const connection = connect(values, io.env);
    const answer = await callStaff(connection, 'POST', `/staff/requests/${ref}/handled`);
    if (answer.status === 404) throw notFound(ref, connection);
    if (answer.status !== 200) throw new CliError(`The receiver answered ${answer.status} when marking ${ref} handled`, 'Check the receiver’s logs, then try again.');
    io.out(`Marked ${ref} handled.`);
    return EXIT.ok;
  },
};

const FORMATS = ['csv', 'json'] as const;

/** `family-hubs receiver export`. */
export const receiverExportCommand: Command = {
  name: 'receiver export',
  summary: 'Export requests, decrypted, as CSV (formula cells neutralised) or JSON',
  usage: 'family-hubs receiver export [--format csv|json] [--output <file>] [--status new] [--since 2026-12-01]',
  options: {
    ...CONNECTION_OPTIONS,
    ...FILTER_OPTIONS,
    format: { type: 'string', value: '<csv|json>', description: 'csv (a cell beginning with =, +, - or @ is prefixed with \') or json', default: 'csv' },
    output: { type: 'string', short: 'o', value: '<file>', description: 'Write here (atomically; a new file is readable by you only) instead of to stdout' },
  },
  examples: ['FH_RECEIVER_STAFF_TOKEN=… family-hubs receiver export --status new --output new-requests.csv', 'family-hubs receiver export --format json --since 2026-12-01 > requests.json'],
  async run(values, io) {
    const format = String(values['format']);
    if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be csv or json, not "${format}"`, 'For example: --format csv.');
    const query = filters(values);
    const output = nonBlankOption(values, 'output', 'a file to write');
    const target = output === undefined ? undefined : { path: resolve(io.cwd, output), what: 'The export', defaultName: `help-requests.${format}`, newFileMode: 0o600 };
    // Before the call, so a bad folder costs nothing and personal data is never fetched for nowhere.
    if (target) await checkWritable(target, io.files);
    const connection = connect(values, io.env);
    const answer = await callStaff(connection, 'GET', '/staff/export', { ...query, format });
    if (answer.status !== 200) throw new CliError(`The receiver answered ${answer.status} to the export`, 'Check the receiver’s version and logs.');
    const text = format === 'json' ? `${JSON.stringify(answerJson<unknown>(answer), null, 2)}\n` : answer.text;
    if (!target) {
      io.out(text.replace(/\r?\n$/, ''));
      return EXIT.ok;
    }
    await writeFileAtomically(target, text, io.files);
    const count = Number(answer.headers.get(COUNT_HEADER));
    io.out(`Wrote ${output}${Number.isSafeInteger(count) ? ` (${count} request${count === 1 ? '' : 's'})` : ''}.`);
    return EXIT.ok;
  },
};

/** The staff subcommands of `family-hubs receiver`. */
export const RECEIVER_STAFF_COMMANDS: readonly Command[] = [receiverListCommand, receiverShowCommand, receiverHandleCommand, receiverExportCommand];
