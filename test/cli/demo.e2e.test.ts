/**
 * The demo end to end, as a family would meet it: the example council pages served by
 * `family-hubs dev` under the strict Content-Security-Policy, the built CDN bundle, the local
 * Contentful Delivery API serving the sample council, in Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { demoMounts } from '../../packages/cli/src/commands/dev.js';
import { startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../../packages/cli/src/space-connection.js';

const BUNDLE = 'packages/widgets/dist/cdn/index.js';

/** Newest modification time under `dir`, in ms. */
function newest(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((entry) => statSync(join(dir, String(entry))).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
}

/** The demo serves the built bundle: rebuild it when the sources are newer (CI builds first). */
function ensureBuilt(): void {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  if (built < Math.max(newest('packages/widgets/src'), newest('packages/content/src'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });
  }
}

let server: DevServer;
let browser: Browser;

before(async () => {
  ensureBuilt();
  server = await startDevServer({ space: await readSpaceFile(SAMPLE_SPACE_FILE), port: 0, mounts: demoMounts() });
  browser = await puppeteer.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  violations: string[];
  errors: string[];
  requests: string[];
}

/** Opens `path`, recording CSP violations, page errors and every request the page makes. */
async function visit(path: string): Promise<Visit> {
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
  await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle0' });
  return visitRecord;
}

/** Text of an element's shadow root, once it has rendered `selector` there. */
async function shadowText(page: Page, tag: string, selector: string): Promise<string> {
  await page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 10_000 }, tag, selector);
  return page.$eval(tag, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

describe('demo (npm start)', () => {
  it('shows the Start for Life card on the home page, from the CMS, under a strict CSP with no violations', async () => {
    const { page, violations, errors, requests } = await visit('/');
    const text = await shadowText(page, 'fh-start-for-life-offer', '.card');
    assert.match(text, /Start for Life/);
    const link = await page.$eval('fh-start-for-life-offer', (el) => el.shadowRoot!.querySelector('a[part="full-offer-link"]')!.getAttribute('href'));
    assert.equal(link, '/start-for-life');
    assert.ok(requests.some((url) => url.includes('/spaces/northshire/')), 'content came through the Delivery API');
    assert.deepEqual(violations, [], 'no Content-Security-Policy violations (zod runs jitless, no inline styles or scripts)');
    assert.deepEqual(errors, []);
    const origin = new URL(server.url).origin;
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), [], 'no third-party requests');
    await page.close();
  });

  it('shows the full offer with every required category on the Start for Life page', async () => {
    const { page, violations } = await visit('/start-for-life');
    await shadowText(page, 'fh-start-for-life-offer', '.offer');
    const headings = await page.$eval('fh-start-for-life-offer', (el) => ({
      h1: [...el.shadowRoot!.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      h2: [...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent.trim()),
    }));
    assert.deepEqual(headings.h1, ['Start for Life']);
    assert.ok(headings.h2.length >= 8, `sections: ${headings.h2.join(', ')}`);
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('prints the full offer as a handout with a QR code', async () => {
    const { page } = await visit('/start-for-life');
    await shadowText(page, 'fh-start-for-life-offer', '.offer');
    await page.emulateMediaType('print');
    const shown = await page.$eval('fh-start-for-life-offer', (el) => ({
      qr: getComputedStyle(el.shadowRoot!.querySelector('[part="print-details"]')!).display !== 'none',
      filter: getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).display,
    }));
    assert.deepEqual(shown, { qr: true, filter: 'none' });
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a real PDF came out');
    await page.close();
  });

  it('shows the offer in Polish on the Polish page', async () => {
    const { page } = await visit('/pl/');
    await page.waitForFunction(() => document.querySelector('fh-start-for-life-offer')?.shadowRoot?.querySelector('legend')?.textContent === 'Pokaż wsparcie na etapie', { timeout: 10_000 });
    await page.close();
  });
});
