/**
 * End-to-end helpers: the real demo server, the built CDN bundle and Chromium, with every CSP
 * violation, page error, failed load and request recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const BUNDLE = 'packages/widgets/dist/cdn/index.js';

/** Newest modification time under `dir`, in ms. */
function newest(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((entry) => statSync(join(dir, String(entry))).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
}

/** The demo serves the built bundle: rebuild it when the sources are newer (CI builds first). */
export function ensureBuilt(): void {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  if (built < Math.max(newest('packages/widgets/src'), newest('packages/content/src'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });
  }
}


/** Starts headless Chromium as CI runs it. */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** What happened while a page was open. */
export interface Visit {
  page: Page;
  violations: string[];
  errors: string[];
  requests: string[];
}

/** Opens `path`, recording CSP violations, page errors and every request the page makes. */
export async function visit(browser: Browser, url: string): Promise<Visit> {
  const page = await browser.newPage();
  const visitRecord: Visit = { page, violations: [], errors: [], requests: [] };
  await page.exposeFunction('__fhViolation', (text: string) => visitRecord.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __fhViolation: (t: string) => void }).__fhViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => visitRecord.errors.push(String(error)));
  page.on('console', (message) => {
    // Failed loads are reported with their address by the response listener below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) visitRecord.errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) visitRecord.errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => visitRecord.requests.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return visitRecord;
}

/** Text of an element's shadow root, once it has rendered `selector` there. */
export async function shadowText(page: Page, tag: string, selector: string): Promise<string> {
  await page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 10_000 }, tag, selector);
  return page.$eval(tag, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

