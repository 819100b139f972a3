/**
 * Forwarding accepted requests to the council's case system. Each request gets an outbox row in
 * the same transaction that stores it; this worker sends due rows, signed, and on failure backs
 * off (30 s doubling to an hour, with jitter) and tries again until it is taken or the
 * retention period deletes it. Nothing is lost while the case system is down.
 */
import { unseal, type KeyRing } from './keyring.js';
import { originOf, type Logger } from './log.js';
import { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature.js';
import type { RequestStore } from './store.js';

/** What the case system receives (JSON). */
export interface WebhookPayload {
  readonly reference: string;
  readonly receivedAt: string;
  /** The family's request as they sent it (the shared schema). */
  readonly request: unknown;
}

/** Settings of the outbox worker. */
export interface OutboxOptions {
  readonly store: RequestStore;
  readonly keys: KeyRing;
  readonly webhook: { readonly url: string; readonly secret: string };
  readonly log: Logger;
  readonly now: () => number;
  /** Time allowed for one call. Default 10 s. */
  readonly timeoutMs?: number;
  /** First retry delay. Default 30 s. */
  readonly baseDelayMs?: number;
  /** Longest retry delay. Default 1 hour. */
  readonly maxDelayMs?: number;
}

/** The delay before the retry after `attempts` failures: exponential, capped, with ±20 % jitter. */
export function deliveryDelay(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.8 + 0.4 * random()));
}

/** Sends every due outbox row once; resolves to the number delivered. */
export async function deliverDue(options: OutboxOptions): Promise<number> {
  const { store, keys, webhook, log, now } = options;
  const due = await store.claimDue(now(), 60_000, 20);
  let delivered = 0;
  for (const item of due) {
    const row = await store.get(item.reference);
    if (!row) continue;
    const started = now();
    let status: string;
    try {
      const payload: WebhookPayload = { reference: row.reference, receivedAt: new Date(row.receivedAt).toISOString(), request: JSON.parse(unseal(keys, row, row.reference)) };
      const body = JSON.stringify(payload);
      const timestamp = Math.floor(now() / 1000);
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(webhook.secret, timestamp, body), 'X-FH-Delivery': row.reference },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      status = String(response.status);
      if (response.ok) {
        await store.delivered(row.reference, now(), status);
        delivered++;
        log('info', 'webhook.delivered', { reference: row.reference, status: response.status, attempts: item.attempts + 1, ms: now() - started });
        continue;
      }
    } catch (error) {
      status = (error as Error).name === 'KeyRingError' ? 'key_missing' : (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
    }
    const attempts = item.attempts + 1;
    const delay = deliveryDelay(attempts, options.baseDelayMs ?? 30_000, options.maxDelayMs ?? 3_600_000);
    await store.deliveryFailed(row.reference, now() + delay, status);
    log('warn', 'webhook.failed', { reference: row.reference, code: status, attempts, ms: delay, url: originOf(webhook.url) });
  }
  return delivered;
}
