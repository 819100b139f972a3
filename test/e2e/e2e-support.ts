/**
 * End-to-end helpers: the real demo server, the built CDN bundle and Chromium, with every CSP
 * violation, page error, failed load and request recorded.
 */
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBuilt as ensureFilesBuilt } from '../../scripts/chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The demo serves the built bundle: rebuild it when the sources are newer (CI builds first). */
export function ensureBuilt(): void {
  ensureFilesBuilt(ROOT, ['packages/widgets/dist/cdn/index.js', 'packages/widgets/dist/cdn/start-for-life-offer.js', 'packages/widgets/dist/cdn/autoloader.js', 'packages/widgets/dist/cdn/service-search.js']);
}

/** Starts headless Chromium as CI runs it. */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
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

