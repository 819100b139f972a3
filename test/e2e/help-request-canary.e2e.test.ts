/**
 * The canary test: values a family types into the ask-for-help form appear nowhere but the POST
 * body to the receiver. A unique string goes into every free-text and contact field of the demo's
 * `/help` page (served by `family-hubs dev` with its real receiver, in Chromium), the request is
 * sent, and then every channel is searched for each string: request URLs and headers of every
 * request (CDP Network), the page's address, console messages, cookies, localStorage,
 * sessionStorage, IndexedDB, Cache Storage, every `fh-*` event the page dispatched, the receiver's
 * log lines, and the database (every column of every row, and the file's raw bytes). The one row
 * is then decrypted with the key, to prove the test looked at the right place.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'puppeteer-core';
import { demoMounts } from '../../packages/cli/src/commands/dev.js';
import { startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { parseKeyRing } from '../../packages/cli/src/receiver/keyring.js';
import { unseal } from '../../packages/cli/src/receiver/keyring.js';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../../packages/cli/src/space-connection.js';
import { ensureBuilt, launchBrowser } from './e2e-support.js';

/** Random letters, so a canary cannot turn up by chance (not even inside base64 ciphertext: it has a separator). */
const tag = () => randomBytes(6).toString('hex');
const digits = () => String(100_000 + (randomBytes(3).readUIntBE(0, 3) % 900_000));
const CANARIES = {
  somethingElse: `canary-else-${tag()}`,
  name: `Canary-${tag()}`,
  phone: `07700 9${digits()}`,
  text: `07700 8${digits()}`,
  email: `canary.${tag()}@example.org`,
  post: `12 Canary-${tag()} Street`,
  safeTimes: `canary-times-${tag()}`,
  language: `canary-lang-${tag()}`,
} as const;
/** Each canary, and the same value as it would look percent-encoded or with its spaces dropped. */
const forms = (value: string) => [...new Set([value, encodeURIComponent(value), value.replace(/ /g, '+'), value.replace(/ /g, '')])];

/** Where each canary was found, channel by channel: the assertion names the channel that leaked. */
function leaks(channels: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [channel, text] of Object.entries(channels)) {
    for (const [field, value] of Object.entries(CANARIES)) if (forms(value).some((form) => text.includes(form))) found.push(`${field} in ${channel}`);
  }
  return found;
}

const KEYS = `canary:${randomBytes(32).toString('base64')}`;
let dir: string;
let database: string;
let server: DevServer;
let browser: Browser;
const receiverLog: string[] = [];

before(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'fh-canary-'));
  database = join(dir, 'help-requests.db');
  server = await startDevServer({
    space: await readSpaceFile(SAMPLE_SPACE_FILE),
    port: 0,
    mounts: demoMounts(),
    receiver: { database: `sqlite:${database}`, keys: KEYS, log: (level, event, fields) => receiverLog.push(JSON.stringify({ level, event, ...fields })) },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** What the network saw: every request's method, URL, headers and body, and every response's headers. */
interface NetworkRecord {
  requests: { id: string; method: string; url: string; headers: Record<string, unknown>; postData?: string }[];
  extraHeaders: Record<string, unknown>[];
  responses: { url: string; headers: Record<string, unknown> }[];
}

async function recordNetwork(page: Page): Promise<NetworkRecord> {
  const record: NetworkRecord = { requests: [], extraHeaders: [], responses: [] };
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const { request, requestId } = event;
    record.requests.push({ id: requestId, method: request.method, url: request.url, headers: request.headers, ...(request.postData === undefined ? {} : { postData: request.postData }) });
  });
  // The headers Chromium really sent (cookies included), and those it got back (Set-Cookie).
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => record.extraHeaders.push(event.headers));
  cdp.on('Network.responseReceivedExtraInfo', (event) => record.extraHeaders.push(event.headers));
  cdp.on('Network.responseReceived', (event) => record.responses.push({ url: event.response.url, headers: event.response.headers }));
  return record;
}

