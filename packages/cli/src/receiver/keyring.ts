/**
 * Encryption at rest for the personal part of each request: AES-256-GCM (node:crypto), a fresh
 * 96-bit IV per row, and the row's reference as associated data, so a sealed value copied into
 * another row does not open. Each row stores the id of the key that sealed it; the ring holds the
 * current key (first) and any older keys still needed to read older rows.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** One key: an id (stored with each row) and 32 bytes. */
export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The keys a receiver knows; `current` seals new rows. */
export interface KeyRing {
  readonly current: DataKey;
  readonly all: ReadonlyMap<string, DataKey>;
}

/** A problem with `FH_RECEIVER_KEYS`, or a row whose key is no longer listed. */
export class KeyRingError extends Error {
  override readonly name = 'KeyRingError';
}

const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

/**
 * Parses `id:base64key,id:base64key` (current key first). Each key is 32 random bytes in base64,
 * e.g. from `openssl rand -base64 32`.
 */
export function parseKeyRing(text: string | undefined): KeyRing {
  const entries = (text ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) throw new KeyRingError('FH_RECEIVER_KEYS is not set');
  const all = new Map<string, DataKey>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id)) throw new KeyRingError('Each FH_RECEIVER_KEYS entry must be id:base64key, with an id of letters, digits, ".", "_" or "-"');
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) throw new KeyRingError(`The key "${id}" in FH_RECEIVER_KEYS is ${key.length} bytes, not 32`);
    if (all.has(id)) throw new KeyRingError(`The key id "${id}" appears twice in FH_RECEIVER_KEYS`);
    all.set(id, { id, key });
  }
  return { current: all.values().next().value!, all };
}

/** A new key for FH_RECEIVER_KEYS, as `id:base64`. */
export function newKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/** A sealed value: the key id and `iv.tag.ciphertext` in base64url. */
export interface Sealed {
  readonly keyId: string;
  readonly sealed: string;
}

/** Encrypts `plaintext` with the current key, bound to `context` (the row's reference). */
export function seal(ring: KeyRing, plaintext: string, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
  return { keyId: ring.current.id, sealed: parts.join('.') };
}

/** Decrypts a sealed value; throws a KeyRingError if its key is not in the ring or it was tampered with. */
export function unseal(ring: KeyRing, value: Sealed, context: string): string {
  const key = ring.all.get(value.keyId);
  if (!key) throw new KeyRingError(`The key "${value.keyId}" is not in FH_RECEIVER_KEYS: add it back (after the current key) to read older requests`);
  const [iv, tag, ciphertext] = value.sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, iv!);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(ciphertext!), decipher.final()]).toString('utf8');
  } catch {
    throw new KeyRingError('A stored request could not be decrypted (wrong key or damaged row)');
  }
}

/**
 * A keyed hash (HMAC-SHA256 with a key derived from the current data key), for values that must
 * be compared but never stored, such as a client's IP address in the rate limit. Every instance
 * with the same keys computes the same hash.
 */
export function pseudonym(ring: KeyRing, value: string): string {
  const derived = createHmac('sha256', ring.current.key).update('fh-receiver-pseudonym').digest();
  return createHmac('sha256', derived).update(value).digest('base64url');
}
