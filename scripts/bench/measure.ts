/**
 * One measured visit: a fresh browser context (empty cache, cache disabled), CPU throttling set
 * through CDP before navigating, and these figures, all on the page's own clock, whose zero is
 * navigation start (`performance.timeOrigin`):
 *
 * - **Render end**: when the page's element fires its first `fh-content-loaded` event. The widgets
 *   dispatch it once the Lit update that puts the content into the shadow root has completed
 *   (`updateComplete`, see ContentController), so at that moment the content is in the DOM; the
 *   paint that follows (about one frame) is not included. The baseline element fires the same event
 *   the same way. The run fails if the event says the content is stale or empty, if the element
 *   fires `fh-content-error` instead, or if `contentSelector` is then missing from its shadow root.
 * - **Long tasks**: PerformanceObserver `longtask` entries (buffered, observer installed before any
 *   page script runs) that start before render end.
 * - **Total blocking time**: Σ max(0, duration − 50 ms) over those long tasks, each clipped at
 *   render end — Lighthouse's definition, bounded by navigation start and render end instead of
 *   first contentful paint and time to interactive.
 * - **Bytes and requests**: from CDP Network events, every request the page made until the network
 *   was idle after render end; bytes are `encodedDataLength` (what crossed the wire, headers
 *   included), split by response MIME type into JavaScript, JSON (content) and everything else.
 */
import type { Browser, CDPSession } from 'puppeteer-core';
import type { BenchPage } from './pages.js';

/** Figures of one visit. */
export interface RunFigures {
  readonly renderMs: number;
  readonly longTasks: number;
  readonly totalBlockingMs: number;
  readonly longestTaskMs: number;
  readonly jsBytes: number;
  readonly jsonBytes: number;
  readonly otherBytes: number;
  readonly requests: number;
}

/** Limits of one visit, in ms. */
export interface VisitLimits {
  /** Navigation (until the load event). */
  readonly navigationMs: number;
  /** From navigation start until the element has rendered its content. */
  readonly renderMs: number;
  /** Waiting for the network to be idle afterwards. */
  readonly idleMs: number;
}

/** Long tasks can be reported a little after they end: wait this long after render end. */
const SETTLE_MS = 300;
/** A task is long above this, and blocks for what exceeds it. */
const LONG_TASK_MS = 50;

interface Probe {
  ready: Promise<{ at: number; stale?: boolean; empty?: boolean; error?: string }>;
  longTasks: { start: number; duration: number }[];
  observer: PerformanceObserver;
}

/**
 * Runs in the page before any of its scripts (CDP `Page.addScriptToEvaluateOnNewDocument`, not
 * subject to the page's CSP). No named inner functions: tsx would wrap them in a `__name` helper
 * that does not exist in the page.
 */
function installProbe(element: string, renderTimeoutMs: number): void {
  const longTasks: Probe['longTasks'] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: true });
  const ready = new Promise<Awaited<Probe['ready']>>((resolve) => {
    document.addEventListener(
      'fh-content-loaded',
      (event) => {
        if ((event.target as Element | null)?.localName !== element) return;
        const detail = (event as CustomEvent<{ stale?: boolean; empty?: boolean }>).detail;
        resolve({ at: performance.now(), stale: detail.stale === true, empty: detail.empty === true });
      },
      { capture: true },
    );
    document.addEventListener(
      'fh-content-error',
      (event) => {
        if ((event.target as Element | null)?.localName !== element) return;
        const detail = (event as CustomEvent<{ kind?: string; message?: string }>).detail;
        resolve({ at: performance.now(), error: `fh-content-error ${detail.kind ?? ''}: ${detail.message ?? ''}` });
      },
      { capture: true },
    );
    setTimeout(() => resolve({ at: performance.now(), error: `no fh-content-loaded from <${element}> within ${renderTimeoutMs} ms` }), renderTimeoutMs);
  });
  (window as unknown as { __fhBench: Probe }).__fhBench = { ready, longTasks, observer };
}

/** Network figures from CDP events. */
function recordNetwork(session: CDPSession) {
  const mime = new Map<string, string>();
  const bytes = new Map<string, number>();
  const urls: string[] = [];
  session.on('Network.requestWillBeSent', (event) => {
    if (!event.redirectResponse) urls.push(event.request.url);
  });
  session.on('Network.responseReceived', (event) => mime.set(event.requestId, event.response.mimeType));
  session.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  return {
    urls,
    totals() {
      const sum = { jsBytes: 0, jsonBytes: 0, otherBytes: 0 };
      for (const [id, length] of bytes) {
        const type = mime.get(id) ?? '';
        if (/javascript|ecmascript/.test(type)) sum.jsBytes += length;
        else if (/json/.test(type)) sum.jsonBytes += length;
        else sum.otherBytes += length;
      }
      return { ...sum, requests: urls.filter((url) => !url.startsWith('data:')).length };
    },
  };
}

const isLoopback = (url: string): boolean => {
  if (url.startsWith('data:') || url === 'about:blank') return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === '[::1]' || hostname === 'localhost';
};

/** Visits `url` once at `cpuRate`× CPU slowdown in a fresh context and returns its figures. */
export async function measureVisit(browser: Browser, url: string, page: BenchPage, cpuRate: number, limits: VisitLimits): Promise<RunFigures> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const session = await tab.createCDPSession();
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const network = recordNetwork(session);
    await tab.evaluateOnNewDocument(installProbe, page.element, limits.renderMs);

    const response = await tab.goto(url, { waitUntil: 'load', timeout: limits.navigationMs });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
    const seen = await tab.evaluate(
      async (element, selector, settleMs) => {
        const probe = (window as unknown as { __fhBench: Probe }).__fhBench;
        const end = await probe.ready;
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        for (const entry of probe.observer.takeRecords()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
        const shown = document.querySelector(element)?.shadowRoot?.querySelector(selector) != null;
        return { end, shown, longTasks: probe.longTasks };
      },
      page.element,
      page.contentSelector,
      SETTLE_MS,
    );
    await tab.waitForNetworkIdle({ idleTime: 250, timeout: limits.idleMs });

    const { end } = seen;
    if (end.error) throw new Error(`${page.id}: ${end.error}`);
    if (end.stale || end.empty) throw new Error(`${page.id}: the content was ${end.stale ? 'stale' : 'empty'}`);
    if (!seen.shown) throw new Error(`${page.id}: <${page.element}> fired fh-content-loaded without ${page.contentSelector} in its shadow root`);
    const offsite = network.urls.filter((u) => !isLoopback(u));
    if (offsite.length > 0) throw new Error(`${page.id}: requests left the machine: ${offsite.join(', ')}`);

    let totalBlockingMs = 0;
    let longTasks = 0;
    let longestTaskMs = 0;
    for (const task of seen.longTasks) {
      if (task.start >= end.at) continue;
      longTasks++;
      longestTaskMs = Math.max(longestTaskMs, task.duration);
      totalBlockingMs += Math.max(0, Math.min(task.start + task.duration, end.at) - task.start - LONG_TASK_MS);
    }
    return { renderMs: end.at, longTasks, totalBlockingMs, longestTaskMs, ...network.totals() };
  } finally {
    await context.close();
  }
}
