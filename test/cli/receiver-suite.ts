/**
 * The reference receiver's rules, over real HTTP, run once per store (SQLite and PostgreSQL):
 * receiver-sqlite.test.ts and receiver-postgres.test.ts call {@link receiverSuite}.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHelpRequestSubmission, type HelpRequest } from '@family-hubs/content/requests';
import { readReceiverConfig } from '../../packages/cli/src/receiver/config.js';
import { jsonLogger } from '../../packages/cli/src/receiver/log.js';
import { startReceiver, type Receiver, type ReceiverOptions } from '../../packages/cli/src/receiver/server.js';
import { verifyWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../packages/cli/src/receiver/signature.js';
import type { WebhookPayload } from '../../packages/cli/src/receiver/outbox.js';

const key = () => randomBytes(32).toString('base64');
const OLD_KEY = `2026-06:${key()}`;
const NEW_KEY = `2026-12:${key()}`;
const STAFF_TOKEN = 'staff-token-0123456789abcdefghijklmnop';
const WEBHOOK_SECRET = 'webhook-secret-0123456789abcdefghijklmnop';
const ORIGIN = 'https://www.council.example';
const DAY = 86_400_000;

/** Personal data that must never reach a log line or a database column in clear. */
const NAME = 'Zanthia';
const PHONE = '07700 900461';
const EMAIL = 'zanthia.private@example.org';
const SECRET_WORDS = 'my partner checks my phone';

const request = (overrides: Partial<HelpRequest> = {}): HelpRequest => ({
  version: 1,
  route: 'contact',
  topics: ['parentingSupport'],
  somethingElse: SECRET_WORDS,
  contact: { name: NAME, phone: PHONE, email: EMAIL },
  safety: { safeToCall: false, safeToText: true, safeTimes: 'Weekday mornings' },
  honeypot: '',
  elapsedMs: 45_000,
  ...overrides,
});