/** Records every `fh-*` event dispatched anywhere (shadow roots included) and those reaching window. */
async function recordEvents(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __fhEvents: string[] }).__fhEvents = seen;
    const describe = (event: Event) => {
      let detail = '';
      try {
        detail = JSON.stringify((event as CustomEvent).detail ?? null) ?? '';
      } catch {
        detail = String((event as CustomEvent).detail);
      }
      return `${event.type} ${detail} ${JSON.stringify(Object.fromEntries(Object.entries(event)))}`;
    };
    const prototype = EventTarget.prototype;
    const dispatch: (this: EventTarget, event: Event) => boolean = Reflect.get(prototype, 'dispatchEvent');
    prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('fh-')) seen.push(`dispatched: ${describe(event)}`);
      return dispatch.call(this, event);
    };
    for (const type of ['fh-content-loaded', 'fh-content-error', 'fh-ask-for-help', 'fh-exit-this-page', 'fh-help-request-sent']) {
      window.addEventListener(type, (event) => seen.push(`window: ${describe(event)}`), { capture: true });
    }
  });
}

/** Everything the page keeps on the device: cookies, both storages, IndexedDB and Cache Storage. */
function deviceStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const dumpStorage = (storage: Storage) => JSON.stringify(Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key)])));
    const databases = await indexedDB.databases();
    const indexed: unknown[] = [];
    for (const info of databases) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        });
        indexed.push({ db: info.name, store, all });
      }
      db.close();
    }
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push(`${name} ${request.url} ${await ((await cache.match(request))?.text() ?? Promise.resolve(''))}`);
    }
    return {
      cookies: document.cookie,
      localStorage: dumpStorage(localStorage),
      sessionStorage: dumpStorage(sessionStorage),
      indexedDB: JSON.stringify({ names: databases.map((d) => d.name), indexed }),
      cacheStorage: cached.join('\n'),
      address: `${location.href} ${history.length} ${JSON.stringify(history.state)}`,
    };
  });
}

/** The button with `text` inside the form. */
async function press(page: Page, text: string): Promise<void> {
  await page.evaluate((label) => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === label)!.click(), text);
}

async function heading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes(t), { timeout: 15_000 }, text);
}

/** Ticks the checkbox or radio whose label reads `label`. */
async function tick(page: Page, label: string): Promise<void> {
  const id = await page.evaluate((text) => [...document.querySelectorAll('fh-help-request label')].find((l) => l.textContent?.trim() === text)?.getAttribute('for'), label);
  assert.ok(id, `a choice labelled "${label}"`);
  await page.click(`[id="${id}"]`);
}

/** Types `value` into the field named `name`, key by key, as a family would. */
async function type(page: Page, name: string, value: string): Promise<void> {
  const selector = `fh-help-request [name="${name}"]`;
  await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  await page.type(selector, value);
}

