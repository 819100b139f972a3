/**
 * The receiver's tables and every query it makes, written once for SQLite and PostgreSQL.
 * Personal data lives only in `sealed` (encrypted); the other columns say what, when and where
 * from, which staff can list without decrypting.
 */
import type { HelpRequest, HelpRequestRoute, SpamSignal } from '@family-hubs/content/requests';
import type { Db, Queryable } from './db.js';

/** Where a request stands: new, handled by staff, or quarantined as suspected spam. */
export type RequestStatus = 'new' | 'handled' | 'quarantined';

/** A stored request, without its personal data. */
export interface RequestSummary {
  readonly reference: string;
  readonly receivedAt: number;
  readonly status: RequestStatus;
  readonly route: HelpRequestRoute;
  readonly topics: readonly string[];
  readonly spamSignals: readonly SpamSignal[];
  readonly serviceId: string | null;
  readonly courseId: string | null;
  readonly handledAt: number | null;
  /** When the case system took it (null: not yet, or quarantined so never sent). */
  readonly deliveredAt: number | null;
}

/** A stored request with its sealed personal part. */
export interface StoredRequest extends RequestSummary {
  readonly keyId: string;
  readonly sealed: string;
}

/** What an idempotency key has seen. */
export type IdempotencyRecord =
  | { readonly state: 'new' }
  | { readonly state: 'in_progress'; readonly bodyHash: string }
  | { readonly state: 'done'; readonly bodyHash: string; readonly status: number; readonly response: string };