/** A loopback case system: answers with the scripted statuses, then 200; records what it got. */
interface CaseSystem {
  url: string;
  script: number[];
  calls: { headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

async function startCaseSystem(): Promise<CaseSystem> {
  const system: Omit<CaseSystem, 'url' | 'close'> = { script: [], calls: [] };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      system.calls.push({ headers: req.headers, body });
      res.writeHead(system.script.shift() ?? 200);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(system, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cases`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** Runs the whole suite against databases made by `newDatabase` (one per receiver). */
export function receiverSuite(storeName: string, setup: () => Promise<{ newDatabase: () => Promise<string>; stop: () => Promise<void> } | string>): void {
  describe(`receiver on ${storeName}`, () => {
    let newDatabase: () => Promise<string>;
    let stop: () => Promise<void> = () => Promise.resolve();
    let skip: string | undefined;
    // A setup failure (no PostgreSQL in CI) fails every test by name, rather than one hook that
    // node:test does not count as a failed test.
    let setupError: Error | undefined;
    const running: Receiver[] = [];
    const logs: string[] = [];
    let clock = Date.parse('2026-12-02T09:00:00Z');

    before(async () => {
      try {
        const made = await setup();
        if (typeof made === 'string') skip = made;
        else ({ newDatabase, stop } = made);
      } catch (error) {
        setupError = error instanceof Error ? error : new Error(String(error));
      }
    });

    /** False (and the test skipped) only off CI without PostgreSQL; throws when setup failed. */
    const canRun = (t: { skip(message: string): void }): boolean => {
      if (setupError) throw setupError;
      if (skip) t.skip(skip);
      return skip === undefined;
    };
    after(async () => {
      await Promise.all(running.map((r) => r.close()));
      await stop();
    });

    /** Starts a receiver on a fresh database (or on `database`), with `env` over the defaults. */
    async function start(env: Record<string, string> = {}, options: Partial<ReceiverOptions> & { database?: string } = {}): Promise<Receiver> {
      const database = options.database ?? (await newDatabase());
      const config = readReceiverConfig(
        { FH_RECEIVER_KEYS: NEW_KEY, FH_RECEIVER_STAFF_TOKEN: STAFF_TOKEN, FH_RECEIVER_ALLOWED_ORIGINS: ORIGIN, FH_RECEIVER_MINIMUM_FILL_MS: '3000', FH_RECEIVER_RATE_LIMIT: '100', ...env },
        database,
      );
      const receiver = await startReceiver({ config, log: jsonLogger((line) => logs.push(line), () => clock), now: () => clock, outboxIntervalMs: 3_600_000, webhookBaseDelayMs: 1000, webhookMaxDelayMs: 4000, ...options });
      running.push(receiver);
      return receiver;
    }

    const post = (receiver: Receiver, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${receiver.url}/requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Origin: ORIGIN, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const staff = (receiver: Receiver, path: string, init: RequestInit = {}, token = STAFF_TOKEN) =>
      fetch(`${receiver.url}/staff/${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
    const json = async <T>(response: Response) => (await response.json()) as T;

    it('accepts a request: 201 with a reference, stored encrypted, readable by staff', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const response = await post(receiver, request());
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
      const receipt = await json<{ reference: string; receivedAt: string }>(response);
      assert.match(receipt.reference, /^FH-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      assert.equal(receipt.receivedAt, new Date(clock).toISOString());

      const rows = await receiver.store.db.all<Record<string, unknown>>('SELECT * FROM fh_requests');
      assert.equal(rows.length, 1);
      const stored = JSON.stringify(rows);
      for (const secret of [NAME, PHONE, EMAIL, SECRET_WORDS, 'Weekday']) assert.ok(!stored.includes(secret), `"${secret}" is not stored in clear`);
      assert.equal(rows[0]!.key_id, '2026-12');

      const shown = await json<{ request: HelpRequest; status: string }>(await staff(receiver, `requests/${receipt.reference}`));
      assert.equal(shown.status, 'new');
      assert.deepEqual(shown.request, request());
    });

    it('the submission client and the receiver agree: "sent" with the stored reference', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const submission = createHelpRequestSubmission(request(), { endpoint: `${receiver.url}/requests` });
      const state = await submission.send();
      assert.equal(state.status, 'sent');
      const listed = await json<{ requests: { reference: string }[] }>(await staff(receiver, 'requests'));
      assert.deepEqual(listed.requests.map((r) => r.reference), [state.status === 'sent' ? state.reference : '']);
    });

    it('takes JSON only (415 otherwise), checks the body size (413) and the JSON (400)', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_MAX_BODY_BYTES: '2048' });
      assert.equal((await post(receiver, 'name=Sam', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
      assert.equal((await post(receiver, JSON.stringify(request()), { 'Content-Type': 'text/plain' })).status, 415);
      assert.equal((await post(receiver, JSON.stringify(request()), { 'Content-Type': 'application/json; charset=utf-8' })).status, 201);
      // Refused on size before it is parsed, whatever it holds.
      const big = await post(receiver, { ...request(), padding: 'x'.repeat(5000) });
      assert.equal(big.status, 413);
      assert.equal((await json<{ error: string }>(big)).error, 'body_too_large');
      const broken = await post(receiver, '{"version": 1,');
      assert.equal(broken.status, 400);
      assert.equal((await json<{ requests: unknown[] }>(await staff(receiver, 'requests'))).requests.length, 1, 'only the good one was stored');
    });

    it('answers 422 with machine-readable field errors, and checks topics against the configured list', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_TOPICS: 'parentingSupport,money' });
      const response = await post(receiver, { ...request(), contact: { name: NAME }, topics: ['parentingSupport', 'madeUp'] });
      assert.equal(response.status, 422);
      assert.deepEqual(await response.json(), {
        error: 'invalid_request',
        errors: [
          { path: 'topics.1', code: 'unknown_topic' },
          { path: 'contact', code: 'contact_method_required' },
        ],
      });
    });

