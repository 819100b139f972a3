/**
 * The submission client against a real loopback server that fails in each way a council's
 * endpoint or a family's mobile connection can: dropped connections, hangs, 5xx, 429 with
 * Retry-After, 409 while in progress, 422 with field errors, other 4xx, and going offline.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHelpRequestSubmission, type ConnectivitySignal, type HelpRequest, type SubmissionOptions, type SubmissionState } from '@family-hubs/content/requests';

type Behaviour = 'reset' | 'hang' | { status: number; body?: unknown; headers?: Record<string, string> };

const request: HelpRequest = { version: 1, route: 'contact', topics: ['parentingSupport'], contact: { name: 'Sam', phone: '07700 900123' }, honeypot: '', elapsedMs: 30_000 };
const receipt = { status: 201, body: { reference: 'FH-TEST-0001', receivedAt: '2026-12-02T10:00:00.000Z' } };

let server: Server;
let endpoint: string;
let script: Behaviour[] = [];
let seen: { key: string | undefined; body: string; contentType: string | undefined; cookie: string | undefined }[] = [];

function answer(req: IncomingMessage, res: ServerResponse, body: string): void {
  seen.push({ key: req.headers['idempotency-key'] as string | undefined, body, contentType: req.headers['content-type'], cookie: req.headers.cookie });
  const next: Behaviour = script.shift() ?? receipt;
  if (next === 'reset') {
    req.socket.destroy();
    return;
  }
  if (next === 'hang') return;
  res.writeHead(next.status, { 'Content-Type': 'application/json', ...next.headers });
  res.end(next.body === undefined ? undefined : JSON.stringify(next.body));
}

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => answer(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/requests`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  script = [];
  seen = [];
});

/** Fast timings so the retries take milliseconds. */
const fast = (options: Partial<SubmissionOptions> = {}) => ({ endpoint, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 300, random: () => 0.5, ...options });

function record(submission: { subscribe(listener: (state: SubmissionState) => void): () => void }): string[] {
  const states: string[] = [];
  submission.subscribe((state) => states.push(state.status === 'not-sent' ? `not-sent:${state.reason}` : state.status));
  return states;
}

/** A connectivity signal the test switches by hand. */
function switchableConnectivity(online: boolean): ConnectivitySignal & { set(online: boolean): void; listeners: number } {
  const listeners = new Set<() => void>();
  return {
    isOnline: () => online,
    onOnline(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      online = value;
      if (value) for (const listener of [...listeners]) listener();
    },
    get listeners() {
      return listeners.size;
    },
  };
}

