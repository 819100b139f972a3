/**
 * Chromium for the end-to-end tests and the page benchmark: Debian's Chromium driven by
 * puppeteer-core, with the flags that keep it quiet on a closed network (web-test-runner.config.mjs
 * passes the same list to the test runner). `CHROME_PATH` overrides the binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Every page is opened at this size (puppeteer's default, stated so the docs can say it). */
export const VIEWPORT = { width: 800, height: 600 } as const;

/** Starts headless Chromium. Every CDP call gives up after `protocolTimeoutMs`. */
export function launchChromium(protocolTimeoutMs: number): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS],
    defaultViewport: VIEWPORT,
    protocolTimeout: protocolTimeoutMs,
  });
}

/** Newest modification time under `dir`, in ms (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true })
    .map((entry) => statSync(join(dir, String(entry))).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
}

/**
 * Runs `npm run build` (scripts/build.mjs) when any of `files` is missing or older than the
 * widgets' and content package's sources, as the end-to-end tests do.
 */
export function ensureBuilt(root: string, files: readonly string[]): void {
  if (files.length === 0) return;
  const sources = Math.max(newest(join(root, 'packages/widgets/src')), newest(join(root, 'packages/content/src')));
  const stale = files.some((file) => {
    const path = join(root, file);
    return !existsSync(path) || statSync(path).mtimeMs < sources;
  });
  if (!stale) return;
  process.stderr.write('Built widgets are older than their sources: running npm run build…\n');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], timeout: 10 * 60_000 });
}
