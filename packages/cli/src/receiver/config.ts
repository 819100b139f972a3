/**
 * The receiver's settings, from environment variables (docs/receiver.md lists them). Secrets
 * come only from the environment, never from options, so they stay out of shell history and
 * process listings.
 */
import { describeDatabase } from './db.js';
import { parseKeyRing, type KeyRing } from './keyring.js';

/** Everything the receiver needs to run. */
export interface ReceiverConfig {
  /** `sqlite:<file>` or `postgres://…`. */
  readonly database: string;
  readonly keys: KeyRing;
  /** Staff API token (at least 32 characters). */
  readonly staffToken: string;
  /** Origins allowed to POST from a browser (exact `https://host[:port]`). */
  readonly allowedOrigins: readonly string[];
  /** The council's case system, and the secret the calls are signed with; undefined: store only. */
  readonly webhook?: { readonly url: string; readonly secret: string };
  /** Days a request is kept before it is deleted. */
  readonly retentionDays: number;
  /** Requests a client may send per window. */
  readonly rateLimit: number;
  readonly rateWindowSeconds: number;
  /** Largest request body in bytes. */
  readonly maxBodyBytes: number;
  /** Faster than this (ms from form start to submit) is suspected spam. */
  readonly minimumFillMs: number;
  /** Topic ids the form offers; empty: any well-formed id. */
  readonly topicIds: readonly string[];
  /**
   * How many reverse proxies in front of the receiver append to `X-Forwarded-For` (0: none, and the
   * header is ignored). The client address is the one the outermost of them appended, counted from
   * the end: entries before it were written by the client and are not believed.
   */
  readonly trustProxy: number;
}

/** A setting that is missing or wrong; the message names the variable, `hint` says what to set. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`, `For example ${name}=${fallback}.`);
  return value;
}

/** FH_RECEIVER_TRUST_PROXY: `false` (or unset), `true` (one proxy), or how many proxies are in front. */
function proxyHops(env: Env): number {
  const text = env.FH_RECEIVER_TRUST_PROXY?.trim().toLowerCase();
  if (text === undefined || text === '' || text === 'false') return 0;
  if (text === 'true') return 1;
  return whole(env, 'FH_RECEIVER_TRUST_PROXY', 1, 0, 10);
}

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function origins(text: string | undefined): string[] {
  return list(text).map((origin) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(`FH_RECEIVER_ALLOWED_ORIGINS has "${origin}", which is not an origin`, 'List origins as scheme://host[:port], with no path, e.g. https://www.example.gov.uk.');
    }
    return parsed.origin;
  });
}

/** Reads the settings from `env`; `database` overrides FH_RECEIVER_DATABASE. */
export function readReceiverConfig(env: Env, database?: string): ReceiverConfig {
  const db = database ?? env.FH_RECEIVER_DATABASE ?? 'sqlite:help-requests.db';
  if (!describeDatabase(db)) throw new ConfigError(`FH_RECEIVER_DATABASE "${db.replace(/\/\/[^@/]*@/, '//…@')}" is not a database URL`, 'Use sqlite:<file> or postgres://user:password@host:5432/database.');
  let keys: KeyRing;
  try {
    keys = parseKeyRing(env.FH_RECEIVER_KEYS);
  } catch (error) {
    throw new ConfigError((error as Error).message, 'Set FH_RECEIVER_KEYS=<id>:<32 random bytes in base64>, e.g. 2026-12:$(openssl rand -base64 32).');
  }
  const staffToken = env.FH_RECEIVER_STAFF_TOKEN?.trim() ?? '';
  if (staffToken.length < 32) throw new ConfigError('FH_RECEIVER_STAFF_TOKEN is missing or shorter than 32 characters', 'Set it to a long random value, e.g. $(openssl rand -base64 32).');
  const webhookUrl = env.FH_RECEIVER_WEBHOOK_URL?.trim();
  const webhookSecret = env.FH_RECEIVER_WEBHOOK_SECRET?.trim();
  let webhook: ReceiverConfig['webhook'];
  if (webhookUrl) {
    if (!/^https?:\/\//.test(webhookUrl)) throw new ConfigError('FH_RECEIVER_WEBHOOK_URL must start with https:// (or http:// on a private network)', 'Ask the case system team for its endpoint.');
    if (!webhookSecret || webhookSecret.length < 32) throw new ConfigError('FH_RECEIVER_WEBHOOK_SECRET is missing or shorter than 32 characters', 'Share a long random secret with the case system, e.g. $(openssl rand -hex 32).');
    webhook = { url: webhookUrl, secret: webhookSecret };
  }
  return {
    database: db,
    keys,
    staffToken,
    allowedOrigins: origins(env.FH_RECEIVER_ALLOWED_ORIGINS),
    ...(webhook ? { webhook } : {}),
    retentionDays: whole(env, 'FH_RECEIVER_RETENTION_DAYS', 90, 1, 3650),
    rateLimit: whole(env, 'FH_RECEIVER_RATE_LIMIT', 10, 1, 100_000),
    rateWindowSeconds: whole(env, 'FH_RECEIVER_RATE_WINDOW_SECONDS', 600, 1, 86_400),
    maxBodyBytes: whole(env, 'FH_RECEIVER_MAX_BODY_BYTES', 16_384, 1024, 1_048_576),
    minimumFillMs: whole(env, 'FH_RECEIVER_MINIMUM_FILL_MS', 3000, 0, 600_000),
    topicIds: list(env.FH_RECEIVER_TOPICS),
    trustProxy: proxyHops(env),
  };
}
