/**
 * A loopback proxy between the submission client and one or more receivers that fails on
 * purpose, one scripted step per attempt: it resets the connection before reading it ("refused"),
 * forwards and then drops the answer ("lost": stored, but the family never hears), answers
 * 5xx or 429 itself, answers a status that must not be retried, or holds the request until the
 * client gives up ("timeout", with or without forwarding it first). With several receivers it
 * forwards to them in turn, as a load balancer would.
 *
 * Every answer it lets through says `Connection: close`, so each attempt comes on its own
 * connection, and the step is chosen when that connection's first bytes arrive (a spare
 * connection fetch opens and never uses takes no step).
 * It forwards an attempt only after the receiver has answered every earlier one, so a retry
 * never meets its own first attempt still in progress (a 409, and one attempt more than the
 * script says): the attempt count a test expects stays exact.
 */
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/** What the proxy does with one attempt. */
export type ProxyStep =
  /** The connection is reset before a byte is read: the request never reaches a receiver. */
  | { readonly kind: 'refused' }
  /** Forwarded and answered by the receiver (so stored), then the connection is dropped. */
  | { readonly kind: 'lost' }
  /** The proxy answers this 5xx itself (a load balancer with no healthy receiver). */
  | { readonly kind: 'server_error'; readonly status: 500 | 502 | 503 }
  /** The proxy answers 429 with this `Retry-After` (seconds). */
  | { readonly kind: 'rate_limited'; readonly retryAfterSeconds: number }
  /** Held until the client gives up; `forwarded`: the receiver got it (and stored it) first. */
  | { readonly kind: 'timeout'; readonly forwarded: boolean }
  /** The proxy answers a status that must not be retried (4xx). */
  | { readonly kind: 'final'; readonly status: number }
  /** Forwarded, and the receiver's answer passed on. */
  | { readonly kind: 'forward' };

/** One attempt as the proxy saw it. */
export interface ProxyAttempt {
  readonly step: ProxyStep;
  /** The `Idempotency-Key` header (undefined for a reset connection: nothing was read). */
  readonly key?: string;
  readonly body?: string;
  /** Which receiver it was forwarded to, and what that receiver answered. */
  readonly upstream?: number;
  readonly upstreamStatus?: number;
  readonly replayed?: boolean;
}

/** A running proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:port`. */
  readonly url: string;
  /** Steps for the next attempts, taken from the front; when empty, attempts are forwarded. */
  script: ProxyStep[];
  /** Every attempt so far, in order. */
  readonly attempts: ProxyAttempt[];
  /** Called as each attempt arrives (before it is answered), with its index in `attempts`. */
  onAttempt: (index: number) => void;
  /** Anything the proxy did not expect (a connection that carried two requests). */
  readonly anomalies: string[];
  close(): Promise<void>;
}

const FORWARD: ProxyStep = { kind: 'forward' };

interface Exchange {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(target: string, req: IncomingMessage, body: Buffer): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url ?? '/', target);
    const headers = { ...req.headers, host: url.host, 'content-length': String(body.length) };
    delete headers.connection;
    const upstream = httpRequest(url, { method: req.method, headers, agent: false }, (res) => {
      readAll(res).then((buffer) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buffer }), reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), Connection: 'close', ...headers });
  res.end(text);
}

/** Starts a proxy in front of `receivers` (base URLs); forwarded attempts go to them in turn. */
export async function startFaultProxy(receivers: readonly string[]): Promise<FaultProxy> {
  if (receivers.length === 0) throw new Error('startFaultProxy needs a receiver');
  const steps = new WeakMap<Socket, { step: ProxyStep; requests: number }>();
  const sockets = new Set<Socket>();
  let forwarded = 0;
  let upstreamWork: Promise<unknown> = Promise.resolve();

  const proxy: FaultProxy = {
    url: '',
    script: [],
    attempts: [],
    onAttempt: () => undefined,
    anomalies: [],
    close: () => Promise.resolve(),
  };

  const http = createHttpServer((req, res) => {
    const own = steps.get(req.socket);
    if (!own) {
      proxy.anomalies.push('a request on a connection the proxy did not see open');
      req.socket.destroy();
      return;
    }
    own.requests++;
    if (own.requests > 1) proxy.anomalies.push('one connection carried two requests: steps would no longer match attempts');
    void handle(req, res, own.step).catch((error: unknown) => {
      proxy.anomalies.push(`proxy failed: ${(error as Error).message}`);
      req.socket.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, step: ProxyStep): Promise<void> {
    const body = await readAll(req);
    const key = req.headers['idempotency-key'];
    const index = proxy.attempts.length;
    const seen: { -readonly [K in keyof ProxyAttempt]: ProxyAttempt[K] } = { step, body: body.toString('utf8'), ...(typeof key === 'string' ? { key } : {}) };
    proxy.attempts.push(seen);
    proxy.onAttempt(index);

    const relay = async (): Promise<Exchange> => {
      // One upstream exchange at a time, each after the last has been answered (see the header).
      const previous = upstreamWork;
      let done: () => void = () => undefined;
      upstreamWork = new Promise<void>((resolve) => (done = resolve));
      try {
        await previous;
        const upstream = forwarded++ % receivers.length;
        const exchange = await forward(receivers[upstream]!, req, body);
        Object.assign(seen, { upstream, upstreamStatus: exchange.status, replayed: exchange.headers['idempotent-replayed'] === 'true' });
        return exchange;
      } finally {
        done();
      }
    };
    const holdUntilClientGivesUp = () =>
      new Promise<void>((resolve) => {
        if (req.socket.destroyed) resolve();
        else req.socket.once('close', () => resolve());
      });

    switch (step.kind) {
      case 'forward': {
        const exchange = await relay();
        const headers: Record<string, string> = { Connection: 'close' };
        for (const name of ['content-type', 'retry-after', 'idempotent-replayed']) {
          const value = exchange.headers[name];
          if (typeof value === 'string') headers[name] = value;
        }
        res.writeHead(exchange.status, { ...headers, 'Content-Length': exchange.body.length });
        res.end(exchange.body);
        return;
      }
      case 'lost':
        await relay();
        req.socket.destroy();
        return;
      case 'timeout':
        if (step.forwarded) await relay();
        await holdUntilClientGivesUp();
        return;
      case 'server_error':
        return answer(res, step.status, { error: 'proxy_error' });
      case 'rate_limited':
        return answer(res, 429, { error: 'rate_limited' }, { 'Retry-After': String(step.retryAfterSeconds) });
      case 'final':
        return answer(res, step.status, step.status === 422 ? { error: 'invalid_request', errors: [] } : { error: 'refused' });
      case 'refused':
        // Chosen when the connection opened, so never reached here.
        proxy.anomalies.push('a refused step reached the HTTP handler');
        req.socket.destroy();
        return;
    }
  }

  const net = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // The step is chosen when the first bytes of a request arrive, not when the connection opens:
    // fetch may open a spare connection that never carries a request, and it must not use a step.
    socket.once('readable', () => {
      const first = socket.read() as Buffer | null;
      if (first === null) return;
      const step = proxy.script.shift() ?? FORWARD;
      if (step.kind === 'refused') {
        proxy.attempts.push({ step });
        proxy.onAttempt(proxy.attempts.length - 1);
        socket.resetAndDestroy();
        return;
      }
      socket.unshift(first);
      steps.set(socket, { step, requests: 0 });
      http.emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => net.listen(0, '127.0.0.1', resolve));
  const { port } = net.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => net.close(() => resolve()));
    },
  });
}
