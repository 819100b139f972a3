/**
 * `family-hubs receiver list|show|handle|export` as staff run them: the real command against a
 * real receiver (SQLite) over loopback HTTP, the token from the environment only, and every
 * failure one line with exit 2. The token never appears in anything the command prints.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { HelpRequest } from '@family-hubs/content/requests';
import { readReceiverConfig } from '../../packages/cli/src/receiver/config.js';
import { startReceiver, type Receiver } from '../../packages/cli/src/receiver/server.js';
import { run, tempDir, type Run } from './cli-support.js';

const TOKEN = `staff-${randomBytes(24).toString('hex')}`;
const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const FORMULA_NAME = '=HYPERLINK("http://evil.example","Open")';
const PHONE = '+44 7700 900123';
const SAFE_TIMES = '@SUM(1+1) mornings';
const SOMETHING_ELSE = '-2+3 help with the rent';

let receiver: Receiver;
let dir: string;
let clock = Date.parse('2026-11-20T10:00:00Z');
const references: Record<'older' | 'newer' | 'spam', string> = { older: '', newer: '', spam: '' };
/** Every run's output, checked at the end for the token. */
const outputs: Run[] = [];

async function submit(body: HelpRequest): Promise<string> {
  const response = await fetch(`${receiver.url}/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: JSON.stringify(body) });
  assert.equal(response.status, 201);
  return ((await response.json()) as { reference: string }).reference;
}

/** Runs a staff command against the receiver, with the token in the environment. */
async function staff(args: string[], env: Record<string, string> = { FH_RECEIVER_STAFF_TOKEN: TOKEN }): Promise<Run> {
  const result = await run(['receiver', ...args, ...(args.includes('--receiver') ? [] : ['--receiver', receiver.url])], { env, cwd: dir });
  outputs.push(result);
  return result;
}

const oneLine = (result: Run, pattern: RegExp) => {
  assert.equal(result.code, 2, result.err);
  assert.equal(result.err.trim().split('\n').length, 1, result.err);
  assert.match(result.err, /^Error: .+\. .+/);
  assert.match(result.err, pattern);
};

before(async () => {
  dir = await tempDir();
  const config = readReceiverConfig({ FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN, FH_RECEIVER_RATE_LIMIT: '100' }, `sqlite:${join(dir, 'requests.db')}`);
  receiver = await startReceiver({ config, log: () => undefined, now: () => clock });
  references.older = await submit({
    version: 1,
    route: 'contact',
    topics: ['money'],
    somethingElse: SOMETHING_ELSE,
    contact: { name: FORMULA_NAME, phone: PHONE },
    safety: { safeToCall: true, safeTimes: SAFE_TIMES },
    honeypot: '',
    elapsedMs: 40_000,
  });
  clock = Date.parse('2026-12-02T09:30:00Z');
  references.newer = await submit({ version: 1, route: 'information', topics: ['parentingSupport'], honeypot: '', elapsedMs: 30_000 });
  clock += 60_000;
  references.spam = await submit({ version: 1, route: 'information', topics: ['parentingSupport'], honeypot: 'http://spam.example', elapsedMs: 900 });
});

after(() => receiver?.close());

describe('family-hubs receiver list', () => {
  it('prints a table of requests, newest first, without personal data', async () => {
    const result = await staff(['list']);
    assert.equal(result.code, 0, result.err);
    const lines = result.out.split('\n');
    assert.match(lines[0]!, /^Reference +Received +Status +Route +Topics +Spam signals$/);
    assert.deepEqual(lines.slice(1, 4).map((line) => line.split(/\s{2,}/)[0]), [references.spam, references.newer, references.older]);
    assert.match(lines[3]!, new RegExp(`^${references.older} +2026-11-20 10:00 UTC +new +contact +money`));
    assert.match(lines[1]!, /quarantined +information +parentingSupport +honeypot/);
    assert.equal(lines[4], '3 requests.');
    assert.ok(!result.out.includes('HYPERLINK') && !result.out.includes('900123'), 'the list holds no personal data');
  });

  it('filters by --status and --since, and says so when nothing matches', async () => {
    const quarantined = await staff(['list', '--status', 'quarantined', '--json']);
    assert.deepEqual((JSON.parse(quarantined.out) as { requests: { reference: string }[] }).requests.map((r) => r.reference), [references.spam]);
    const recent = await staff(['list', '--since', '2026-12-01', '--json']);
    assert.deepEqual((JSON.parse(recent.out) as { requests: { reference: string }[] }).requests.map((r) => r.reference), [references.spam, references.newer]);
    const fromTime = await staff(['list', '--since', '2026-12-02T09:31:00Z', '--json']);
    assert.deepEqual((JSON.parse(fromTime.out) as { requests: { reference: string }[] }).requests.map((r) => r.reference), [references.spam]);
    const none = await staff(['list', '--since', '2027-01-01']);
    assert.equal(none.code, 0, none.err);
    assert.equal(none.out, 'No requests since 2027-01-01.');
  });

  it('refuses a bad --status, --since or --limit before calling', async () => {
    oneLine(await staff(['list', '--status', 'open']), /--status must be one of new, handled, quarantined, not "open"/);
    oneLine(await staff(['list', '--since', '2026-02-30']), /--since must be a real date/);
    oneLine(await staff(['list', '--since', 'yesterday']), /--since must be a real date/);
    oneLine(await staff(['list', '--limit', '0']), /--limit must be a whole number from 1 to 1000/);
  });
});

describe('family-hubs receiver show and handle', () => {
  it('show prints the request, decrypted, one answer a line', async () => {
    const result = await staff(['show', references.older.toLowerCase()]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, new RegExp(`^reference: ${references.older}$`, 'm'));
    assert.match(result.out, /^status: new$/m);
    assert.ok(result.out.split('\n').includes(`contact.name: ${FORMULA_NAME}`), result.out);
    assert.ok(result.out.split('\n').includes(`contact.phone: ${PHONE}`));
    assert.ok(result.out.split('\n').includes(`somethingElse: ${SOMETHING_ELSE}`));
    const json = JSON.parse((await staff(['show', references.older, '--json'])).out) as { request: HelpRequest };
    assert.equal(json.request.contact?.name, FORMULA_NAME, 'JSON keeps values as they were sent');
  });

  it('handle marks a request handled, and list --status handled then has it', async () => {
    const result = await staff(['handle', references.newer]);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, `Marked ${references.newer} handled.`);
    const handled = JSON.parse((await staff(['list', '--status', 'handled', '--json'])).out) as { requests: { reference: string; handledAt: string }[] };
    assert.deepEqual(handled.requests.map((r) => r.reference), [references.newer]);
    assert.ok(handled.requests[0]!.handledAt);
  });

  it('an unknown or malformed reference is one line, exit 2', async () => {
    oneLine(await staff(['show', 'FH-2222-2222']), /has no request FH-2222-2222\. Check the reference/);
    oneLine(await staff(['handle', 'FH-2222-2222']), /has no request FH-2222-2222/);
    oneLine(await staff(['show', 'not-a-reference']), /"not-a-reference" is not a request reference\. References look like FH-/);
    oneLine(await staff(['show']), /receiver show needs a <reference>/);
    oneLine(await staff(['show', references.older, 'extra']), /Unexpected argument "extra"/);
  });
});

describe('family-hubs receiver export', () => {
  it('writes CSV to --output with formula cells neutralised, readable by the owner only', async () => {
    const result = await staff(['export', '--output', 'requests.csv']);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, 'Wrote requests.csv (3 requests).');
    const file = join(dir, 'requests.csv');
    assert.equal((await stat(file)).mode & 0o777, 0o600, 'personal data: a new file is not readable by others');
    const text = await readFile(file, 'utf8');
    const header = text.split('\r\n')[0]!.split(',');
    const row = text.split('\r\n').find((line) => line.startsWith(references.older))!;
    assert.ok(row, text);
    // The cells, quoted as RFC 4180 says when they hold quotes or commas.
    assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"",""Open"")"`), row);
    assert.ok(row.includes(`,'+44 7700 900123,`), row);
    assert.ok(row.includes(`,'@SUM(1+1) mornings,`), row);
    assert.ok(row.includes(`,'-2+3 help with the rent,`), row);
    assert.ok(!/(^|,)[=+\-@]/.test(text.replace(/"[^"]*"/g, '""')), 'no unquoted cell begins with a formula character');
    assert.deepEqual(header.slice(0, 3), ['reference', 'received_at', 'status']);
  });

  it('an existing --output file is replaced whole, keeping its permissions', async () => {
    const file = join(dir, 'kept.csv');
    await writeFile(file, 'old\n', { mode: 0o640 });
    const result = await staff(['export', '--status', 'quarantined', '-o', 'kept.csv']);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, 'Wrote kept.csv (1 request).');
    assert.equal((await stat(file)).mode & 0o777, 0o640);
    assert.equal((await readFile(file, 'utf8')).trimEnd().split('\r\n').length, 2);
  });

  it('prints JSON to stdout with --format json, filtered by --since', async () => {
    const result = await staff(['export', '--format', 'json', '--since', '2026-12-01']);
    assert.equal(result.code, 0, result.err);
    const body = JSON.parse(result.out) as { requests: { reference: string }[] };
    assert.deepEqual(body.requests.map((r) => r.reference), [references.spam, references.newer]);
  });

  it('refuses a bad --format, or an --output folder that does not exist, before calling', async () => {
    oneLine(await staff(['export', '--format', 'xlsx']), /--format must be csv or json, not "xlsx"/);
    oneLine(await staff(['export', '--output', 'missing/requests.csv']), /The folder .*missing does not exist/);
  });
});