/** An outbox row due for delivery. */
export interface OutboxItem {
  readonly reference: string;
  readonly attempts: number;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS fh_requests (
    reference TEXT PRIMARY KEY,
    received_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    route TEXT NOT NULL,
    topics TEXT NOT NULL,
    spam_signals TEXT NOT NULL,
    service_id TEXT,
    course_id TEXT,
    key_id TEXT NOT NULL,
    sealed TEXT NOT NULL,
    handled_at BIGINT
  )`,
  'CREATE INDEX IF NOT EXISTS fh_requests_received ON fh_requests (received_at)',
  `CREATE TABLE IF NOT EXISTS fh_outbox (
    reference TEXT PRIMARY KEY REFERENCES fh_requests (reference) ON DELETE CASCADE,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    locked_until BIGINT NOT NULL DEFAULT 0,
    delivered_at BIGINT,
    last_status TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS fh_idempotency (
    idem_key TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    status_code INTEGER,
    response TEXT
  )`,
  `CREATE TABLE IF NOT EXISTS fh_rate (
    client TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (client, window_start)
  )`,
];

interface RequestRow {
  reference: string;
  received_at: number | string;
  status: RequestStatus;
  route: HelpRequestRoute;
  topics: string;
  spam_signals: string;
  service_id: string | null;
  course_id: string | null;
  key_id: string;
  sealed: string;
  handled_at: number | string | null;
  delivered_at: number | string | null;
}

const orNull = (value: number | string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

function fromRow(row: RequestRow): StoredRequest {
  return {
    reference: row.reference,
    receivedAt: Number(row.received_at),
    status: row.status,
    route: row.route,
    topics: JSON.parse(row.topics) as string[],
    spamSignals: row.spam_signals ? (row.spam_signals.split(',') as SpamSignal[]) : [],
    serviceId: row.service_id,
    courseId: row.course_id,
    keyId: row.key_id,
    sealed: row.sealed,
    handledAt: orNull(row.handled_at),
    deliveredAt: orNull(row.delivered_at),
  };
}

const SELECT_REQUEST = `SELECT r.*, o.delivered_at FROM fh_requests r LEFT JOIN fh_outbox o ON o.reference = r.reference`;

/** A new request to store. */
export interface NewRequest {
  readonly reference: string;
  readonly receivedAt: number;
  readonly request: HelpRequest;
  readonly spamSignals: readonly SpamSignal[];
  readonly keyId: string;
  readonly sealed: string;
}

/** The receiver's storage. */
export class RequestStore {
  constructor(readonly db: Db) {}

  /** Creates the tables if they are missing. Safe to run from several instances at once. */
  async migrate(): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Concurrent CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL's catalogue.
      if (this.db.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(804211)');
      for (const statement of SCHEMA) await tx.run(statement);
    });
  }

  /** True when the database answers. */
  async ping(): Promise<boolean> {
    try {
      await this.db.all('SELECT 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Claims `key` for a request with `bodyHash`, or says what the key has already seen. A claim
   * older than `staleBefore` (a receiver that died mid-request) can be taken over.
   */
  async claimKey(key: string, bodyHash: string, now: number, staleBefore: number): Promise<IdempotencyRecord> {
    const inserted = await this.db.all('INSERT INTO fh_idempotency (idem_key, body_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (idem_key) DO NOTHING RETURNING idem_key', [key, bodyHash, now]);
    if (inserted.length === 1) return { state: 'new' };
    const [row] = await this.db.all<{ body_hash: string; created_at: number | string; status_code: number | null; response: string | null }>('SELECT body_hash, created_at, status_code, response FROM fh_idempotency WHERE idem_key = ?', [key]);
    if (!row) return this.claimKey(key, bodyHash, now, staleBefore);
    if (row.status_code !== null && row.response !== null) return { state: 'done', bodyHash: row.body_hash, status: Number(row.status_code), response: row.response };
    if (row.body_hash === bodyHash && Number(row.created_at) < staleBefore) {
      const taken = await this.db.run('UPDATE fh_idempotency SET created_at = ? WHERE idem_key = ? AND status_code IS NULL AND created_at = ?', [now, key, row.created_at]);
      if (taken === 1) return { state: 'new' };
    }
    return { state: 'in_progress', bodyHash: row.body_hash };
  }

  /** Forgets a claim whose request failed before it was stored, so a retry can try again. */
  async releaseKey(key: string): Promise<void> {
    await this.db.run('DELETE FROM fh_idempotency WHERE idem_key = ? AND status_code IS NULL', [key]);
  }

  /** Stores the request, its outbox row (unless quarantined) and the key's response, in one transaction. */
  async insert(row: NewRequest, status: RequestStatus, idempotency: { key: string; status: number; response: string }, forward: boolean): Promise<void> {
    await this.db.transaction(async (tx: Queryable) => {
      await tx.run(
        'INSERT INTO fh_requests (reference, received_at, status, route, topics, spam_signals, service_id, course_id, key_id, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [row.reference, row.receivedAt, status, row.request.route, JSON.stringify(row.request.topics), row.spamSignals.join(','), row.request.context?.serviceId ?? null, row.request.context?.courseId ?? null, row.keyId, row.sealed],
      );
      if (forward) await tx.run('INSERT INTO fh_outbox (reference, next_attempt_at) VALUES (?, ?)', [row.reference, row.receivedAt]);
      await tx.run('UPDATE fh_idempotency SET status_code = ?, response = ? WHERE idem_key = ?', [idempotency.status, idempotency.response, idempotency.key]);
    });
  }

  /** True when `reference` is taken. */
  async hasReference(reference: string): Promise<boolean> {
    return (await this.db.all('SELECT 1 AS found FROM fh_requests WHERE reference = ?', [reference])).length > 0;
  }

  /** Requests, newest first, optionally of one status and received at or after `since` (ms). */
  async list(options: { status?: RequestStatus; since?: number; limit: number }): Promise<StoredRequest[]> {
    const conditions: string[] = [];
    const params: (string | number)[] = [];
    if (options.status) {
      conditions.push('r.status = ?');
      params.push(options.status);
    }
    if (options.since !== undefined) {
      conditions.push('r.received_at >= ?');
      params.push(options.since);
    }
    const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    const rows = await this.db.all<RequestRow>(`${SELECT_REQUEST}${where} ORDER BY r.received_at DESC, r.reference LIMIT ?`, [...params, options.limit]);
    return rows.map(fromRow);
  }

  /** One request, or undefined. */
  async get(reference: string): Promise<StoredRequest | undefined> {
    const [row] = await this.db.all<RequestRow>(`${SELECT_REQUEST} WHERE r.reference = ?`, [reference]);
    return row ? fromRow(row) : undefined;
  }

  /** Marks a request handled; false when there is no such request. */
  async markHandled(reference: string, now: number): Promise<boolean> {
    return (await this.db.run("UPDATE fh_requests SET status = 'handled', handled_at = ? WHERE reference = ?", [now, reference])) === 1;
  }

  /**
   * Releases a quarantined request that staff found to be real: it becomes `new` and, when
   * `forward` is set, joins the outbox. False when there is no such quarantined request.
   */
  async release(reference: string, now: number, forward: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const changed = await tx.run("UPDATE fh_requests SET status = 'new' WHERE reference = ? AND status = 'quarantined'", [reference]);
      if (changed === 1 && forward) await tx.run('INSERT INTO fh_outbox (reference, next_attempt_at) VALUES (?, ?) ON CONFLICT (reference) DO NOTHING', [reference, now]);
      return changed === 1;
    });
  }

  /**
   * Counts one hit of `client` in the window starting at `windowStart`; resolves to the hits
   * so far. One statement, so instances sharing a PostgreSQL database share the count.
   */
  async hit(client: string, windowStart: number): Promise<number> {
    const [row] = await this.db.all<{ hits: number | string }>(
      'INSERT INTO fh_rate (client, window_start, hits) VALUES (?, ?, 1) ON CONFLICT (client, window_start) DO UPDATE SET hits = fh_rate.hits + 1 RETURNING hits',
      [client, windowStart],
    );
    return Number(row?.hits ?? 1);
  }

  /**
   * Claims up to `limit` outbox rows that are due, for `leaseMs`, so another instance (or the
   * next tick) does not send them at the same time.
   */
  async claimDue(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]> {
    const lock = this.db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const rows = await this.db.all<{ reference: string; attempts: number | string }>(
      `UPDATE fh_outbox SET locked_until = ? WHERE reference IN (SELECT reference FROM fh_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ? AND locked_until <= ? ORDER BY next_attempt_at LIMIT ?${lock}) RETURNING reference, attempts`,
      [now + leaseMs, now, now, limit],
    );
    return rows.map((r) => ({ reference: r.reference, attempts: Number(r.attempts) }));
  }

  /** Records a delivery. */
  async delivered(reference: string, now: number, status: string): Promise<void> {
    await this.db.run('UPDATE fh_outbox SET delivered_at = ?, attempts = attempts + 1, last_status = ?, locked_until = 0 WHERE reference = ?', [now, status, reference]);
  }

  /** Records a failed delivery and when to try again. */
  async deliveryFailed(reference: string, nextAttemptAt: number, status: string): Promise<void> {
    await this.db.run('UPDATE fh_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_status = ?, locked_until = 0 WHERE reference = ?', [nextAttemptAt, status, reference]);
  }

  /** Outbox rows not yet delivered. */
  async undelivered(): Promise<number> {
    const [row] = await this.db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM fh_outbox WHERE delivered_at IS NULL');
    return Number(row?.n ?? 0);
  }

  /**
   * Deletes requests received before `requestsBefore` (their outbox rows go with them), and
   * idempotency keys and rate-limit windows that can no longer matter. Resolves to the number of
   * requests deleted.
   */
  async sweep(requestsBefore: number, keysBefore: number, windowsBefore: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      const deleted = await tx.run('DELETE FROM fh_requests WHERE received_at < ?', [requestsBefore]);
      await tx.run('DELETE FROM fh_idempotency WHERE created_at < ?', [keysBefore]);
      await tx.run('DELETE FROM fh_rate WHERE window_start < ?', [windowsBefore]);
      return deleted;
    });
  }
}
