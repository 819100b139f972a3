/**
 * `POST /requests`: one help request in, a reference out. The checks run cheapest first:
 * origin, content type, rate limit, idempotency key, size, JSON, schema; then the idempotency
 * store decides whether this is new, a replay, or a clash; then the request is stored
 * (encrypted) with its outbox row. Suspected spam is stored as quarantined, answered like any
 * other request (a bot learns nothing) and never forwarded.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { spamSignals, validateHelpRequest, type HelpRequestReceipt, type HelpRequestRejection } from '@family-hubs/content/requests';
import type { ReceiverConfig } from './config.js';
import { corsHeaders } from './cors.js';
import { BodyTooLargeError, isJson, readBody, sendJson } from './http.js';
import { pseudonym, seal } from './keyring.js';
import type { Logger } from './log.js';
import { newReference } from './reference.js';
import type { RequestStore } from './store.js';

/** What the request handlers share. */
export interface ReceiverContext {
  readonly config: ReceiverConfig;
  readonly store: RequestStore;
  readonly log: Logger;
  readonly now: () => number;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
/** A claim this old belongs to a receiver that died mid-request, and may be taken over. */
const STALE_CLAIM_MS = 60_000;

/**
 * The address the rate limit counts: the socket's, or, behind `proxyHops` trusted proxies, the one
 * the outermost of them appended to `X-Forwarded-For` (nginx's `$proxy_add_x_forwarded_for`
 * appends). Never the first entry: a client writes whatever it likes there, and a bot that
 * changed it on every request would never be limited.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, proxyHops: number): string {
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean);
  if (proxyHops > 0 && forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - proxyHops)]!;
  return req.socket.remoteAddress ?? 'unknown';
}

/** Handles `POST /requests`. */
export async function handleSubmit(req: IncomingMessage, res: ServerResponse, ctx: ReceiverContext): Promise<void> {
  const { config, store, log } = ctx;
  const origin = req.headers.origin;
  const cors = corsHeaders(origin, config.allowedOrigins) ?? {};
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    sendJson(res, status, body, { ...cors, ...headers });
    log(status >= 500 ? 'error' : 'info', 'request.answered', { route: 'POST /requests', status, ...(typeof body === 'object' && body && 'error' in body ? { code: String(body.error) } : {}) });
  };
  // A browser on a page that is not listed: refuse before reading anything.
  if (origin !== undefined && !config.allowedOrigins.includes(origin)) return reply(403, { error: 'origin_not_allowed' });
  if (!isJson(req)) return reply(415, { error: 'unsupported_media_type', accepts: 'application/json' });

  const now = ctx.now();
  const windowMs = config.rateWindowSeconds * 1000;
  const windowStart = now - (now % windowMs);
  const hits = await store.hit(pseudonym(config.keys, clientAddress(req, config.trustProxy)), windowStart);
  if (hits > config.rateLimit) {
    return reply(429, { error: 'rate_limited' }, { 'Retry-After': String(Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000))) });
  }

  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) return reply(400, { error: 'idempotency_key_required', hint: 'Send an Idempotency-Key header (a UUID), the same on every retry.' });

  let raw: Buffer;
  try {
    raw = await readBody(req, config.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      reply(413, { error: 'body_too_large', limit: config.maxBodyBytes }, { Connection: 'close' });
      return;
    }
    throw error;
  }
  let input: unknown;
  try {
    input = JSON.parse(raw.toString('utf8'));
  } catch {
    return reply(400, { error: 'invalid_json' });
  }
  const checked = validateHelpRequest(input, config.topicIds.length ? { topicIds: config.topicIds } : {});
  if (!checked.ok) {
    const rejection: HelpRequestRejection = { error: 'invalid_request', errors: checked.errors };
    return reply(422, rejection);
  }

  const bodyHash = createHash('sha256').update(raw).digest('base64url');
  const claim = await store.claimKey(key, bodyHash, now, now - STALE_CLAIM_MS);
  if (claim.state !== 'new') {
    if (claim.bodyHash !== bodyHash) return reply(422, { error: 'idempotency_key_reused', errors: [] });
    if (claim.state === 'in_progress') return reply(409, { error: 'in_progress' }, { 'Retry-After': '1' });
    return reply(claim.status, JSON.parse(claim.response), { 'Idempotent-Replayed': 'true' });
  }

  try {
    const signals = spamSignals(checked.request, config.minimumFillMs);
    let reference = newReference();
    while (await store.hasReference(reference)) reference = newReference();
    const receipt: HelpRequestReceipt = { reference, receivedAt: new Date(now).toISOString() };
    const sealed = seal(config.keys, JSON.stringify(checked.request), reference);
    const quarantined = signals.length > 0;
    await store.insert(
      { reference, receivedAt: now, request: checked.request, spamSignals: signals, ...sealed },
      quarantined ? 'quarantined' : 'new',
      { key, status: 201, response: JSON.stringify(receipt) },
      !quarantined && config.webhook !== undefined,
    );
    log(quarantined ? 'warn' : 'info', quarantined ? 'request.quarantined' : 'request.accepted', { reference, ...(quarantined ? { code: signals.join(',') } : {}) });
    reply(201, receipt);
  } catch (error) {
    await store.releaseKey(key).catch(() => undefined);
    throw error;
  }
}
