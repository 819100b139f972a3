/**
 * The demo server: the example council page and the built widgets, the local Contentful Delivery
 * API serving a space export, a content pack built from the same space, the same services as an
 * Open Referral UK 3.0 feed at `/oruk/`, and a postcode geocoder — all on one loopback origin, under the strict Content-Security-Policy councils are asked to use.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContentPack } from '@family-hubs/content';
import { contentSetFromPack, leanPackFiles, packFromSpaceExport, prebuildPackSearchIndexes } from '@family-hubs/content/pack-builder';
import { exportOrukFeed, type OrukFeed } from '@family-hubs/content/oruk-export';
import { createDeliveryApi, type SpaceExport } from '../cms-server/index.js';
import { sendCompressed } from './compressed.js';
import { startDemoReceiver, type DemoReceiver, type DemoReceiverOptions } from './demo-receiver.js';
import { handleGeocode, locatePostcode, postcodeTable } from './geocoder.js';
import { handleOruk } from './oruk-feed.js';
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
  /** The demo receiver's log sink, database and key (tests that look at what it stored and logged). */
  readonly receiver?: DemoReceiverOptions;
}

/** Where the demo serves its content pack: `/content-pack/manifest.json` and the files it lists. */
export const PACK_PREFIX = '/content-pack/';

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
  let pack: ContentPack | undefined;
  const published = (): ContentPack => (pack ??= packFromSpaceExport(options.space, { published: true }));
  // The published content as a lean pack (built on first request) with each locale's prebuilt
  // search index, as `family-hubs pack` writes it, served as a council's host would serve it.
  let packFiles: Promise<Map<string, Buffer>> | undefined;
  const packFile = async (path: string): Promise<Buffer | undefined> => {
    packFiles ??= prebuildPackSearchIndexes(published()).then(
      (searchIndexes) => new Map([...leanPackFiles(published(), { searchIndexes })].map(([name, text]) => [name, Buffer.from(text)])),
    );
    return (await packFiles).get(path);
  };
  // The same published content as an ORUK feed (built on first request), for ORUK readers to try.
  let orukFeed: OrukFeed | undefined;
  const oruk = (): OrukFeed => (orukFeed ??= exportOrukFeed(contentSetFromPack(published())));
  const locate = (postcode: string) => locatePostcode(postcodes, postcode);
  const securityHeaders = { 'Content-Security-Policy': STRICT_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

  // Started once the server listens: it needs the demo's origin.
  const demo: { receiver?: DemoReceiver } = {};
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (api(req, res)) return;
      if (demo.receiver?.handle(req, res)) return;
      if (handleGeocode(req, res, postcodes)) return;
      if (handleOruk(req, res, oruk, locate)) return;
      const path = req.url?.split('?')[0] ?? '';
      if (path.startsWith(PACK_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
        const body = await packFile(path.slice(PACK_PREFIX.length));
        if (body) {
          sendCompressed(req, res, body, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
          return;
        }
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
  const url = `http://${address === '::1' ? '[::1]' : address}:${port}/`;
  // The receiver answers only the demo's own pages (under either name the machine has).
  demo.receiver = await startDemoReceiver(options.space, [new URL(url).origin, `http://localhost:${port}`], options.receiver).catch((error: unknown) => {
    server.close();
    throw error;
  });
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await demo.receiver?.close();
    },
  };
}