    it('CORS: preflight allows the Idempotency-Key header for listed origins only', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const preflight = (origin: string) =>
        fetch(`${receiver.url}/requests`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });
      const allowed = await preflight(ORIGIN);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
      const refused = await preflight('https://evil.example');
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      const post403 = await post(receiver, request(), { Origin: 'https://evil.example' });
      assert.equal(post403.status, 403);
      assert.equal(post403.headers.get('access-control-allow-origin'), null);
    });

    it('idempotency: the same key gets the same answer and one stored request; a different body with it is 422', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const idempotencyKey = randomUUID();
      const first = await post(receiver, request(), { 'Idempotency-Key': idempotencyKey });
      const again = await post(receiver, request(), { 'Idempotency-Key': idempotencyKey });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), await first.json());
      const changed = await post(receiver, request({ topics: ['money'] }), { 'Idempotency-Key': idempotencyKey });
      assert.equal(changed.status, 422);
      assert.equal((await json<{ error: string }>(changed)).error, 'idempotency_key_reused');
      assert.equal((await json<{ requests: unknown[] }>(await staff(receiver, 'requests'))).requests.length, 1);
      assert.equal((await post(receiver, request(), { 'Idempotency-Key': '' })).status, 400, 'the key is required');
    });

    it('idempotency under concurrency: the same request sent five times at once is stored once', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const idempotencyKey = randomUUID();
      const responses = await Promise.all(Array.from({ length: 5 }, () => post(receiver, request(), { 'Idempotency-Key': idempotencyKey })));
      const statuses = responses.map((r) => r.status);
      assert.ok(statuses.every((status) => status === 201 || status === 409), statuses.join());
      const references = new Set(await Promise.all(responses.filter((r) => r.status === 201).map(async (r) => (await json<{ reference: string }>(r)).reference)));
      assert.equal(references.size, 1, 'every 201 names the same request');
      assert.equal((await receiver.store.db.all('SELECT reference FROM fh_requests')).length, 1);
    });

    it('idempotency: 409 while the first request with the key is in progress; a dead claim is taken over', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const body = JSON.stringify(request());
      const { createHash } = await import('node:crypto');
      const hash = createHash('sha256').update(body).digest('base64url');
      // Another instance has claimed the key and is still storing the request.
      const busyKey = randomUUID();
      assert.equal((await receiver.store.claimKey(busyKey, hash, clock, clock - 60_000)).state, 'new');
      const busy = await post(receiver, body, { 'Idempotency-Key': busyKey });
      assert.equal(busy.status, 409);
      assert.ok(Number(busy.headers.get('retry-after')) >= 1);
      // An instance that claimed a key two minutes ago and died: the retry goes through.
      const deadKey = randomUUID();
      await receiver.store.claimKey(deadKey, hash, clock - 120_000, clock - 180_000);
      assert.equal((await post(receiver, body, { 'Idempotency-Key': deadKey })).status, 201);
    });

    it('rate limit per client: 429 with Retry-After, other clients unaffected', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_RATE_LIMIT: '3', FH_RECEIVER_RATE_WINDOW_SECONDS: '600', FH_RECEIVER_TRUST_PROXY: 'true' });
      const from = (ip: string) => post(receiver, request(), { 'X-Forwarded-For': ip });
      for (let i = 0; i < 3; i++) assert.equal((await from('203.0.113.7')).status, 201);
      const limited = await from('203.0.113.7');
      assert.equal(limited.status, 429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 600, `Retry-After ${retryAfter}`);
      assert.equal((await from('198.51.100.2')).status, 201);
      const stored = JSON.stringify(await receiver.store.db.all('SELECT * FROM fh_rate'));
      assert.ok(!stored.includes('203.0.113.7'), 'client addresses are not stored');
      clock += 600_000;
      assert.equal((await from('203.0.113.7')).status, 201, 'the next window starts afresh');
    });

    it('rate limit behind a trusted proxy counts the address the proxy appended, not what the client wrote first', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_RATE_LIMIT: '2', FH_RECEIVER_TRUST_PROXY: 'true' });
      // nginx's $proxy_add_x_forwarded_for: the client's own header, then the address nginx saw.
      const statuses = [];
      for (const forged of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) statuses.push((await post(receiver, request(), { 'X-Forwarded-For': `${forged}, 203.0.113.9` })).status);
      assert.deepEqual(statuses, [201, 201, 429], 'a bot that changes the first entry is still one client');
      assert.equal((await post(receiver, request(), { 'X-Forwarded-For': '203.0.113.9, 198.51.100.4' })).status, 201, 'another client is not limited');
    });

    it('rate limit behind two proxies (a load balancer, then nginx) counts the address the outer one appended', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_RATE_LIMIT: '1', FH_RECEIVER_TRUST_PROXY: '2' });
      assert.equal((await post(receiver, request(), { 'X-Forwarded-For': '192.0.2.1, 203.0.113.9, 10.0.0.2' })).status, 201);
      assert.equal((await post(receiver, request(), { 'X-Forwarded-For': '192.0.2.2, 203.0.113.9, 10.0.0.2' })).status, 429);
      assert.equal((await post(receiver, request(), { 'X-Forwarded-For': '203.0.113.10, 10.0.0.2' })).status, 201);
    });

    it('rate limit: X-Forwarded-For is ignored unless the proxy is trusted (a bot cannot rotate it)', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_RATE_LIMIT: '2' });
      const statuses = [];
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) statuses.push((await post(receiver, request(), { 'X-Forwarded-For': ip })).status);
      assert.deepEqual(statuses, [201, 201, 429]);
    });

    it('suspected spam (honeypot, too fast) is quarantined, answered like any request, and never forwarded', async (t) => {
      if (!canRun(t)) return;
      const cases = await startCaseSystem();
      try {
        const receiver = await start({ FH_RECEIVER_WEBHOOK_URL: cases.url, FH_RECEIVER_WEBHOOK_SECRET: WEBHOOK_SECRET });
        const bot = await post(receiver, request({ honeypot: 'https://spam.example' }));
        const hasty = await post(receiver, request({ elapsedMs: 900 }));
        assert.equal(bot.status, 201);
        assert.equal(hasty.status, 201);
        const quarantined = await json<{ requests: { reference: string; spamSignals: string[] }[] }>(await staff(receiver, 'requests?status=quarantined'));
        assert.deepEqual(quarantined.requests.map((r) => r.spamSignals).sort(), [['honeypot'], ['too_fast']]);
        assert.equal((await json<{ requests: unknown[] }>(await staff(receiver, 'requests?status=new'))).requests.length, 0);
        await receiver.deliverNow();
        assert.equal(cases.calls.length, 0);

        // A person looks, finds a real family who was quick, and releases it: now it is forwarded.
        const real = quarantined.requests.find((r) => r.spamSignals.includes('too_fast'))!;
        assert.equal((await staff(receiver, `requests/${real.reference}/release`, { method: 'POST' })).status, 200);
        assert.equal((await staff(receiver, `requests/${real.reference}/release`, { method: 'POST' })).status, 404, 'only quarantined requests can be released');
        assert.equal(await receiver.deliverNow(), 1);
        assert.equal((JSON.parse(cases.calls[0]!.body) as WebhookPayload).reference, real.reference);
      } finally {
        await cases.close();
      }
    });

    it('forwards each request through the outbox, signed, and keeps it until the case system takes it', async (t) => {
      if (!canRun(t)) return;
      const cases = await startCaseSystem();
      try {
        const receiver = await start({ FH_RECEIVER_WEBHOOK_URL: cases.url, FH_RECEIVER_WEBHOOK_SECRET: WEBHOOK_SECRET });
        const { reference } = await json<{ reference: string }>(await post(receiver, request()));
        cases.script = [503, 500];
        assert.equal(await receiver.deliverNow(), 0);
        assert.equal(cases.calls.length, 1);
        assert.equal(await receiver.deliverNow(), 0, 'not due again before the back-off');
        assert.equal(cases.calls.length, 1);
        clock += 2000;
        assert.equal(await receiver.deliverNow(), 0);
        assert.equal(cases.calls.length, 2);
        assert.equal(await receiver.store.undelivered(), 1, 'still in the outbox');
        clock += 5000;
        assert.equal(await receiver.deliverNow(), 1);
        assert.equal(await receiver.deliverNow(), 0, 'delivered once');
        assert.equal(cases.calls.length, 3);

        const call = cases.calls[2]!;
        const timestamp = call.headers[TIMESTAMP_HEADER.toLowerCase()] as string;
        const signature = call.headers[SIGNATURE_HEADER.toLowerCase()] as string;
        assert.match(signature, /^v1=[0-9a-f]{64}$/);
        assert.ok(verifyWebhook(WEBHOOK_SECRET, { timestamp, signature }, call.body, clock), 'the case system can verify the call');
        assert.ok(!verifyWebhook('another-secret-0123456789abcdefghijkl', { timestamp, signature }, call.body, clock));
        assert.ok(!verifyWebhook(WEBHOOK_SECRET, { timestamp, signature }, call.body.replace(NAME, 'Mallory'), clock), 'a changed body fails');
        assert.ok(!verifyWebhook(WEBHOOK_SECRET, { timestamp, signature }, call.body, clock + 600_000), 'an old call fails');
        const payload = JSON.parse(call.body) as WebhookPayload;
        assert.equal(payload.reference, reference);
        assert.deepEqual(payload.request, request());
        const shown = await json<{ deliveredAt: string | null }>(await staff(receiver, `requests/${reference}`));
        assert.equal(shown.deliveredAt, new Date(clock).toISOString());
      } finally {
        await cases.close();
      }
    });

    it('a request stored while the case system is unreachable is sent when it comes back', async (t) => {
      if (!canRun(t)) return;
      const cases = await startCaseSystem();
      const url = cases.url;
      await cases.close();
      const receiver = await start({ FH_RECEIVER_WEBHOOK_URL: url, FH_RECEIVER_WEBHOOK_SECRET: WEBHOOK_SECRET });
      assert.equal((await post(receiver, request())).status, 201, 'the family is answered although the case system is down');
      assert.equal(await receiver.deliverNow(), 0);
      assert.equal(await receiver.store.undelivered(), 1);
      const port = new URL(url).port;
      const back = createServer((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(204).end());
      });
      await new Promise<void>((resolve) => back.listen(Number(port), '127.0.0.1', resolve));
      try {
        clock += 5000;
        assert.equal(await receiver.deliverNow(), 1);
        assert.equal(await receiver.store.undelivered(), 0);
      } finally {
        back.closeAllConnections();
        await new Promise((resolve) => back.close(resolve));
      }
    });

    it('key rotation: rows sealed with an old key stay readable while it is listed after the new one', async (t) => {
      if (!canRun(t)) return;
      const database = await newDatabase();
      const before = await start({ FH_RECEIVER_KEYS: OLD_KEY }, { database });
      const { reference: old } = await json<{ reference: string }>(await post(before, request()));
      await before.close();
      running.splice(running.indexOf(before), 1);

      const rotated = await start({ FH_RECEIVER_KEYS: `${NEW_KEY},${OLD_KEY}` }, { database });
      const { reference: fresh } = await json<{ reference: string }>(await post(rotated, request({ topics: ['money'] })));
      const keyIds = await rotated.store.db.all<{ reference: string; key_id: string }>('SELECT reference, key_id FROM fh_requests ORDER BY key_id');
      assert.deepEqual(keyIds.map((r) => [r.reference, r.key_id]), [[old, '2026-06'], [fresh, '2026-12']]);
      assert.deepEqual((await json<{ request: HelpRequest }>(await staff(rotated, `requests/${old}`))).request, request());
      await rotated.close();
      running.splice(running.indexOf(rotated), 1);

      // The old key removed too early: the old row is reported, the rest of the export still works.
      const withoutOld = await start({ FH_RECEIVER_KEYS: NEW_KEY }, { database });
      const shown = await json<{ request: unknown; problem: string }>(await staff(withoutOld, `requests/${old}`));
      assert.equal(shown.request, null);
      assert.match(shown.problem, /"2026-06" is not in FH_RECEIVER_KEYS/);
      const exported = await json<{ requests: { reference: string; request: HelpRequest | null }[] }>(await staff(withoutOld, 'export?format=json'));
      assert.deepEqual(exported.requests.map((r) => [r.reference, r.request === null]).sort(), [[fresh, false], [old, true]].sort());
    });

    it('a sealed value moved into another row does not open there (the reference is bound in)', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const { reference: first } = await json<{ reference: string }>(await post(receiver, request()));
      const { reference: second } = await json<{ reference: string }>(await post(receiver, request({ contact: { name: 'Other', phone: '07700 900999' } })));
      const [row] = await receiver.store.db.all<{ sealed: string }>('SELECT sealed FROM fh_requests WHERE reference = ?', [first]);
      await receiver.store.db.run('UPDATE fh_requests SET sealed = ? WHERE reference = ?', [row!.sealed, second]);
      const shown = await json<{ request: unknown; problem: string }>(await staff(receiver, `requests/${second}`));
      assert.equal(shown.request, null);
      assert.match(shown.problem, /could not be decrypted/);
      assert.equal((await json<{ request: HelpRequest }>(await staff(receiver, `requests/${first}`))).request.contact?.name, NAME);
    });

    it('retention: requests older than the retention period are deleted', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start({ FH_RECEIVER_RETENTION_DAYS: '30' });
      const { reference: early } = await json<{ reference: string }>(await post(receiver, request()));
      clock += 20 * DAY;
      const { reference: later } = await json<{ reference: string }>(await post(receiver, request()));
      clock += 11 * DAY;
      assert.equal(await receiver.sweepNow(), 1);
      assert.equal((await staff(receiver, `requests/${early}`)).status, 404);
      assert.equal((await staff(receiver, `requests/${later}`)).status, 200);
      clock += 20 * DAY;
      assert.equal(await receiver.sweepNow(), 1);
      assert.equal((await receiver.store.db.all('SELECT reference FROM fh_requests')).length, 0);
    });

    it('staff API: token required (401), list, show, mark handled', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      const { reference } = await json<{ reference: string }>(await post(receiver, request()));
      assert.equal((await fetch(`${receiver.url}/staff/requests`)).status, 401);
      assert.equal((await staff(receiver, 'requests', {}, `${STAFF_TOKEN}x`)).status, 401);
      assert.equal((await staff(receiver, 'requests', {}, STAFF_TOKEN.slice(0, -1))).status, 401);
      const listed = await json<{ requests: Record<string, unknown>[] }>(await staff(receiver, 'requests'));
      assert.equal(listed.requests.length, 1);
      assert.ok(!JSON.stringify(listed).includes(NAME), 'the list shows no personal data');
      const handled = await staff(receiver, `requests/${reference}/handled`, { method: 'POST' });
      assert.equal(handled.status, 200);
      const shown = await json<{ status: string; handledAt: string }>(await staff(receiver, `requests/${reference}`));
      assert.equal(shown.status, 'handled');
      assert.equal(shown.handledAt, new Date(clock).toISOString());
      assert.equal((await staff(receiver, 'requests/FH-2222-2222/handled', { method: 'POST' })).status, 404);
      assert.equal((await staff(receiver, 'requests?status=handled')).status, 200);
      assert.equal((await staff(receiver, 'requests?status=bogus')).status, 400);
    });

    it('staff export: CSV with formula cells neutralised, and JSON', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      await post(receiver, request({ contact: { name: '=HYPERLINK("http://evil.example","x")', phone: '+44 7700 900461' }, somethingElse: '@SUM(A1)', safety: { safeTimes: '-1+1' } }));
      const csv = await staff(receiver, 'export?format=csv');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      assert.equal(csv.headers.get('cache-control'), 'no-store');
      const text = await csv.text();
      const [header, row] = text.trimEnd().split('\r\n');
      assert.match(header!, /^reference,received_at,status,route,topics,something_else/);
      assert.ok(row!.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), row);
      assert.ok(row!.includes(`'+44 7700 900461`), row);
      assert.ok(row!.includes(`'@SUM(A1)`), row);
      assert.ok(row!.includes(`'-1+1`), row);
      assert.ok(!/,[=+\-@]/.test(row!), 'no cell starts with a formula character');
      const exported = await json<{ requests: { request: HelpRequest }[] }>(await staff(receiver, 'export?format=json'));
      assert.equal(exported.requests[0]!.request.contact?.name, '=HYPERLINK("http://evil.example","x")', 'JSON keeps the value as sent');
      assert.equal((await staff(receiver, 'export?format=xlsx')).status, 400);
    });

    it('/healthz and /readyz', async (t) => {
      if (!canRun(t)) return;
      const receiver = await start();
      assert.deepEqual(await (await fetch(`${receiver.url}/healthz`)).json(), { status: 'ok' });
      const ready = await fetch(`${receiver.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready' });
      assert.equal((await fetch(`${receiver.url}/nowhere`)).status, 404);
      assert.equal((await fetch(`${receiver.url}/requests`)).status, 405);
    });

    it('logs are JSON lines with no personal data, whatever happened above', (t) => {
      if (!canRun(t)) return;
      assert.ok(logs.length > 20, `logs were written (${logs.length})`);
      const events = new Set<string>();
      for (const line of logs) {
        const entry = JSON.parse(line) as { event: string; level: string; time: string };
        assert.ok(entry.event && entry.level && entry.time, line);
        events.add(entry.event);
        for (const secret of [NAME, PHONE, EMAIL, SECRET_WORDS, 'Weekday', '203.0.113.7', STAFF_TOKEN, WEBHOOK_SECRET, 'HYPERLINK', '/cases']) {
          assert.ok(!line.includes(secret), `"${secret}" in a log line: ${line}`);
        }
      }
      for (const event of ['request.accepted', 'request.quarantined', 'request.answered', 'webhook.delivered', 'webhook.failed', 'staff.exported', 'staff.unauthorised', 'retention.deleted']) {
        assert.ok(events.has(event), `logged ${event}`);
      }
    });
  });
}
