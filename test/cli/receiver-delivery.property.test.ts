/**
 * Property-based, end to end: the real submission client → a fault-injecting proxy on loopback
 * (fault-proxy.ts) → the real receiver on a real database. For any short run of failures
 * (connection refused, stored but the answer lost, 500/502/503, 429 with Retry-After, timeout)
 * the database holds exactly one request for the submission, the family sees exactly one
 * reference (the stored one), the client makes exactly one attempt per scripted step plus the
 * one that succeeds, and pressing Send again while it is sending never sends twice. The same
 * with two receivers over one PostgreSQL database, the proxy forwarding to each in turn.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createHelpRequestSubmission, type HelpRequest, type SubmissionOptions, type SubmissionState } from '@family-hubs/content/requests';
import { readReceiverConfig } from '../../packages/cli/src/receiver/config.js';
import { jsonLogger } from '../../packages/cli/src/receiver/log.js';
import { startReceiver, type Receiver } from '../../packages/cli/src/receiver/server.js';
import { startFaultProxy, type FaultProxy, type ProxyStep } from './fault-proxy.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './postgres-support.js';

/** Failures the client must retry, with the same key. Timeouts cost a whole client timeout, so they come up less often. */
const retryableFailure: fc.Arbitrary<ProxyStep> = fc.oneof(
  { arbitrary: fc.constant<ProxyStep>({ kind: 'refused' }), weight: 2 },
  { arbitrary: fc.constant<ProxyStep>({ kind: 'lost' }), weight: 2 },
  { arbitrary: fc.constantFrom<ProxyStep>({ kind: 'server_error', status: 500 }, { kind: 'server_error', status: 502 }, { kind: 'server_error', status: 503 }), weight: 2 },
  { arbitrary: fc.constant<ProxyStep>({ kind: 'rate_limited', retryAfterSeconds: 0 }), weight: 2 },
  { arbitrary: fc.boolean().map<ProxyStep>((forwarded) => ({ kind: 'timeout', forwarded })), weight: 1 },
);

/** A step of the script, and whether the family presses Send again while that attempt is under way. */
const attemptScript = (failures: fc.Arbitrary<ProxyStep[]>) => failures.chain((steps) => fc.tuple(fc.constant(steps), fc.array(fc.boolean(), { minLength: steps.length + 1, maxLength: steps.length + 1 })));

/** Statuses that end a send at once: no retry can help. */
const finalStatus = fc.constantFrom(400, 403, 404, 410, 413, 415, 422);

/** The receiver stored (and so will replay) the request at this step. */
const stores = (step: ProxyStep) => step.kind === 'lost' || (step.kind === 'timeout' && step.forwarded);

const CLIENT: Omit<SubmissionOptions, 'endpoint'> = {
  // Long enough that an attempt the script lets through never times out on a busy machine,
  // short enough that the scripted timeouts keep the run to seconds.
  timeoutMs: 1000,
  maxAttempts: 4,
  baseDelayMs: 5,
  maxDelayMs: 20,
};

let runNumber = 0;
const request = (): HelpRequest => ({
  version: 1,
  route: 'contact',
  topics: ['parentingSupport'],
  somethingElse: `Run ${++runNumber}`,
  contact: { name: 'Ffion', phone: '07700 900411' },
  honeypot: '',
  elapsedMs: 40_000,
});

interface Setup {
  /** Receivers over one database; the proxy forwards to them in turn. */
  receivers: Receiver[];
  proxy: FaultProxy;
}

