/**
 * The reference receiver: a Node HTTP server that takes help requests from the form, stores
 * them encrypted in SQLite or PostgreSQL, forwards them to the council's case system through an
 * outbox, deletes them after the retention period, and gives staff a small API.
 *
 * Routes: `POST /requests` (and its `OPTIONS` preflight), `GET /healthz` (the process is up),
 * `GET /readyz` (the database answers), and `/staff/…` (see staff.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceiverConfig } from './config.js';
import { answerPreflight } from './cors.js';
import { describeDatabase, type Db } from './db.js';
import { sendJson } from './http.js';
import { jsonLogger, type Logger } from './log.js';
import { deliverDue } from './outbox.js';
import { openPostgres } from './postgres-db.js';
import { openSqlite } from './sqlite-db.js';
import { handleStaff } from './staff.js';
import { RequestStore } from './store.js';
import { handleSubmit, type ReceiverContext } from './submit.js';

/** How to run a receiver. */
export interface ReceiverOptions {
  readonly config: ReceiverConfig;
  /** Port (0, the default, picks a free one). */
  readonly port?: number;
  readonly host?: string;
  /** Where log lines go. Default: JSON lines on stdout. */
  readonly log?: Logger;
  /** The clock (tests move it to check retention). */
  readonly now?: () => number;
  /** How often the outbox is tried. Default 5 s. */
  readonly outboxIntervalMs?: number;
  /** Webhook back-off: first delay (default 30 s) and cap (default 1 hour). */
  readonly webhookBaseDelayMs?: number;
  readonly webhookMaxDelayMs?: number;
  /** How often the retention sweep runs. Default hourly. */
  readonly sweepIntervalMs?: number;
}

/** A running receiver. */
export interface Receiver {
  /** `http://host:port`. */
  readonly url: string;
  readonly store: RequestStore;
  /** Sends due outbox rows now; resolves to the number delivered. */
  deliverNow(): Promise<number>;
  /** Deletes what the retention period says must go, now; resolves to the requests deleted. */
  sweepNow(): Promise<number>;
  close(): Promise<void>;
}

/** Opens the database a `sqlite:` or `postgres://` URL names. */
export async function openDatabase(url: string): Promise<Db> {
  const target = describeDatabase(url);
  if (!target) throw new Error('Not a database URL');
  return target.dialect === 'postgres' ? openPostgres(target.url) : openSqlite(target.file);
}

const DAY_MS = 86_400_000;

/** Starts a receiver: opens and migrates the database, then listens. */
export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const { config } = options;
  const log = options.log ?? jsonLogger();
  const now = options.now ?? Date.now;
  const db = await openDatabase(config.database);
  const store = new RequestStore(db);
  try {
    await store.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  const ctx: ReceiverContext = { config, store, log, now };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://receiver.invalid');
    } catch {
      return sendJson(res, 400, { error: 'invalid_url' });
    }
    if (url.pathname === '/requests') {
      if (req.method === 'OPTIONS') return answerPreflight(req, res, config.allowedOrigins);
      if (req.method === 'POST') return handleSubmit(req, res, ctx);
      return sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'POST, OPTIONS' });
    }
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const ready = await store.ping();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database_unavailable' });
    }
    if (await handleStaff(req, res, url, ctx)) return;
    sendJson(res, 404, { error: 'not_found' });
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // The error's name only: messages from a database driver can quote the values they failed on.
      log('error', 'request.failed', { route: req.method ?? '', code: (error as Error).name });
      sendJson(res, 503, { error: 'unavailable' }, { 'Retry-After': '5' });
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  const deliverNow = async () => {
    if (!config.webhook) return 0;
    return deliverDue({ store, keys: config.keys, webhook: config.webhook, log, now, ...(options.webhookBaseDelayMs === undefined ? {} : { baseDelayMs: options.webhookBaseDelayMs }), ...(options.webhookMaxDelayMs === undefined ? {} : { maxDelayMs: options.webhookMaxDelayMs }) });
  };
  const sweepNow = async () => {
    const at = now();
    const deleted = await store.sweep(at - config.retentionDays * DAY_MS, at - DAY_MS, at - 2 * config.rateWindowSeconds * 1000);
    if (deleted > 0) log('info', 'retention.deleted', { count: deleted });
    return deleted;
  };
  // Background work never overlaps itself, and one failure is logged, not fatal.
  const every = (ms: number, work: () => Promise<unknown>, event: string) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      work()
        .catch((error: unknown) => log('error', event, { code: (error as Error).name }))
        .finally(() => (busy = false));
    }, ms);
    timer.unref();
    return timer;
  };
  const timers = [every(options.outboxIntervalMs ?? 5000, deliverNow, 'webhook.worker_failed'), every(options.sweepIntervalMs ?? 3_600_000, sweepNow, 'retention.failed')];
  await sweepNow();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    for (const timer of timers) clearInterval(timer);
    await db.close();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  log('info', 'receiver.started', { store: db.dialect, url: `http://${host}:${address.port}` });
  return {
    url: `http://${host}:${address.port}`,
    store,
    deliverNow,
    sweepNow,
    async close() {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
