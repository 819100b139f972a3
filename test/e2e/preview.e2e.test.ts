/**
 * Editor preview, end to end: a preview page reads draft content through the (local) Content
 * Preview API and tags each part with the entry and field it comes from; a public page reads the
 * Delivery API and carries no tags. Built CDN bundle, real contentful client, Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { DEMO_SPACE, startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { buildSpace, doc, link } from '../support/space-builder.js';
import { offerEntries } from '../widgets/start-for-life-offer/offer-space.js';
import { ensureBuilt, launchBrowser, shadowText, visit } from './e2e-support.js';

/** The offer, with a draft item an editor has linked from the Maternity section but not published. */
function spaceWithDraft() {
  const entries = offerEntries([
    { id: 'i-draft', type: 'startForLifeItem', fields: { title: 'Baby sleep workshop', summary: doc('New this spring.'), access: ['booking'], accessPhone: '0161 496 0123' }, draft: true },
  ]);
  const maternity = entries.find((e) => e.id === 'sec-mat')!;
  maternity.fields = { ...maternity.fields, items: [link('i-midwife'), link('i-draft')] };
  return buildSpace(entries);
}

const page = (token: string, preview: boolean) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Offer</title>
<link rel="icon" href="data:,"><script type="module" src="/widgets/cdn/index.js"></script></head><body>
<fh-content-source space="${DEMO_SPACE.space}" access-token="${token}" same-origin${preview ? ' preview' : ''}></fh-content-source>
<main><fh-start-for-life-offer><p>Call 0161 496 0000</p></fh-start-for-life-offer></main></body></html>`;

let server: DevServer;
let browser: Browser;

before(async () => {
  ensureBuilt();
  const pages = await mkdtemp(join(tmpdir(), 'family-hubs-preview-'));
  await writeFile(join(pages, 'public.html'), page(DEMO_SPACE.deliveryToken, false));
  await writeFile(join(pages, 'preview.html'), page(DEMO_SPACE.previewToken, true));
  // Contentful shows the preview page inside its editor; this stands in for that frame.
  await writeFile(join(pages, 'pane.html'), '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Editor</title><link rel="icon" href="data:,"></head><body><iframe title="Preview" src="/preview" width="900" height="700"></iframe></body></html>');
  server = await startDevServer({ space: spaceWithDraft(), port: 0, mounts: [['/widgets/', resolve('packages/widgets/dist')], ['/', pages]] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const itemTitles = (v: Awaited<ReturnType<typeof visit>>) =>
  v.page.$eval('fh-start-for-life-offer', (el) => [...el.shadowRoot!.querySelectorAll('.item-title')].map((h) => h.textContent.trim()));

/**
 * The demo server answers as the Preview API on `preview.localhost`, as Contentful does on
 * preview.contentful.com; Chromium resolves every *.localhost name to the loopback address.
 * Preview pages are served from there so that `same-origin` reaches the Preview API.
 */
const previewOrigin = (url: string) => {
  const parsed = new URL(url);
  parsed.hostname = 'preview.localhost';
  return parsed.href;
};

const loadedLivePreview = (v: Awaited<ReturnType<typeof visit>>) => v.requests.some((url) => url.includes('/widgets/cdn/contentful-live-preview-'));

describe('editor preview (Content Preview API)', () => {
  it('a public page shows published content only, with no editor tags', async () => {
    const visited = await visit(browser, new URL('public', server.url).href);
    await shadowText(visited.page, 'fh-start-for-life-offer', '.offer');
    const titles = await itemTitles(visited);
    assert.ok(titles.includes('Your midwife'));
    assert.ok(!titles.includes('Baby sleep workshop'), 'the draft is not on the public page');
    assert.equal(await visited.page.$eval('fh-start-for-life-offer', (el) => el.shadowRoot!.querySelectorAll('[data-fh-entry]').length), 0);
    assert.equal(loadedLivePreview(visited), false, 'public pages never download the live preview library');
    assert.deepEqual([visited.violations, visited.errors], [[], []]);
    await visited.page.close();
  });

  it('a preview page shows the draft, tagged with the entry and field it comes from', async () => {
    const visited = await visit(browser, new URL('preview', previewOrigin(server.url)).href);
    await shadowText(visited.page, 'fh-start-for-life-offer', '.offer');
    assert.ok((await itemTitles(visited)).includes('Baby sleep workshop'));
    const tagged = await visited.page.$eval('fh-start-for-life-offer', (el) =>
      el.shadowRoot!.querySelector('[data-fh-entry="i-draft"][data-fh-field="title"]')?.textContent,
    );
    assert.equal(tagged, 'Baby sleep workshop');
    assert.ok(visited.requests.some((url) => url.includes('/spaces/northshire/')), 'read through the Contentful API');
    assert.equal(loadedLivePreview(visited), false, 'not inside Contentful: no live preview library');
    assert.deepEqual([visited.violations, visited.errors], [[], []]);
    await visited.page.close();
  });

  it('a preview token on the public host gets no drafts: the Delivery API refuses it', async () => {
    const visited = await visit(browser, new URL('preview', server.url).href);
    assert.ok(visited.errors.some((e) => /HTTP 401 .*\/spaces\/northshire\//.test(e)), visited.errors.join('\n'));
    const titles = await visited.page.$eval('fh-start-for-life-offer', (el) => [...(el.shadowRoot?.querySelectorAll('.item-title') ?? [])].map((h) => h.textContent.trim()));
    assert.ok(!titles.includes('Baby sleep workshop'), 'no draft reached the page');
    await visited.page.close();
  });

  it('inside the editor’s preview pane, connects Contentful live preview', async () => {
    const visited = await visit(browser, new URL('pane', previewOrigin(server.url)).href);
    const frame = visited.page.frames().find((f) => f.url().endsWith('/preview'))!;
    await frame.waitForFunction(() => document.querySelector('fh-start-for-life-offer')?.shadowRoot?.querySelector('.offer.preview'), { timeout: 10_000 });
    assert.ok(loadedLivePreview(visited), 'the live preview library loaded in the pane');
    assert.deepEqual([visited.violations, visited.errors], [[], []]);
    await visited.page.close();
  });
});