const countRows = async (receiver: Receiver) => Number((await receiver.store.db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM fh_requests'))[0]!.n);

/** The reference the receiver stored for `key` (from its idempotency record), or undefined. */
async function storedReference(receiver: Receiver, key: string): Promise<string | undefined> {
  const rows = await receiver.store.db.all<{ response: string | null }>('SELECT response FROM fh_idempotency WHERE idem_key = ?', [key]);
  assert.ok(rows.length <= 1);
  const response = rows[0]?.response;
  return response ? (JSON.parse(response) as { reference: string }).reference : undefined;
}

/**
 * Sends one request through the proxy with `steps` scripted, pressing Send again during the
 * attempts `pressAgain` marks, and pressing "Try again" while the send ends not sent but
 * retryable (at most `tryAgain` times). Checks what holds for every outcome; returns what it saw.
 */
async function deliver(setup: Setup, steps: readonly ProxyStep[], pressAgain: readonly boolean[], tryAgain = 0) {
  const { proxy, receivers } = setup;
  const [first] = receivers;
  const rowsBefore = await countRows(first!);
  const firstAttempt = proxy.attempts.length;
  proxy.script = [...steps];
  const submission = createHelpRequestSubmission(request(), { endpoint: `${proxy.url}/requests`, ...CLIENT });
  const states: SubmissionState[] = [];
  submission.subscribe((state) => states.push(state));
  const extraPresses: Promise<SubmissionState>[] = [];
  proxy.onAttempt = (index) => {
    if (pressAgain[index - firstAttempt]) extraPresses.push(submission.send(), submission.send());
  };
  const sends: SubmissionState[] = [await submission.send()];
  while (sends.at(-1)!.status === 'not-sent' && (sends.at(-1) as { canRetry: boolean }).canRetry && sends.length <= tryAgain) sends.push(await submission.send());
  const final = sends.at(-1)!;
  proxy.onAttempt = () => undefined;

  const attempts = proxy.attempts.slice(firstAttempt);
  const sent = attempts.filter((attempt) => attempt.key !== undefined);
  assert.deepEqual(proxy.anomalies, []);
  assert.ok(
    sent.every((attempt) => attempt.key === submission.idempotencyKey),
    'every attempt carries the submission’s one key',
  );
  assert.equal(new Set(sent.map((attempt) => attempt.body)).size, 1, 'every attempt carries the same body');
  // A press of Send during a send gets that send's outcome, never a send of its own.
  for (const extra of await Promise.all(extraPresses)) assert.ok(sends.includes(extra), 'a press during a send gets that send’s outcome');
  assert.ok(states.filter((state) => state.status === 'sent').length <= 1, 'the family is told "sent" at most once');

  const rowsAdded = (await countRows(first!)) - rowsBefore;
  const stored = await storedReference(first!, submission.idempotencyKey);
  return { final, attempts, rowsAdded, stored, states };
}

/** The properties, on receivers made by `setup`. */
function deliveryProperties(name: string, numRuns: number, setup: () => Promise<Setup | string>, teardown: () => Promise<void>) {
  describe(`delivery through failures: ${name}`, () => {
    let ready: Setup | undefined;
    let skip: string | undefined;
    // Thrown in each test, not in the hook: node:test does not count a failed hook as a failed test.
    let setupError: Error | undefined;
    before(async () => {
      try {
        const made = await setup();
        if (typeof made === 'string') skip = made;
        else ready = made;
      } catch (error) {
        setupError = error instanceof Error ? error : new Error(String(error));
      }
    });
    after(teardown);
    const use = (t: { skip(message: string): void }): Setup | undefined => {
      if (setupError) throw setupError;
      if (skip) t.skip(skip);
      return ready;
    };

    it('up to three failures, then success: one record, one reference (the stored one), one attempt per failure plus one', async (t) => {
      const setup = use(t);
      if (!setup) return;
      await fc.assert(
        fc.asyncProperty(attemptScript(fc.array(retryableFailure, { maxLength: 3 })), async ([steps, pressAgain]) => {
          const { final, attempts, rowsAdded, stored, states } = await deliver(setup, steps, pressAgain);
          assert.equal(final.status, 'sent');
          assert.equal(attempts.length, steps.length + 1, 'one attempt per failure, and the one that got through');
          assert.deepEqual(
            attempts.map((attempt) => attempt.step.kind),
            [...steps.map((step) => step.kind), 'forward'],
          );
          assert.equal(rowsAdded, 1, 'exactly one request stored');
          assert.equal(final.status === 'sent' ? final.reference : undefined, stored, 'the family sees the stored reference');
          assert.equal(states.filter((state) => state.status === 'sent').length, 1);
          // The receiver answered the last attempt as a replay exactly when an earlier one had stored it.
          const last = attempts.at(-1)!;
          assert.equal(last.upstreamStatus, 201, 'a replay answers 201 as the first answer did (docs/receiver.md)');
          assert.equal(last.replayed, steps.some(stores));
        }),
        // First, the cases that matter most (with two receivers, the replay comes from the other one).
        { numRuns, examples: [[[[{ kind: 'lost' }], [true, true]]], [[[{ kind: 'timeout', forwarded: true }, { kind: 'refused' }], [false, true, false]]]] },
      );
    });

    it('a status no retry can help ends the send at once: no further attempt, and the right "not sent"', async (t) => {
      const setup = use(t);
      if (!setup) return;
      await fc.assert(
        fc.asyncProperty(attemptScript(fc.tuple(fc.array(retryableFailure, { maxLength: 2 }), finalStatus).map(([failures, status]) => [...failures, { kind: 'final', status }])), async ([steps, pressAgain]) => {
          const status = (steps.at(-1) as { status: number }).status;
          const { final, attempts, rowsAdded, stored } = await deliver(setup, steps, pressAgain);
          assert.equal(attempts.length, steps.length, 'no attempt after the final answer');
          if (status === 422) assert.equal(final.status, 'rejected');
          else assert.deepEqual(final, { status: 'not-sent', reason: status === 413 ? 'too_large' : 'refused', canRetry: false, willResendWhenOnline: false });
          // Stored only if an attempt before the final answer reached a receiver.
          const storedEarlier = steps.some(stores);
          assert.equal(rowsAdded, storedEarlier ? 1 : 0);
          assert.equal(stored !== undefined, storedEarlier);
        }),
        { numRuns: Math.ceil(numRuns / 2) },
      );
    });

    it('more failures than one send allows, or a Retry-After too long to wait: "Try again" reuses the key, and still one record', async (t) => {
      const setup = use(t);
      if (!setup) return;
      const patienceEnder = fc.constant<ProxyStep>({ kind: 'rate_limited', retryAfterSeconds: 3600 });
      const failures = fc.array(fc.oneof({ arbitrary: retryableFailure, weight: 3 }, { arbitrary: patienceEnder, weight: 1 }), { minLength: 1, maxLength: 7 });
      await fc.assert(
        fc.asyncProperty(attemptScript(failures), async ([steps, pressAgain]) => {
          const { final, attempts, rowsAdded, stored, states } = await deliver(setup, steps, pressAgain, 8);
          assert.equal(final.status, 'sent');
          assert.equal(attempts.length, steps.length + 1);
          assert.equal(rowsAdded, 1);
          assert.equal(final.status === 'sent' ? final.reference : undefined, stored);
          // A send ends not sent after four attempts, or at once on a Retry-After longer than the client waits.
          const notSent = states.filter((state) => state.status === 'not-sent');
          let expectedNotSent = 0;
          let inThisSend = 0;
          for (const step of steps) {
            inThisSend++;
            if (inThisSend === CLIENT.maxAttempts || step.kind === 'rate_limited' && step.retryAfterSeconds > 60) {
              expectedNotSent++;
              inThisSend = 0;
            }
          }
          assert.equal(notSent.length, expectedNotSent, 'told "not sent yet" once per send that gave up');
          for (const state of notSent) assert.equal(state.status === 'not-sent' && state.canRetry, true);
        }),
        { numRuns: Math.ceil(numRuns / 2) },
      );
    });
  });
}

const settings = (database: string) =>
  readReceiverConfig(
    {
      FH_RECEIVER_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      FH_RECEIVER_STAFF_TOKEN: randomBytes(24).toString('hex'),
      // The proxy injects its own 429s; the receiver's limiter is not what these tests are about.
      FH_RECEIVER_RATE_LIMIT: '100000',
    },
    database,
  );
const quiet = jsonLogger(() => undefined);

let sqliteDir: string | undefined;
let sqlite: Setup | undefined;
deliveryProperties(
  'one receiver on SQLite',
  30,
  async () => {
    sqliteDir = await mkdtemp(join(tmpdir(), 'fh-delivery-'));
    const receiver = await startReceiver({ config: settings(`sqlite:${join(sqliteDir, 'requests.db')}`), log: quiet });
    sqlite = { receivers: [receiver], proxy: await startFaultProxy([receiver.url]) };
    return sqlite;
  },
  async () => {
    await sqlite?.proxy.close();
    for (const receiver of sqlite?.receivers ?? []) await receiver.close();
    if (sqliteDir) await rm(sqliteDir, { recursive: true, force: true });
  },
);

let postgres: TestPostgres | undefined;
let pair: Setup | undefined;
deliveryProperties(
  'two receivers over one PostgreSQL database',
  16,
  async () => {
    const skip = postgresSkipReason();
    if (skip) return skip;
    postgres = await startTestPostgres();
    const database = await postgres.newDatabase();
    // One configuration (same keys), as two instances behind a load balancer have.
    const config = settings(database);
    const receivers = await Promise.all([startReceiver({ config, log: quiet }), startReceiver({ config, log: quiet })]);
    pair = { receivers, proxy: await startFaultProxy(receivers.map((receiver) => receiver.url)) };
    return pair;
  },
  async () => {
    await pair?.proxy.close();
    for (const receiver of pair?.receivers ?? []) await receiver.close();
    await postgres?.stop();
  },
);
