/**
 * `npm run bench:profile -- [page-id] [--cpu 4] [--runs 3]`: where a bench page's main thread
 * spends its time until the widget has rendered. Opens the page like `npm run bench:page` does
 * (the demo server in-process, a fresh context, cache disabled, CPU throttled), records a CDP
 * `Profiler` CPU profile and prints self time by script and by function (median over the runs is
 * not meaningful for a profile, so the runs are summed). With `--tasks`, records a trace instead
 * and prints each long task (over 50 ms, until the widget has rendered) with the trace events it
 * is made of (script compile and evaluation, function calls, style, layout, GC), by self time.
 * Prints only; writes nothing.
 */
import { parseArgs } from 'node:util';
import { demoMounts } from '../packages/cli/src/commands/dev.js';
import { startDevServer } from '../packages/cli/src/dev/dev-server.js';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../packages/cli/src/space-connection.js';
import { ensureBuilt, launchChromium } from './chromium.js';
import { BENCH_PAGES, benchMounts } from './bench/pages.js';
import { ROOT } from './bench/run.js';
import { join } from 'node:path';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { tmpdir } from 'node:os';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cpu: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '25' },
    tasks: { type: 'boolean', default: false },
  },
});
const page = BENCH_PAGES.find((p) => p.id === (positionals[0] ?? 'card'));
if (!page) throw new Error(`No bench page ${positionals[0]}; try one of ${BENCH_PAGES.map((p) => p.id).join(', ')}`);
ensureBuilt(ROOT, page.builtFiles);
const buildDir = mkdtempSync(join(tmpdir(), 'fh-profile-'));
const server = await startDevServer({
  space: await readSpaceFile(SAMPLE_SPACE_FILE),
  host: '127.0.0.1',
  port: 0,
  mounts: [...benchMounts(join(ROOT, 'scripts/bench/pages'), buildDir), ...demoMounts()],
});
const browser = await launchChromium(60_000);
const byScript = new Map<string, number>();
const byFunction = new Map<string, number>();
const bySource = new Map<string, number>();
const consumers = new Map<string, SourceMapConsumer | null>();
/** The original module of a position in a CDN chunk, from the chunk's source map. */
const sourceOf = (script: string, line: number, column: number): string | undefined => {
  const file = /\/widgets\/cdn\/([^/?]+\.js)$/.exec(script)?.[1];
  if (!file) return undefined;
  if (!consumers.has(file)) {
    const map = join(ROOT, 'packages/widgets/dist/cdn', `${file}.map`);
    consumers.set(file, existsSync(map) ? new SourceMapConsumer(readFileSync(map, 'utf8')) : null);
  }
  const source = consumers.get(file)?.originalPositionFor({ line: line + 1, column }).source;
  return source?.replace(/^.*?(node_modules|packages)\//, '$1/');
};
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
try {
  for (let run = 0; run <= Number(values.runs); run++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const session = await tab.createCDPSession();
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await session.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await tab.evaluateOnNewDocument((element: string) => {
      (window as unknown as { __loaded: Promise<void> }).__loaded = new Promise((resolve) =>
        document.addEventListener('fh-content-loaded', (e) => (e.target as Element).localName === element && resolve(), { capture: true }),
      );
    }, page.element);
    if (values.tasks) {
      await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink'] });
    } else {
      await session.send('Profiler.start');
    }
    await tab.goto(new URL(page.path, server.url).href, { waitUntil: 'load' });
    await tab.evaluate(() => (window as unknown as { __loaded: Promise<void> }).__loaded);
    if (values.tasks) {
      const trace = await tab.tracing.stop();
      await context.close();
      if (run > 0) printLongTasks(run, JSON.parse(Buffer.from(trace!).toString('utf8')) as { traceEvents: TraceEvent[] });
      continue;
    }
    const { profile } = await session.send('Profiler.stop');
    await context.close();
    if (run === 0) continue; // warm-up: the server builds the pack on its first request
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const node = nodes.get(id)!;
      const ms = (dt[i + 1] ?? 0) / 1000;
      const frame = node.callFrame;
      const script = frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : `(${frame.functionName || 'native'})`;
      if (frame.functionName === '(idle)' || frame.functionName === '(program)') return add(byScript, frame.functionName, ms);
      add(byScript, script, ms);
      add(bySource, sourceOf(script, frame.lineNumber, frame.columnNumber) ?? script, ms);
      add(byFunction, `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`, ms);
    });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(buildDir, { recursive: true, force: true });
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** Each main-thread task over 50 ms of one visit, with its trace events by self time. */
function printLongTasks(run: number, { traceEvents }: { traceEvents: TraceEvent[] }): void {
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const events = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
  const origin = events[0]?.ts ?? 0;
  console.log(`
run ${run}: ${tasks.length} long tasks`);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Self time: an event's duration minus that of the events nested directly in it.
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    const label = (e: TraceEvent) => {
      const url = e.args?.data?.url?.replace(/^https?:\/\/[^/]+/, '');
      return url ? `${e.name} ${url}` : e.name;
    };
    const credit = (e: TraceEvent, us: number) => self.set(label(e), (self.get(label(e)) ?? 0) + us);
    let nested = task.dur!;
    for (const e of inside) {
      while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) credit(parent, -e.dur!);
      else nested -= e.dur!;
      credit(e, e.dur!);
      stack.push(e);
    }
    credit(task, nested);
    const parts = [...self].filter(([, us]) => us > 2_000).sort((a, b) => b[1] - a[1]);
    console.log(`  task at ${((task.ts - origin) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms: ${parts.map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`).join(', ')}`);
  }
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (ms of self time, ${values.runs} runs summed, ${values.cpu}× CPU)`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`  ${ms.toFixed(1).padStart(8)}  ${key}`);
};
if (!values.tasks) {
  print(`${page.id}: by script`, byScript);
  print(`${page.id}: by source module (CDN chunks mapped through their source maps)`, bySource);
  print(`${page.id}: by function`, byFunction);
}
