/**
 * A standalone loopback server for the Delivery API handler: tests and the CLI point the real
 * contentful client at it with `host: '127.0.0.1:PORT', insecure: true`.
 *
 * Contentful tells its two APIs apart by host, and Node cannot resolve `preview.localhost`, so
 * the server listens on two ports: `host` is the Delivery API and `previewHost` the Preview API.
 * Both serve the same export (and `setSpace` changes both).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeliveryApi, type DeliveryApiOptions } from './api.js';
import type { SpaceExport } from './export-types.js';

/** Settings of a standalone CMS server. */
export interface CmsServerOptions extends Omit<DeliveryApiOptions, 'apiFor'> {
  /** Port of the Delivery API; 0 (the default) picks a free port. The Preview API always gets a free port. */
  port?: number;
}

/** A running CMS server. */
export interface CmsServer {
  /** `http://127.0.0.1:PORT`, the Delivery API. */
  url: string;
  port: number;
  /** `127.0.0.1:PORT`, the Delivery API in the form contentful.js takes as `host`. */
  host: string;
  /** `http://127.0.0.1:PORT`, the Preview API. */
  previewUrl: string;
  /** `127.0.0.1:PORT`, the Preview API in the form contentful.js takes as `host`. */
  previewHost: string;
  /** Serves a new export from the next request on (see DeliveryApiHandler.setSpace). */
  setSpace(space: SpaceExport): void;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Keep-alive sockets from HTTP clients would otherwise hold close() open.
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

/** Starts the Delivery and Preview APIs on two loopback ports. */
export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  // Set once the Preview API listens; no request can arrive before that.
  let previewPort = -1;
  const api = createDeliveryApi({
    ...options,
    apiFor: (req: IncomingMessage) => (req.socket.localPort === previewPort ? 'preview' : 'delivery'),
  });
  const handle = (req: IncomingMessage, res: Parameters<typeof api>[1]) => {
    if (api(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };
  const delivery = createServer(handle);
  const preview = createServer(handle);
  const port = await listen(delivery, options.port ?? 0);
  try {
    previewPort = await listen(preview, 0);
  } catch (error) {
    await close(delivery);
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    host: `127.0.0.1:${port}`,
    previewUrl: `http://127.0.0.1:${previewPort}`,
    previewHost: `127.0.0.1:${previewPort}`,
    setSpace: (space) => api.setSpace(space),
    close: async () => {
      await Promise.all([close(delivery), close(preview)]);
    },
  };
}