describe('canary: what a family types goes nowhere but the POST body', () => {
  it('finds each value in the POST body only, and in the database only encrypted', async () => {
    const page = await browser.newPage();
    // tsx names functions with a `__name` helper that pages do not have: give them a no-op one.
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
    const network = await recordNetwork(page);
    await recordEvents(page);
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(`${message.type()} ${message.text()} ${JSON.stringify(message.args().map((arg): unknown => arg.remoteObject().description ?? (arg.remoteObject().value as unknown)))}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror ${String(error)}`));
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));

    await page.goto(new URL('/help', server.url).href, { waitUntil: 'networkidle0' });
    await heading(page, 'Ask for help');
    await press(page, 'Start now');
    await heading(page, 'What would help?');
    await page.click('fh-help-request input[name="topics"]');
    await tick(page, 'Something else');
    await type(page, 'somethingElse', CANARIES.somethingElse);
    await press(page, 'Continue');
    await heading(page, 'Would you like us to contact you?');
    await tick(page, 'Yes, please contact me');
    await press(page, 'Continue');
    await heading(page, 'Who is the help for?');
    await press(page, 'Continue');
    await heading(page, 'How can we contact you?');
    await type(page, 'name', CANARIES.name);
    for (const method of ['Phone call', 'Text message', 'Email', 'Letter']) await tick(page, method);
    await type(page, 'phone', CANARIES.phone);
    await type(page, 'text', CANARIES.text);
    await type(page, 'email', CANARIES.email);
    await type(page, 'post', CANARIES.post);
    await press(page, 'Continue');
    await heading(page, 'Is it safe to contact you?');
    await page.evaluate(() => document.querySelectorAll<HTMLInputElement>('fh-help-request input[type="radio"][value="yes"]').forEach((radio) => radio.click()));
    await type(page, 'safeTimes', CANARIES.safeTimes);
    await press(page, 'Continue');
    await heading(page, 'Is there anything that would make talking to us easier?');
    await type(page, 'language', CANARIES.language);
    await press(page, 'Continue');
    await heading(page, 'Check your answers before sending');
    await press(page, 'Send');
    await page.waitForFunction(() => document.querySelector('fh-help-request .fh-reference')?.textContent?.trim(), { timeout: 15_000 });
    const reference = await page.$eval('fh-help-request .fh-reference', (el) => el.textContent?.trim() ?? '');
    assert.match(reference, /^FH-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const storage = await deviceStorage(page);
    const events = await page.evaluate(() => (window as unknown as { __fhEvents: string[] }).__fhEvents);
    await page.close();

    // The POST body carries every value: the channel the test looks at is the real one.
    const posts = network.requests.filter((request) => request.method === 'POST');
    assert.equal(posts.length, 1, `one POST: ${posts.map((p) => p.url).join(', ')}`);
    assert.equal(new URL(posts[0]!.url).pathname, '/api/help-requests');
    const sent = JSON.parse(posts[0]!.postData ?? '{}') as { contact?: Record<string, string>; somethingElse?: string; safety?: { safeTimes?: string }; access?: { language?: string } };
    assert.deepEqual(
      { ...sent.contact, somethingElse: sent.somethingElse, safeTimes: sent.safety?.safeTimes, language: sent.access?.language },
      { name: CANARIES.name, phone: CANARIES.phone, text: CANARIES.text, email: CANARIES.email, post: CANARIES.post, somethingElse: CANARIES.somethingElse, safeTimes: CANARIES.safeTimes, language: CANARIES.language },
    );
    assert.ok(events.some((event) => event.includes('fh-content-loaded')), 'the event recorder saw the widget’s events');
    // A test fills the form faster than a family can, so the receiver may quarantine it as too fast
    // (stored all the same): either line proves the sink saw this request.
    assert.ok(
      receiverLog.some((line) => /"request\.(accepted|quarantined)"/.test(line) && line.includes(reference)),
      `the receiver’s log sink got its lines: ${receiverLog.join(' | ')}`,
    );
    assert.ok(network.requests.length > 5 && network.extraHeaders.length > 5, 'the network recorder saw the page’s requests');

    // Everything else, channel by channel.
    const { rows, raw } = await readDatabase();
    const channels: Record<string, string> = {
      'request URLs': [...network.requests.map((r) => r.url), ...network.responses.map((r) => r.url)].join('\n'),
      'page addresses': [...addresses, storage['address']].join('\n'),
      'request headers': JSON.stringify([...network.requests.map((r) => r.headers), ...network.extraHeaders]),
      'response headers': JSON.stringify(network.responses.map((r) => r.headers)),
      'bodies of other requests': network.requests.filter((r) => r !== posts[0]).map((r) => r.postData ?? '').join('\n'),
      console: consoleLines.join('\n'),
      cookies: storage['cookies']!,
      localStorage: storage['localStorage']!,
      sessionStorage: storage['sessionStorage']!,
      IndexedDB: storage['indexedDB']!,
      'Cache Storage': storage['cacheStorage']!,
      'fh-* events': events.join('\n'),
      'receiver log': receiverLog.join('\n'),
      'database rows': JSON.stringify(rows),
      'database files': raw,
    };
    assert.deepEqual(leaks(channels), [], 'no typed value outside the POST body');

    // In the database only encrypted: the one row opens with the key, and holds every value.
    const stored = rows['fh_requests']!;
    assert.equal(stored.length, 1);
    const row = stored[0]! as { reference: string; key_id: string; sealed: string };
    assert.equal(row.reference, reference);
    const opened = unseal(parseKeyRing(KEYS), { keyId: row.key_id, sealed: row.sealed }, reference);
    for (const value of Object.values(CANARIES)) assert.ok(opened.includes(value), `the sealed column holds ${value}`);
  });
});

/** Every row of every table, and the raw bytes of the database file and its journal, as text. */
async function readDatabase(): Promise<{ rows: Record<string, Record<string, unknown>[]>; raw: string }> {
  const db = new DatabaseSync(database, { readOnly: true });
  const rows: Record<string, Record<string, unknown>[]> = {};
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    for (const { name } of tables) rows[name] = db.prepare(`SELECT * FROM "${name}"`).all();
  } finally {
    db.close();
  }
  let raw = '';
  for (const file of await readdir(dir)) raw += (await readFile(join(dir, file))).toString('latin1');
  return { rows, raw };
}
