/**
 * A small help-request receiver for the browser tests and for `npm run storybook`, mounted on the
 * test server (web-test-runner.config.mjs) and on Storybook's Vite dev server (.storybook/main.ts).
 * It speaks the wire contract of `@family-hubs/content/requests` over real HTTP, so each
 * sending state of `<fh-help-request>` can be reached as a family reaches it. Memory only, test
 * data only, same origin (no CORS). A static Storybook build has no server, hence no receiver.
 *
 * Each test (or story) uses its own RUN id. `POST /__fh__/receiver/RUN/SCENARIO` is one attempt:
 * - `ok`: stores the body under its Idempotency-Key and answers 201 with a receipt
 *   (`FH-TEST-1`, `FH-TEST-2`… per run); a key seen before is answered 200 with the same receipt.
 * - `flaky`: 500 to a key's first attempt, then as `ok`.
 * - `hold`: keeps the answer back until `POST …/RUN/release` (a send held in flight).
 * - `down`: 503 with `Retry-After: 1` (a receiver down for a moment, asking for a retry in a second).
 * - `refuse`: 400, which no retry helps.
 * - `invalid`: 422 with a field error (`contact.phone` when the request has a phone, else `topics`).
 *
 * Controls and reads, for the same RUN:
 * - `POST …/RUN/release`: answers every held attempt, in arrival order, as `ok` would; the run's
 *   later attempts are answered as `ok` too.
 * - `POST …/RUN/switch/SCENARIO`: the run's later attempts are answered as SCENARIO, whatever the
 *   form's URL says (a receiver that recovers, or starts holding).
 * - `GET …/RUN/log`: every attempt (key, status — `null` while held —, body).
 * - `GET …/RUN/stored`: what was stored, one record per idempotency key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the receiver answers. */
export const STORY_RECEIVER_PREFIX = '/__fh__/receiver/';

const SCENARIOS = ['ok', 'flaky', 'hold', 'down', 'refuse', 'invalid'] as const;
/** How the receiver answers an attempt. */
export type ReceiverScenario = (typeof SCENARIOS)[number];

const ROUTE = new RegExp(`^${STORY_RECEIVER_PREFIX}([\\w-]{1,80})/(log|stored|release|(?:switch/)?(${SCENARIOS.join('|')}))$`);

/** One attempt, as the log lists it. */
export interface ReceiverAttempt {
  readonly key: string;
  /** The HTTP status it was answered with; `null` while held (or when the client gave up first). */
  status: number | null;
  readonly body: unknown;
}

/** One stored request. */
export interface ReceiverRecord {
  readonly key: string;
  readonly reference: string;
  readonly receivedAt: string;
  readonly body: unknown;
}

interface Held {
  readonly attempt: ReceiverAttempt;
  readonly res: ServerResponse;
}

interface Run {
  readonly attempts: ReceiverAttempt[];
  readonly stored: Map<string, ReceiverRecord>;
  held: Held[];
  override: ReceiverScenario | undefined;
}

