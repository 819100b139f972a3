/**
 * Sending one help request so that it is neither lost nor duplicated (DOMAIN.md): one
 * idempotency key per submission, reused on every retry and resend; retries with back-off on
 * failures that may pass; one automatic resend when an offline device comes back online; and a
 * small state machine for the widget to render. The answers stay in memory only.
 *
 * Never logs and emits nothing but its own states, which carry no personal data.
 */
import { ALWAYS_ONLINE, type ConnectivitySignal } from './connectivity.js';
import { IDEMPOTENCY_HEADER, readFieldErrors, readReceipt } from './protocol.js';
import { backoffDelay, retryAfterMs, sleep } from './retry.js';
import type { HelpRequestFieldError } from './limits.js';
import type { HelpRequest } from './schema.js';
import { validateHelpRequest } from './validate.js';

/**
 * Why a request has not been sent (yet). The widget keeps the answers, says so plainly and
 * shows the phone number as another way.
 * - `offline`: the device is offline; it is resent once, automatically, when it comes back.
 * - `network`, `timeout`, `server`, `busy`, `rate_limited`: retried, then given up for now; the family can try again.
 * - `too_large`, `refused`: the receiver will not take it (413, other 4xx): trying again will not help.
 * - `cancelled`: {@link HelpRequestSubmission.cancel} was called.
 */
export type NotSentReason = 'offline' | 'network' | 'timeout' | 'server' | 'busy' | 'rate_limited' | 'too_large' | 'refused' | 'cancelled';

/** What the widget renders. */
export type SubmissionState =
  /** Created, not sent. */
  | { readonly status: 'ready' }
  /** An attempt is under way (`attempt` counts from 1 within one send). */
  | { readonly status: 'sending'; readonly attempt: number }
  /** Received: show the reference and what happens next. */
  | { readonly status: 'sent'; readonly reference: string; readonly receivedAt: string }
  /**
   * Not sent yet. `canRetry` says whether "Try again" can help; `willResendWhenOnline` whether
   * the client will resend on its own when the device is back online; `retryAfterMs` is the
   * receiver's own advice when it gave one.
   */
  | { readonly status: 'not-sent'; readonly reason: NotSentReason; readonly canRetry: boolean; readonly willResendWhenOnline: boolean; readonly retryAfterMs?: number }
  /** The request has field errors (found before sending, or by the receiver's 422). */
  | { readonly status: 'rejected'; readonly errors: readonly HelpRequestFieldError[] };

/** Options of {@link createHelpRequestSubmission}. */
export interface SubmissionOptions {
  /** The receiver's URL (the CMS settings' `submissionEndpoint`). */
  readonly endpoint: string;
  /** Topic ids the form offers, to check the request before sending (see `helpRequestSchema`). */
  readonly topicIds?: readonly string[];
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Default: {@link ALWAYS_ONLINE}. Widgets pass `browserConnectivity(window)`. */
  readonly connectivity?: ConnectivitySignal;
  /** Time allowed for one attempt. Default 15 s: mobile data can be slow. */
  readonly timeoutMs?: number;
  /** Attempts per send, the first included. Default 4. */
  readonly maxAttempts?: number;
  /** First back-off ceiling. Default 1 s, doubling per retry. */
  readonly baseDelayMs?: number;
  /** Largest back-off. Default 15 s. */
  readonly maxDelayMs?: number;
  /** A `Retry-After` longer than this ends the send (not sent yet, with the advice). Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /** Jitter source in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  /** Makes the idempotency key. Default: `crypto.randomUUID()`. */
  readonly newKey?: () => string;
}

/** One submission of one request. */
export interface HelpRequestSubmission {
  /** Sent as the `Idempotency-Key` header on every attempt of this submission. */
  readonly idempotencyKey: string;
  /** The current state. */
  readonly state: SubmissionState;
  /** Calls `listener` on every state change; returns a function that stops it. */
  subscribe(listener: (state: SubmissionState) => void): () => void;
  /**
   * Sends (or, after "not sent yet", sends again with the same key). Resolves with the state it
   * ends in; while a send is under way, returns that send's promise. Never rejects.
   */
  send(): Promise<SubmissionState>;
  /** Stops the current attempt and any automatic resend. */
  cancel(): void;
}

/** The 64 kB limit browsers put on the bodies of `keepalive` requests in flight. */
export const KEEPALIVE_BODY_LIMIT = 64 * 1024;

type Outcome =
  | { kind: 'sent'; reference: string; receivedAt: string }
  | { kind: 'rejected'; errors: HelpRequestFieldError[] }
  | { kind: 'retry'; reason: NotSentReason; retryAfterMs?: number }
  | { kind: 'final'; reason: NotSentReason };

