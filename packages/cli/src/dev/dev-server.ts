/**
 * The demo server: the example council page and the built widgets, the local Contentful Delivery
 * API serving a space export, a content pack built from the same space, and a postcode geocoder —
 * all on one loopback origin, under the strict Content-Security-Policy councils are asked to use.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { createDeliveryApi, type SpaceExport } from '../cms-server/index.js';
import { handleGeocode, postcodeTable } from './geocoder.js';
import { serveStatic, type Mounts } from './static-files.js';

/** The policy the demo pages run under; widgets must work with nothing looser. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  // Editors' preview pages are shown inside Contentful's editor; nobody else may frame the demo.
  "frame-ancestors 'self' https://app.contentful.com https://app.eu.contentful.com",
].join('; ');

/** Demo server settings. */
export interface DevServerOptions {
  readonly space: SpaceExport;
  readonly mounts: Mounts;
  readonly port?: number;
  readonly host?: string;
  /** Simulated API latency, to show loading states. */
  readonly latencyMs?: number;
}

/** Tokens the demo page uses for the local CMS. Not secrets: the server only listens on loopback. */
export const DEMO_SPACE = { space: 'northshire', deliveryToken: 'demo-delivery-token', previewToken: 'demo-preview-token' } as const;

/** A running demo server. */
export interface DevServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the demo server. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const api = createDeliveryApi({
    space: options.space,
    spaceId: DEMO_SPACE.space,
    deliveryTokens: [DEMO_SPACE.deliveryToken],
    previewTokens: [DEMO_SPACE.previewToken],
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
  });
  const postcodes = postcodeTable(options.space);
  let pack: string | undefined;
  const packJson = (): string => {
    pack ??= JSON.stringify(packFromSpaceExport(options.space, { published: true }));
    return pack;
  };
  const securityHeaders = { 'Content-Security-Policy': STRICT_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (api(req, res)) return;
      if (handleGeocode(req, res, postcodes)) return;
      if (req.url?.split('?')[0] === '/content-pack.json') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end(packJson());
        return;
      }
      if (await serveStatic(req, res, options.mounts, securityHeaders)) return;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
      res.end('Not found');
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address === '::1' ? '[::1]' : address}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