/** The receiver: one handler for Node's `http` request and response, whichever server mounts it. */
export interface StoryReceiver {
  /** Answers `req` when its path is under {@link STORY_RECEIVER_PREFIX} and returns true; else returns false at once. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

// A Storybook session can go on for hours: keep the newest runs, and a bounded log per run.
const MAX_RUNS = 200;
const MAX_ATTEMPTS = 200;
const MAX_BODY = 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY) {
        resolve(undefined);
        req.destroy();
      }
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The field the `invalid` scenario finds fault with: one the form really asks for. */
function invalidField(body: unknown): { path: string; code: string } {
  const contact = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['contact'] : undefined;
  const hasPhone = typeof contact === 'object' && contact !== null && 'phone' in contact;
  return hasPhone ? { path: 'contact.phone', code: 'invalid_format' } : { path: 'topics', code: 'unknown_topic' };
}

/** Creates a receiver with its own memory. */
export function createStoryReceiver(): StoryReceiver {
  const runs = new Map<string, Run>();

  const runOf = (id: string): Run => {
    let run = runs.get(id);
    if (!run) {
      run = { attempts: [], stored: new Map(), held: [], override: undefined };
      runs.set(id, run);
      for (const oldest of runs.keys()) {
        if (runs.size <= MAX_RUNS) break;
        runs.delete(oldest);
      }
    }
    return run;
  };

  /** Stores (or finds) the record of `attempt` and answers it as `ok`. */
  const accept = (run: Run, attempt: ReceiverAttempt, res: ServerResponse): void => {
    const known = run.stored.get(attempt.key);
    const record = known ?? { key: attempt.key, reference: `FH-TEST-${run.stored.size + 1}`, receivedAt: new Date().toISOString(), body: attempt.body };
    run.stored.set(attempt.key, record);
    attempt.status = known ? 200 : 201;
    send(res, attempt.status, { reference: record.reference, receivedAt: record.receivedAt });
  };

  const answer = (run: Run, scenario: ReceiverScenario, attempt: ReceiverAttempt, res: ServerResponse): void => {
    const seenBefore = run.attempts.some((earlier) => earlier !== attempt && earlier.key === attempt.key);
    const respond = (status: number, body: unknown, headers?: Record<string, string>) => {
      attempt.status = status;
      send(res, status, body, headers);
    };
    switch (scenario) {
      case 'hold':
        run.held.push({ attempt, res });
        // A client that gives up (its timeout, a closed page) leaves nothing held.
        res.on('close', () => {
          run.held = run.held.filter((held) => held.res !== res);
        });
        return;
      case 'down':
        return respond(503, { error: 'unavailable' }, { 'Retry-After': '1' });
      case 'refuse':
        return respond(400, { error: 'bad_request' });
      case 'invalid':
        return respond(422, { error: 'invalid_request', errors: [invalidField(attempt.body)] });
      case 'flaky':
        if (!seenBefore) return respond(500, { error: 'server_error' });
        return accept(run, attempt, res);
      case 'ok':
        return accept(run, attempt, res);
    }
  };

  return {
    async handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
      if (!path.startsWith(STORY_RECEIVER_PREFIX)) return false;
      const match = ROUTE.exec(path);
      if (!match) {
        send(res, 404, { error: 'not_found' });
        return true;
      }
      const [, id = '', route = ''] = match;
      const scenario = match[3] as ReceiverScenario | undefined;
      const run = runOf(id);
      if (req.method === 'GET' && route === 'log') {
        send(res, 200, run.attempts);
        return true;
      }
      if (req.method === 'GET' && route === 'stored') {
        send(res, 200, [...run.stored.values()]);
        return true;
      }
      if (req.method !== 'POST' || route === 'log' || route === 'stored') {
        send(res, 405, { error: 'method_not_allowed' });
        return true;
      }
      if (route === 'release') {
        const held = run.held;
        run.held = [];
        run.override = 'ok';
        for (const { attempt, res: waiting } of held) accept(run, attempt, waiting);
        send(res, 200, { released: held.length });
        return true;
      }
      if (route.startsWith('switch/') && scenario) {
        run.override = scenario;
        send(res, 204, undefined);
        return true;
      }
      const text = await readBody(req);
      const body = text === undefined ? undefined : parse(text);
      const key = req.headers['idempotency-key'];
      if (body === undefined || typeof key !== 'string' || !key) {
        send(res, 400, { error: body === undefined ? 'invalid_json' : 'missing_idempotency_key' });
        return true;
      }
      const attempt: ReceiverAttempt = { key, status: null, body };
      if (run.attempts.length < MAX_ATTEMPTS) run.attempts.push(attempt);
      answer(run, run.override ?? scenario ?? 'ok', attempt, res);
      return true;
    },
  };
}