/** A random UUID v4; `getRandomValues` where `randomUUID` is missing (pages served over http). */
function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The outcome of one HTTP answer. */
async function outcomeOf(response: Response): Promise<Outcome> {
  const status = response.status;
  const body: unknown = await response.json().catch(() => undefined);
  if (status === 200 || status === 201) {
    const receipt = readReceipt(body);
    // A 200 that is not a receipt (a captive portal's HTML page) is not a delivery.
    return receipt ? { kind: 'sent', ...receipt } : { kind: 'retry', reason: 'server' };
  }
  if (status === 422) return { kind: 'rejected', errors: readFieldErrors(body) };
  const advice = retryAfterMs(response.headers.get('Retry-After'));
  const withAdvice = (reason: NotSentReason): Outcome => (advice === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs: advice });
  if (status === 429) return withAdvice('rate_limited');
  if (status === 408) return withAdvice('timeout');
  // 409: the first attempt with this key is still being processed; its answer will be replayed.
  if (status === 409) return withAdvice('busy');
  if (status >= 500) return withAdvice('server');
  if (status === 413) return { kind: 'final', reason: 'too_large' };
  return { kind: 'final', reason: 'refused' };
}

/**
 * Creates the submission of `request`. Nothing is sent until `send()`. One submission is one set
 * of answers: after "rejected", the family's corrected answers are a new submission (a new key),
 * because a receiver refuses a key it has seen with a different body.
 */
export function createHelpRequestSubmission(request: HelpRequest, options: SubmissionOptions): HelpRequestSubmission {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const connectivity = options.connectivity ?? ALWAYS_ONLINE;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 15_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const random = options.random ?? Math.random;
  const idempotencyKey = (options.newKey ?? randomKey)();
  const body = JSON.stringify(request);
  // Keepalive lets the request finish if the family leaves the page (or presses Exit this page),
  // but browsers refuse keepalive bodies over 64 kB; the schema's limits keep requests far below.
  const keepalive = new TextEncoder().encode(body).byteLength <= KEEPALIVE_BODY_LIMIT;

  const listeners = new Set<(state: SubmissionState) => void>();
  let state: SubmissionState = { status: 'ready' };
  let running: Promise<SubmissionState> | undefined;
  let cancel = new AbortController();
  let autoResendUsed = false;
  let stopWaitingForOnline: (() => void) | undefined;

  const set = (next: SubmissionState): SubmissionState => {
    state = next;
    for (const listener of [...listeners]) listener(next);
    return next;
  };

  // The terminal states are built here and set by send(), once the send is over, so a listener
  // that calls send() again on "not-sent" starts a new send rather than getting the old one.
  const notSent = (reason: NotSentReason, retryAfter?: number): SubmissionState => ({
    status: 'not-sent',
    reason,
    canRetry: reason !== 'too_large' && reason !== 'refused',
    willResendWhenOnline: false,
    ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
  });

  const offline = (): SubmissionState => {
    const willResend = !autoResendUsed;
    if (willResend && !stopWaitingForOnline) {
      stopWaitingForOnline = connectivity.onOnline(() => {
        stopWaitingForOnline?.();
        stopWaitingForOnline = undefined;
        autoResendUsed = true;
        void submission.send();
      });
    }
    return { status: 'not-sent', reason: 'offline', canRetry: true, willResendWhenOnline: willResend };
  };

  async function attempt(signal: AbortSignal): Promise<Outcome> {
    const attemptController = new AbortController();
    const abort = () => attemptController.abort(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    const timer = setTimeout(() => attemptController.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
    try {
      const response = await fetchImpl(options.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', [IDEMPOTENCY_HEADER]: idempotencyKey },
        body,
        keepalive,
        // No cookies, and no page address (it may say what the family was reading).
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: attemptController.signal,
      });
      return await outcomeOf(response);
    } catch {
      if (signal.aborted) return { kind: 'final', reason: 'cancelled' };
      return { kind: 'retry', reason: attemptController.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
  }

  async function run(signal: AbortSignal): Promise<SubmissionState> {
    for (let number = 1; ; number++) {
      if (!connectivity.isOnline()) return offline();
      set({ status: 'sending', attempt: number });
      const outcome = await attempt(signal);
      if (outcome.kind === 'sent') return { status: 'sent', reference: outcome.reference, receivedAt: outcome.receivedAt };
      if (outcome.kind === 'rejected') return { status: 'rejected', errors: outcome.errors };
      if (outcome.kind === 'final') return notSent(outcome.reason);
      if (!connectivity.isOnline()) return offline();
      if (number >= maxAttempts) return notSent(outcome.reason, outcome.retryAfterMs);
      if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > maxRetryAfterMs) return notSent(outcome.reason, outcome.retryAfterMs);
      const delay = outcome.retryAfterMs ?? backoffDelay(number, baseDelayMs, maxDelayMs, random);
      try {
        await sleep(delay, signal);
      } catch {
        return notSent('cancelled');
      }
    }
  }

  const submission: HelpRequestSubmission = {
    idempotencyKey,
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send() {
      if (running) return running;
      if (state.status === 'sent') return Promise.resolve(state);
      const checked = validateHelpRequest(request, options.topicIds ? { topicIds: options.topicIds } : {});
      if (!checked.ok) return Promise.resolve(set({ status: 'rejected', errors: checked.errors }));
      stopWaitingForOnline?.();
      stopWaitingForOnline = undefined;
      if (cancel.signal.aborted) cancel = new AbortController();
      running = run(cancel.signal).then((final) => {
        running = undefined;
        return set(final);
      });
      return running;
    },
    cancel() {
      stopWaitingForOnline?.();
      stopWaitingForOnline = undefined;
      autoResendUsed = true;
      cancel.abort(new DOMException('cancelled', 'AbortError'));
    },
  };
  return submission;
}
