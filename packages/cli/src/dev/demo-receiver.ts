/**
 * The demo's help-request receiver: the real `family-hubs receiver` (SQLite, encryption at rest,
 * idempotency, rate limit), started beside the demo server with throwaway settings, so the demo's
 * "ask for help" form really sends and shows a reference number. The form posts to the sample's
 * endpoint on the demo's own origin (`/api/help-requests`, as a council's proxy would map it), and
 * the demo server passes that through to the receiver's `/requests`.
 *
 * Nothing here is for production: the key and staff token are random per run, the database lives in
 * a temporary folder that is deleted on close, and requests are kept for a day.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpaceExport } from '../cms-server/index.js';
import { parseKeyRing, startReceiver, type Logger, type Receiver } from '../receiver/index.js';

/** Where the demo's form sends (the sample's `submissionEndpoint`). */
export const DEMO_HELP_REQUESTS_PATH = '/api/help-requests';

/** A running demo receiver. */
export interface DemoReceiver {
  /** Passes `/api/help-requests` through to the receiver; false for other paths. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  close(): Promise<void>;
}

/** The topic ids the sample's help request settings offer, so the receiver checks them as the form does. */
function sampleTopicIds(space: SpaceExport, locale = 'en-GB'): string[] {
  const settings = space.entries.find((entry) => entry.sys.contentType.sys.id === 'helpRequestSettings');
  const topics = settings?.fields['topics']?.[locale];
  return Array.isArray(topics) ? topics.flatMap((link: { sys?: { id?: unknown } }) => (typeof link?.sys?.id === 'string' ? [link.sys.id] : [])) : [];
}

/**
 * What a test may set on the demo receiver, to see what it stores and logs. The demo itself sets
 * none: a random key, a database in a temporary folder, no log.
 */
export interface DemoReceiverOptions {
  /** Where log lines go (default: nowhere). */
  readonly log?: Logger;
  /** `sqlite:<file>` (default: a file in a temporary folder deleted on close; this one is kept). */
  readonly database?: string;
  /** `FH_RECEIVER_KEYS` syntax (default: one random key). */
  readonly keys?: string;
}

/** Starts the receiver for pages served from `origins`. */
export async function startDemoReceiver(space: SpaceExport, origins: readonly string[], options: DemoReceiverOptions = {}): Promise<DemoReceiver> {
  const folder = mkdtempSync(join(tmpdir(), 'fh-demo-receiver-'));
  let receiver: Receiver;
  try {
    receiver = await startReceiver({
      config: {
        database: options.database ?? `sqlite:${join(folder, 'help-requests.db')}`,
        keys: parseKeyRing(options.keys ?? `demo:${randomBytes(32).toString('base64')}`),
        staffToken: randomBytes(32).toString('base64'),
        allowedOrigins: origins,
        retentionDays: 1,
        rateLimit: 100,
        rateWindowSeconds: 600,
        maxBodyBytes: 16_384,
        minimumFillMs: 3000,
        topicIds: sampleTopicIds(space),
        trustProxy: 0,
      },
      // The demo's terminal shows the demo server's own lines; the receiver's JSON logs are not for it.
      log: options.log ?? (() => undefined),
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const target = new URL('/requests', receiver.url);
  return {
    handle(req, res) {
      if ((req.url ?? '').split('?')[0] !== DEMO_HELP_REQUESTS_PATH) return false;
      const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'receiver_unavailable' }));
      });
      req.pipe(upstream);
      return true;
    },
    async close() {
      await receiver.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