describe('submission client', () => {
  it('sends JSON with an idempotency key and no cookies, and ends "sent" with the reference', async () => {
    const submission = createHelpRequestSubmission(request, fast());
    const states = record(submission);
    const final = await submission.send();
    assert.deepEqual(final, { status: 'sent', reference: 'FH-TEST-0001', receivedAt: '2026-12-02T10:00:00.000Z' });
    assert.deepEqual(states, ['sending', 'sent']);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!.key ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(seen[0]!.key, submission.idempotencyKey);
    assert.equal(seen[0]!.contentType, 'application/json');
    assert.equal(seen[0]!.cookie, undefined);
    assert.deepEqual(JSON.parse(seen[0]!.body), request);
  });

  it('asks fetch for keepalive, no cookies, no referrer and no cache', async () => {
    const inits: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      inits.push(init ?? {});
      return fetch(input, init);
    };
    assert.equal((await createHelpRequestSubmission(request, fast({ fetch: spy })).send()).status, 'sent');
    assert.equal(inits.length, 1);
    assert.equal(inits[0]!.keepalive, true, 'the request survives leaving the page (Exit this page)');
    assert.equal(inits[0]!.credentials, 'omit');
    assert.equal(inits[0]!.referrerPolicy, 'no-referrer');
    assert.equal(inits[0]!.cache, 'no-store');
  });

  it('retries a dropped connection, a 500, a 503 and a 408 with the same key', async () => {
    script = ['reset', { status: 500 }, { status: 503 }, { status: 408 }];
    const submission = createHelpRequestSubmission(request, fast({ maxAttempts: 5 }));
    const final = await submission.send();
    assert.equal(final.status, 'sent');
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen.map((s) => s.key)).size, 1, 'one key for every attempt');
  });

  it('times out a hanging server and retries', async () => {
    script = ['hang'];
    const final = await createHelpRequestSubmission(request, fast({ timeoutMs: 100 })).send();
    assert.equal(final.status, 'sent');
    assert.equal(seen.length, 2);
  });

  it('gives up after maxAttempts with "not sent yet" and the reason, and the same key on "Try again"', async () => {
    script = [{ status: 502 }, { status: 502 }, { status: 502 }];
    const submission = createHelpRequestSubmission(request, fast({ maxAttempts: 3 }));
    const states = record(submission);
    const final = await submission.send();
    assert.deepEqual(final, { status: 'not-sent', reason: 'server', canRetry: true, willResendWhenOnline: false });
    assert.deepEqual(states, ['sending', 'sending', 'sending', 'not-sent:server']);
    assert.equal((await submission.send()).status, 'sent');
    assert.equal(new Set(seen.map((s) => s.key)).size, 1);
  });

  it('honours Retry-After on 429 (seconds) and stops when the advice is longer than it will wait', async () => {
    script = [{ status: 429, headers: { 'Retry-After': '0' } }];
    assert.equal((await createHelpRequestSubmission(request, fast()).send()).status, 'sent');
    assert.equal(seen.length, 2);

    seen = [];
    script = [{ status: 429, headers: { 'Retry-After': '120' } }];
    const final = await createHelpRequestSubmission(request, fast()).send();
    assert.deepEqual(final, { status: 'not-sent', reason: 'rate_limited', canRetry: true, willResendWhenOnline: false, retryAfterMs: 120_000 });
    assert.equal(seen.length, 1, 'no retry before the receiver said it would take one');
  });

  it('waits out a Retry-After in the near future before retrying', async () => {
    script = [{ status: 503, headers: { 'Retry-After': '1' } }];
    const started = Date.now();
    assert.equal((await createHelpRequestSubmission(request, fast()).send()).status, 'sent');
    assert.ok(Date.now() - started >= 950, 'the retry came after the advised second');
  });

  it('retries 409 (the first attempt is still being processed)', async () => {
    script = [{ status: 409, body: { error: 'in_progress' } }];
    assert.equal((await createHelpRequestSubmission(request, fast()).send()).status, 'sent');
    assert.equal(seen.length, 2);
  });

  it('a 422 is "rejected" with the receiver\'s field errors, and is not retried', async () => {
    script = [{ status: 422, body: { error: 'invalid_request', errors: [{ path: 'topics.0', code: 'unknown_topic' }] } }];
    const final = await createHelpRequestSubmission(request, fast()).send();
    assert.deepEqual(final, { status: 'rejected', errors: [{ path: 'topics.0', code: 'unknown_topic' }] });
    assert.equal(seen.length, 1);
  });

  it('a field error code this version does not know becomes invalid_value, so the widget always has a message', async () => {
    script = [{ status: 422, body: { error: 'invalid_request', errors: [{ path: 'contact.phone', code: 'not_a_mobile' }, { nonsense: true }] } }];
    const final = await createHelpRequestSubmission(request, fast()).send();
    assert.deepEqual(final, { status: 'rejected', errors: [{ path: 'contact.phone', code: 'invalid_value' }] });
  });

  it('other 4xx are not retried: "not sent yet", and trying again will not help', async () => {
    for (const [status, reason] of [[400, 'refused'], [403, 'refused'], [404, 'refused'], [415, 'refused'], [413, 'too_large']] as const) {
      seen = [];
      script = [{ status }];
      const final = await createHelpRequestSubmission(request, fast()).send();
      assert.deepEqual(final, { status: 'not-sent', reason, canRetry: false, willResendWhenOnline: false }, String(status));
      assert.equal(seen.length, 1, `${status} was not retried`);
    }
  });

  it('a 200 that is not a receipt (a captive portal page) is not "sent"', async () => {
    script = [{ status: 200, body: '<html>Log in to Wi-Fi</html>' }];
    assert.equal((await createHelpRequestSubmission(request, fast()).send()).status, 'sent');
    assert.equal(seen.length, 2, 'retried until a real receipt came');
  });

  it('checks the request before sending: field errors without a network call', async () => {
    const bad = { ...request, contact: { name: 'Sam' } };
    const final = await createHelpRequestSubmission(bad, fast()).send();
    assert.deepEqual(final, { status: 'rejected', errors: [{ path: 'contact', code: 'contact_method_required' }] });
    assert.equal(seen.length, 0);
    const unknownTopic = await createHelpRequestSubmission(request, fast({ topicIds: ['money'] })).send();
    assert.equal(unknownTopic.status, 'rejected');
  });

  it('offline: "not sent yet", then one automatic resend with the same key when back online', async () => {
    const connectivity = switchableConnectivity(false);
    const submission = createHelpRequestSubmission(request, fast({ connectivity }));
    const states = record(submission);
    assert.deepEqual(await submission.send(), { status: 'not-sent', reason: 'offline', canRetry: true, willResendWhenOnline: true });
    assert.equal(seen.length, 0);
    const sent = new Promise<void>((resolve) => submission.subscribe((state) => state.status === 'sent' && resolve()));
    connectivity.set(true);
    await sent;
    assert.deepEqual(states, ['not-sent:offline', 'sending', 'sent']);
    assert.equal(seen[0]!.key, submission.idempotencyKey);
    assert.equal(connectivity.listeners, 0, 'stopped listening');
  });

  it('resends automatically once only: a second offline spell waits for "Try again"', async () => {
    const connectivity = switchableConnectivity(false);
    script = ['reset', 'reset', 'reset', 'reset'];
    const submission = createHelpRequestSubmission(request, fast({ connectivity, maxAttempts: 1 }));
    await submission.send();
    const settled = new Promise<SubmissionState>((resolve) => submission.subscribe((state) => state.status === 'not-sent' && resolve(state)));
    connectivity.set(true);
    assert.equal((await settled).status, 'not-sent');
    assert.equal(seen.length, 1, 'the automatic resend happened');
    connectivity.set(false);
    assert.deepEqual(await submission.send(), { status: 'not-sent', reason: 'offline', canRetry: true, willResendWhenOnline: false });
    connectivity.set(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(seen.length, 1, 'no second automatic resend');
  });

  it('going offline between retries stops retrying and waits for the connection', async () => {
    const connectivity = switchableConnectivity(true);
    script = [{ status: 503 }];
    const submission = createHelpRequestSubmission(request, fast({ connectivity }));
    submission.subscribe((state) => state.status === 'sending' && connectivity.set(false));
    const final = await submission.send();
    assert.equal(final.status === 'not-sent' && final.reason, 'offline');
    assert.equal(seen.length, 1);
  });

  it('send() while sending returns the same send; after "sent" it sends nothing more', async () => {
    const submission = createHelpRequestSubmission(request, fast());
    const first = submission.send();
    assert.equal(submission.send(), first);
    await first;
    assert.equal((await submission.send()).status, 'sent');
    assert.equal(seen.length, 1);
  });

  it('cancel() stops a hanging attempt', async () => {
    script = ['hang'];
    const submission = createHelpRequestSubmission(request, fast({ timeoutMs: 10_000 }));
    const pending = submission.send();
    await new Promise((resolve) => setTimeout(resolve, 50));
    submission.cancel();
    assert.deepEqual(await pending, { status: 'not-sent', reason: 'cancelled', canRetry: true, willResendWhenOnline: false });
  });

  it('states carry no personal data', async () => {
    script = [{ status: 503 }, { status: 422, body: { error: 'invalid_request', errors: [{ path: 'contact.phone', code: 'invalid_format' }] } }];
    const submission = createHelpRequestSubmission(request, fast());
    const states: SubmissionState[] = [];
    submission.subscribe((state) => states.push(state));
    await submission.send();
    const text = JSON.stringify(states);
    for (const secret of ['Sam', '07700', '900123']) assert.ok(!text.includes(secret), `no "${secret}" in ${text}`);
  });
});