describe('family-hubs receiver staff commands: token and receiver problems', () => {
  it('a refused token is one line and exit 2, and neither token is printed', async () => {
    const wrong = `wrong-${randomBytes(24).toString('hex')}`;
    for (const args of [['list'], ['show', references.older], ['handle', references.older], ['export']]) {
      const result = await staff(args, { FH_RECEIVER_STAFF_TOKEN: wrong });
      oneLine(result, /refused the staff token\. Set FH_RECEIVER_STAFF_TOKEN/);
      assert.ok(!`${result.out}${result.err}`.includes(wrong), 'the wrong token is not printed');
    }
    const list = JSON.parse((await staff(['list', '--json'])).out) as { requests: { reference: string; status: string }[] };
    assert.equal(list.requests.find((r) => r.reference === references.older)?.status, 'new', 'handle with a refused token changed nothing');
  });

  it('no token in the environment is one line that says where it goes; there is no --token option', async () => {
    oneLine(await staff(['list'], {}), /FH_RECEIVER_STAFF_TOKEN is not set\. Set it in the environment/);
    oneLine(await staff(['list', '--token', TOKEN], {}), /Unknown option '--token'/);
  });

  it('a receiver that is down is one line, exit 2', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    oneLine(await staff(['list', '--receiver', `http://127.0.0.1:${port}`]), new RegExp(`Cannot reach the receiver at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)\\. Check that it is running`));
  });

  it('a server that is not a receiver, or a receiver that fails, is one line, exit 2', async () => {
    let status = 200;
    const other = createServer((_req, res) => {
      res.writeHead(status, { 'Content-Type': status === 200 ? 'text/html' : 'application/json' });
      res.end(status === 200 ? '<html></html>' : '{"error":"unavailable"}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      oneLine(await staff(['list', '--receiver', url]), /answered 200 with text\/html, not as a family-hubs receiver does/);
      status = 503;
      oneLine(await staff(['export', '--receiver', url]), /The receiver at .* failed \(503\)\. Check its logs and \/readyz/);
    } finally {
      other.close();
    }
  });

  it('plain http to another machine is refused without --insecure (the token would cross the network readable)', async () => {
    oneLine(await staff(['list', '--receiver', 'http://receiver.council.example:8787']), /Refusing to send the staff token over plain HTTP to receiver\.council\.example:8787/);
    oneLine(await staff(['list', '--receiver', 'https://staff:secret@receiver.council.example']), /must not hold a user name or password/);
  });

  it('the token appears in nothing any command printed', () => {
    assert.ok(outputs.length > 20, 'every run above was recorded');
    for (const result of outputs) assert.ok(!`${result.out}\n${result.err}`.includes(TOKEN), `the token leaked: ${result.err}`);
  });
});
