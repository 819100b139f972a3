/**
 * Sends a body the way a council's host should serve packs and bundles: compressed (brotli or
 * gzip, as the browser accepts), with a strong ETag so a revisit costs a 304, and a cache policy
 * that makes the browser check before reusing (`no-cache`: packs change when editors publish).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface Variants {
  readonly etag: string;
  readonly identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

const cache = new WeakMap<Buffer, Variants>();
/** Below this, compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

function variantsOf(body: Buffer): Variants {
  let variants = cache.get(body);
  if (!variants) {
    variants = { etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, identity: body };
    cache.set(body, variants);
  }
  return variants;
}

/** The encoding to use for `accept` (an Accept-Encoding header), preferring brotli. */
export function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  const offered = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const weight = (name: string) => offered.get(name) ?? offered.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/** Answers `req` with `body` (a Buffer kept by the caller, so its compressed forms are made once). */
export function sendCompressed(req: IncomingMessage, res: ServerResponse, body: Buffer, headers: Record<string, string | number>): void {
  const variants = variantsOf(body);
  const common = { ...headers, ETag: variants.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === variants.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const encoding = body.length >= MIN_COMPRESS_BYTES ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  let payload = variants.identity;
  if (encoding === 'br') payload = variants.br ??= brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
  else if (encoding === 'gzip') payload = variants.gzip ??= gzipSync(body, { level: 9 });
  res.writeHead(200, { ...common, ...(encoding ? { 'Content-Encoding': encoding } : {}), 'Content-Length': payload.length });
  res.end(req.method === 'HEAD' ? undefined : payload);
}
