/**
 * Writing responses: Contentful's content type, request id and CORS headers. Widgets on a
 * council page call this server from another origin, so every response (errors included)
 * carries CORS headers, and preflights are answered without authentication as Contentful does.
 */
import type { ServerResponse } from 'node:http';

const CONTENT_TYPE = 'application/vnd.contentful.delivery.v1+json';

const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,HEAD,OPTIONS',
  'Access-Control-Allow-Headers':
    'Accept,Accept-Language,Authorization,Cache-Control,Content-Type,If-None-Match,Range,X-Contentful-User-Agent,X-Contentful-Locale-Based-Publishing,X-Contentful-Resource-Resolution',
  // Exposed so browser clients can honour rate-limit back-off and log request ids.
  'Access-Control-Expose-Headers': 'Etag,X-Contentful-Request-Id,X-Contentful-RateLimit-Reset,Retry-After',
  'Access-Control-Max-Age': '86400',
};

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

export interface ReplyOptions {
  requestId: string;
  latencyMs: number;
  /** HEAD requests get headers only. */
  headOnly: boolean;
}

export function reply(res: ServerResponse, { status, body, headers }: Reply, options: ReplyOptions): void {
  const write = (): void => {
    if (res.writableEnded || res.destroyed) return;
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    res.setHeader('X-Contentful-Request-Id', options.requestId);
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      res.setHeader('Content-Type', typeof body === 'string' ? 'text/plain; charset=utf-8' : CONTENT_TYPE);
      res.setHeader('Content-Length', Buffer.byteLength(payload));
    }
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    res.writeHead(status);
    res.end(options.headOnly ? undefined : payload);
  };
  if (options.latencyMs > 0) setTimeout(write, options.latencyMs);
  else write();
}
