/**
 * A standalone loopback server for the Delivery API handler: tests and `family-hubs dev` point
 * the real contentful client at it with `host: '127.0.0.1:PORT', insecure: true`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeliveryApi, type DeliveryApiOptions } from './api.js';
import type { SpaceExport } from './export-types.js';

export interface CmsServerOptions extends DeliveryApiOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface CmsServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** `127.0.0.1:PORT`, the form contentful.js takes as `host`. */
  host: string;
  /** Serves a new export from the next request on (see DeliveryApiHandler.setSpace). */
  setSpace(space: SpaceExport): void;
  close(): Promise<void>;
}

export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  const api = createDeliveryApi(options);
  const server = createServer((req, res) => {
    if (api(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    host: `127.0.0.1:${port}`,
    setSpace: (space) => api.setSpace(space),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets from HTTP clients would otherwise hold close() open.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
