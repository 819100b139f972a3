/**
 * The demo end to end, as a family would meet it: the example council pages served by
 * `family-hubs dev` under the strict Content-Security-Policy, the built CDN bundle, the local
 * Contentful Delivery API serving the sample council, in Chromium.
 */
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { demoMounts } from '../../packages/cli/src/commands/dev.js';
import { startDevServer, type DevServer } from '../../packages/cli/src/dev/dev-server.js';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../../packages/cli/src/space-connection.js';
import { ensureBuilt, launchBrowser, shadowText, visit as open } from './e2e-support.js';

const BENCH_PAGES = fileURLToPath(new URL('../../scripts/bench/pages/', import.meta.url));

let server: DevServer;
let browser: Browser;

before(async () => {
  ensureBuilt();
  // The bench's pages too: its home page card reads the demo's content pack, not the CMS.
  server = await startDevServer({ space: await readSpaceFile(SAMPLE_SPACE_FILE), port: 0, mounts: [['/bench/', BENCH_PAGES], ...demoMounts()] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const visit = (path: string) => open(browser, new URL(path, server.url).href);

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

  it('shows the card from the content pack’s prebuilt view under the strict CSP, checking it for shape without downloading zod, the schemas or the content model', async () => {
    const { page, violations, errors, requests } = await visit('/bench/card.html');
    const text = await shadowText(page, 'fh-start-for-life-offer', '.card');
    assert.match(text, /Start for Life/);
    assert.ok(requests.some((url) => url.endsWith('/content-pack/manifest.json')), 'content came from the pack');
    assert.ok(!requests.some((url) => url.includes('/spaces/')), 'not from the CMS');
    const chunks = requests.filter((url) => url.includes('/widgets/cdn/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
    assert.ok(chunks.some((name) => name.startsWith('runtime-')), `the content runtime loaded: ${chunks.join(', ')}`);
    assert.deepEqual(chunks.filter((name) => /^(zod|validation)-/.test(name)), [], 'a built pack is not validated again in the browser');
    assert.deepEqual(chunks.filter((name) => /^(offer-layouts|print)-/.test(name)), [], 'a card does not download the full layout or the print helper');
    // The pack carries the offer's view prebuilt: the card reads it, and no entities, descriptions or resolver.
    const pack = requests.filter((url) => url.includes('/content-pack/')).map((url) => url.slice(url.indexOf('/content-pack/') + '/content-pack/'.length));
    assert.deepEqual(pack, ['manifest.json', 'en-GB/view-start-for-life-offer.json'], 'two pack requests: the manifest and the offer’s view');
    assert.deepEqual(chunks.filter((name) => /^(content-model|resolve-|vocabularies-|announcer-)/.test(name)), [], 'no content model, resolver, vocabularies or announcer');
    // Wherever a later build puts zod, its schemas' `_zod` internals go with it (a string no other code has).
    const scripts = requests.filter((url) => url.includes('/widgets/cdn/') && url.endsWith('.js'));
    const withZod = await page.evaluate(async (urls) => {
      const texts = await Promise.all(urls.map(async (url) => [url, await (await fetch(url)).text()] as const));
      return texts.filter(([, text]) => text.includes('._zod')).map(([url]) => url);
    }, scripts);
    assert.deepEqual(withZod, [], 'no script the page downloaded carries zod');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('defines only the widgets on the page through the autoloader, and one the page adds later, under the strict CSP', async () => {
    // The services page has the service search and its content source, not the offer.
    const { page, violations, errors, requests } = await visit('/services');
    await page.waitForFunction(() => customElements.get('fh-service-search') !== undefined, { timeout: 10_000 });
    assert.ok(requests.some((url) => url.endsWith('/widgets/cdn/autoloader.js')), 'the page loads the autoloader');
    assert.equal(await page.evaluate(() => customElements.get('fh-start-for-life-offer') === undefined), true, 'a widget not on the page is not loaded');
    await page.evaluate(() => {
      const later = document.createElement('fh-start-for-life-offer');
      later.setAttribute('layout', 'card');
      document.querySelector('main')!.append(later);
    });
    await page.waitForFunction(() => document.querySelector('fh-start-for-life-offer')?.shadowRoot?.querySelector('.card'), { timeout: 10_000 });
    assert.ok(!requests.some((url) => url.endsWith('/widgets/cdn/index.js')), 'not the every-widget entry');
    assert.ok(!requests.some((url) => url.includes('contentful-live-preview')), 'editors’ live preview stays off public pages');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('finds support near a postcode on the services page: results by distance, the nearest hub, a service’s stable link', async () => {
    const { page, violations, errors, requests } = await visit('/services');
    await shadowText(page, 'fh-service-search', '.results-heading');
    const field = await page.waitForFunction(() => document.querySelector('fh-service-search')!.shadowRoot!.querySelector('input[autocomplete="postal-code"]'));
    await field.asElement()!.evaluate((input) => (input as HTMLInputElement).focus());
    await page.keyboard.type('ns4 2qr');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => / near NS4$/.test(document.querySelector('fh-service-search')!.shadowRoot!.querySelector('.results-heading')?.textContent ?? ''), { timeout: 10_000 });
    const hub = await shadowText(page, 'fh-service-search', '[part="hub"]');
    assert.match(hub, /Your nearest Best Start Family Hub Eastfield Family Hub/);
    assert.ok(requests.some((url) => url.includes('/api/postcodes/NS4%202QR')), 'the postcode went to the configured geocoder, once');
    assert.equal(new URL(page.url()).searchParams.get('area'), 'NS4', 'the council keeps the area in the address');
    assert.ok(!page.url().includes('2QR'), 'never the full postcode');
    assert.ok(requests.some((url) => url.endsWith('/widgets/cdn/service-search-worker.js')), 'the search runs in the CDN build’s worker, allowed by the CSP');
    assert.ok(
      page.workers().some((worker) => worker.url().endsWith('/widgets/cdn/service-search-worker.js')),
      'which is still running (the engine stops it when it falls back to the page)',
    );
    const origin = new URL(server.url).origin;
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), [], 'no third-party requests');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();

    const detail = await visit('/services?service=svc-baby-clinic');
    const text = await shadowText(detail.page, 'fh-service-search', '.detail');
    assert.match(text, /Baby clinic/);
    assert.match(text, /Back to results/);
    assert.deepEqual(detail.errors, []);
    await detail.page.close();
  });

  for (const chunk of ['engine', 'search-results']) {
    it(`says the search did not work, with a phone number, when its ${chunk} chunk cannot be loaded (the connection dropped)`, async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (new RegExp(`/widgets/cdn/${chunk}-[\\w-]+\\.js$`).test(request.url())) void request.abort('internetdisconnected');
        else void request.continue();
      });
      await page.goto(new URL('/services', server.url).href, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('fh-service-search')?.shadowRoot?.querySelector('[role="alert"] .fh-error-message'), { timeout: 15_000 });
      const alert = await page.$eval('fh-service-search', (el) => {
        const box = el.shadowRoot!.querySelector('[role="alert"]')!;
        return { text: box.querySelector('.fh-error-message')!.textContent, phone: box.querySelector('a[href^="tel:"]')?.getAttribute('href') };
      });
      assert.equal(alert.text, 'The search did not work. Try again, or contact us.');
      assert.match(alert.phone ?? '', /^tel:/, 'the hub’s phone number is the way on');
      assert.ok(await page.$eval('fh-service-search', (el) => el.shadowRoot!.querySelector('input[type="search"], input[name="text"], input') !== null), 'the search form stays on screen');
      await page.close();
    });
  }

  it('searches services read from the Open Referral UK feed the demo publishes, on its second services page', async () => {
    const { page, violations, errors, requests } = await visit('/services-oruk');
    const heading = await shadowText(page, 'fh-service-search', '.results-heading');
    assert.match(heading, /68 services/);
    assert.ok(requests.some((url) => new URL(url).pathname === '/oruk/'), 'the reader asked the feed for its version');
    assert.ok(requests.some((url) => new URL(url).pathname === '/oruk/services'), 'and read its services');
    assert.ok(!requests.some((url) => url.includes('/entries')), 'services did not come from the CMS');
    const text = await shadowText(page, 'fh-service-search', '.result');
    assert.match(text, /When ?(Every|First|Second|Third|Last) /, 'feed schedules read as times in words');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('searches through the Open Referral UK API’s own search on a third services page (search="server"), with paging, under the strict CSP', async () => {
    const { page, violations, errors, requests } = await visit('/services-server');
    const feedTotal = async (query: string) => ((await (await fetch(new URL(`/oruk/services?${query}per_page=1`, server.url))).json()) as { total_items: number }).total_items;
    const heading = () => page.$eval('fh-service-search', (el) => el.shadowRoot!.querySelector('.results-heading')?.textContent?.trim() ?? '');
    await shadowText(page, 'fh-service-search', '.results-heading');
    assert.equal(await heading(), `${await feedTotal('')} services`);
    const asked = () => requests.map((url) => new URL(url)).filter((url) => url.pathname === '/oruk/services');
    assert.ok(asked().some((url) => url.searchParams.get('page') === '1' && url.searchParams.get('per_page') === '10'), 'one page of ten from the API');
    assert.ok(!asked().some((url) => url.searchParams.get('per_page') === '100'), 'the directory is not read into the page');

    await page.$eval('fh-service-search', (el) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.pagination a')].find((a) => a.textContent.includes('Next'))!.click());
    await page.waitForFunction(() => document.querySelector('fh-service-search')!.shadowRoot!.querySelector('.results')?.getAttribute('start') === '11', { timeout: 10_000 });
    assert.ok(asked().some((url) => url.searchParams.get('page') === '2' && url.searchParams.get('per_page') === '10'), 'page 2 from the API');

    const field = await page.waitForFunction(() => document.querySelector('fh-service-search')!.shadowRoot!.querySelector('input[type="search"]'));
    await field.asElement()!.evaluate((input) => (input as HTMLInputElement).focus());
    await page.keyboard.type('baby');
    const total = await feedTotal('search=baby&');
    await page.waitForFunction((want) => document.querySelector('fh-service-search')!.shadowRoot!.querySelector('.results-heading')?.textContent?.trim() === want, { timeout: 10_000 }, `${total} services`);
    assert.ok(asked().some((url) => url.searchParams.get('search') === 'baby'), 'the words went to the API as `search`');
    const names = await page.$$eval('fh-service-search', (els) => [...els[0]!.shadowRoot!.querySelectorAll('.result-title a')].map((a) => a.textContent.trim()));
    assert.equal(names.length, Math.min(10, total));
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the programme finder over the sample council on the programmes page, and sorts by a postcode through the demo geocoder', async () => {
    const { page, violations, errors, requests } = await visit('/programmes');
    await shadowText(page, 'fh-programme-finder', '.step');
    await page.$eval('fh-programme-finder', (el) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Show me everything'))!.click());
    const names = await page.waitForFunction(
      () => [...(document.querySelector('fh-programme-finder')?.shadowRoot?.querySelectorAll('.programme') ?? [])].length,
      { timeout: 10_000 },
    );
    assert.ok(Number(await names.jsonValue()) >= 5);
    await page.$eval('fh-programme-finder', (el) => {
      (el.shadowRoot!.querySelector('#postcode') as HTMLInputElement).value = 'NS1 4AB';
      (el.shadowRoot!.querySelector('form.postcode') as HTMLFormElement).requestSubmit();
    });
    await page.waitForFunction(() => document.querySelector('fh-programme-finder')?.shadowRoot?.querySelector('.distance'), { timeout: 10_000 });
    assert.ok(requests.some((url) => url.includes('/api/postcodes/NS1%204AB')), 'the postcode went to the demo geocoder');
    assert.ok(requests.some((url) => url.endsWith('/widgets/cdn/autoloader.js')));
    assert.ok(requests.some((url) => /\/widgets\/cdn\/finder-results-[\w-]+\.js$/.test(url)), 'the results arrive after the first step');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the page’s own fallback text when the programme finder’s results cannot be loaded (the connection dropped)', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/\/widgets\/cdn\/finder-results-[\w-]+\.js$/.test(request.url())) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('fh-content-error', (event) => ((window as unknown as { __fhErrors: unknown[] }).__fhErrors ??= []).push((event as CustomEvent).detail));
    });
    await page.goto(new URL('/programmes', server.url).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fh-programme-finder')?.shadowRoot?.querySelector('.step'), { timeout: 15_000 });
    await page.$eval('fh-programme-finder', (el) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Show me everything'))!.click());
    await page.waitForFunction(() => {
      const finder = document.querySelector('fh-programme-finder');
      const slot = finder?.shadowRoot?.querySelector('slot');
      return slot && !finder!.shadowRoot!.querySelector('.fh-loading') && slot.assignedNodes({ flatten: true }).some((node) => (node.textContent ?? '').trim().length > 0);
    }, { timeout: 15_000 });
    assert.equal(await page.$eval('fh-programme-finder', (el) => el.shadowRoot!.querySelector('.programme')), null, 'no half-drawn results');
    const reported = await page.evaluate(() => (window as unknown as { __fhErrors?: { message: string }[] }).__fhErrors ?? []);
    assert.ok(reported.some((detail) => detail.message === 'The programme finder’s results could not be loaded'), 'the page hears of it');
    await page.close();
  });

  // Each widget's screens come in a chunk of their own, asked for while its content loads.
  for (const { tag, path, chunk, message, drawn } of [
    { tag: 'fh-service-search', path: '/services', chunk: 'search-screen', message: 'The service search could not be loaded', drawn: '[part="base"]' },
    { tag: 'fh-programme-finder', path: '/programmes', chunk: 'finder-screen', message: 'The programme finder could not be loaded', drawn: '[part="base"]' },
    { tag: 'fh-help-request', path: '/help', chunk: 'help-request-screen', message: 'The help request form could not be loaded', drawn: 'slot[name="form"]' },
  ]) {
    it(`shows the page’s own fallback text and tells the page when ${tag}’s screens cannot be loaded (the connection dropped)`, async () => {
      const page = await browser.newPage();
      const chunkPattern = new RegExp(`/widgets/cdn/${chunk}-[\\w-]+\\.js$`);
      let asked = false;
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (chunkPattern.test(request.url())) {
          asked = true;
          void request.abort('internetdisconnected');
        } else void request.continue();
      });
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('fh-content-error', (event) => ((window as unknown as { __fhErrors: unknown[] }).__fhErrors ??= []).push((event as CustomEvent).detail));
      });
      await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        (name) => {
          const widget = document.querySelector(name);
          const slot = widget?.shadowRoot?.querySelector('slot');
          return slot && !widget!.shadowRoot!.querySelector('.fh-loading') && slot.assignedNodes({ flatten: true }).some((node) => (node.textContent ?? '').trim().length > 0);
        },
        { timeout: 15_000 },
        tag,
      );
      assert.ok(asked, `the ${chunk} chunk was asked for`);
      assert.equal(await page.$eval(tag, (el, selector) => el.shadowRoot!.querySelector(selector), drawn), null, 'nothing half-drawn');
      const reported = await page.evaluate(() => (window as unknown as { __fhErrors?: { message: string }[] }).__fhErrors ?? []);
      assert.ok(reported.some((detail) => detail.message === message), `the page hears of it: ${JSON.stringify(reported)}`);
      await page.close();
    });
  }

  it('runs the ask-for-help form and Exit this page under the strict CSP, sending to the demo’s receiver and showing a reference number', async () => {
    const { page, violations, errors, requests } = await visit('/help');
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes('Ask for help'), { timeout: 15_000 });
    const chunks = () => requests.filter((url) => url.includes('/widgets/cdn/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
    assert.equal(await page.evaluate(() => document.querySelectorAll('fh-exit-this-page').length), 1, 'the page’s own Exit this page, no second one from the form');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('fh-help-request .fh-button')!).fontWeight), '700', 'the adopted stylesheet styles the light-DOM form');
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === 'Start now')!.click());
    await page.waitForFunction(() => document.querySelector('fh-help-request input[name="topics"]'), { timeout: 10_000 });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/zod-[\w-]+\.js$/.test(entry.name)), { timeout: 10_000 });
    assert.ok(chunks().some((name) => name.startsWith('checks-')), 'the checks and the submission arrive after the start page');
    assert.ok(chunks().some((name) => name.startsWith('pages-')), 'the question pages arrive after the start page');
    await page.click('fh-help-request input[name="topics"]');
    const next = () => page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === 'Continue')!.click());
    await next();
    await page.waitForFunction(() => document.querySelector('fh-help-request input[name="route"]'), { timeout: 10_000 });
    await page.click('fh-help-request input[name="route"][value="information"]');
    await next();
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes('Check your answers'), { timeout: 10_000 });
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === 'Send')!.click());
    await page.waitForFunction(() => document.querySelector('fh-help-request .fh-reference')?.textContent?.trim(), { timeout: 15_000 });
    const reference = await page.$eval('fh-help-request .fh-reference', (el) => el.textContent?.trim() ?? '');
    assert.match(reference, /^[A-Z0-9-]{6,}$/, `a reference number from the receiver: ${reference}`);
    assert.equal(await page.$('fh-help-request [data-fh-not-sent]'), null);
    assert.ok(!page.url().includes('information'), 'no answers in the address');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says plainly on the start page when the question pages cannot be loaded, with the phone number, and goes on once they can', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    let offline = true;
    page.on('request', (request) => {
      if (offline && /\/widgets\/cdn\/pages-[\w-]+\.js$/.test(request.url())) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await page.goto(new URL('/help', server.url).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes('Ask for help'), { timeout: 15_000 });
    const press = (text: string) => page.evaluate((t) => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === t)!.click(), text);
    await press('Start now');
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-error-summary]')?.textContent?.includes('The next page could not be loaded'), { timeout: 10_000 });
    const state = await page.evaluate(() => ({
      heading: document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.trim(),
      phone: document.querySelector('fh-help-request [data-fh-error-summary] a[href^="tel:"]')?.textContent,
      focused: document.activeElement === document.querySelector('fh-help-request [data-fh-error-summary]'),
    }));
    assert.deepEqual(state, { heading: 'Ask for help', phone: '0161 496 0100', focused: true });
    // Chromium keeps a failed module for the page's life, so "back online" is a reload here.
    offline = false;
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes('Ask for help'), { timeout: 15_000 });
    await press('Start now');
    await page.waitForFunction(() => document.querySelector('fh-help-request input[name="topics"]'), { timeout: 10_000 });
    await page.close();
  });

  it('says it is loading when Start now waits for the question pages, and stays cleared when Exit this page empties the form meanwhile', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const held: { continue: () => Promise<void> }[] = [];
    page.on('request', (request) => {
      if (/\/widgets\/cdn\/pages-[\w-]+\.js$/.test(request.url())) held.push(request);
      else void request.continue();
    });
    await page.goto(new URL('/help', server.url).href, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes('Ask for help'), { timeout: 15_000 });
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === 'Start now')!.click());
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-waiting]')?.textContent?.trim() === 'Loading the next page…', { timeout: 5_000 });
    // What Exit this page does to the form, before the pages arrive.
    await page.evaluate(() => (document.querySelector('fh-help-request') as HTMLElement & { clear(): void }).clear());
    for (let tries = 0; held.length === 0 && tries < 50; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(held.length > 0, 'the pages were asked for');
    await Promise.all(held.map((request) => request.continue()));
    await page.evaluate(() => (document.querySelector('fh-help-request') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
    const state = await page.evaluate(() => ({
      step: (document.querySelector('fh-help-request') as HTMLElement & { step: string }).step,
      heading: document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.trim(),
      summary: document.querySelector('fh-help-request [data-fh-error-summary]') !== null,
    }));
    assert.deepEqual(state, { step: 'start', heading: 'Ask for help', summary: false });
    assert.equal(await page.$eval('fh-help-request [data-fh-waiting]', (el) => el.textContent?.trim()), '', 'nothing left saying it is loading');
    await page.close();
  });

  it('says plainly when the form’s checks cannot be loaded (the connection dropped), with the phone number, keeping the answers and sending nothing', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
      if (/\/widgets\/cdn\/checks-[\w-]+\.js$/.test(request.url())) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await page.goto(new URL('/help', server.url).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.includes('Ask for help'), { timeout: 15_000 });
    const press = (text: string) => page.evaluate((t) => [...document.querySelectorAll<HTMLButtonElement>('fh-help-request button')].find((b) => b.textContent?.trim() === t)!.click(), text);
    await press('Start now');
    await page.waitForFunction(() => document.querySelector('fh-help-request input[name="topics"]'), { timeout: 10_000 });
    await page.click('fh-help-request input[name="topics"]');
    for (const attempt of [1, 2]) {
      await press('Continue');
      await page.waitForFunction(() => document.querySelector('fh-help-request [data-fh-error-summary]')?.textContent?.includes('could not finish loading'), { timeout: 10_000 });
      const state = await page.evaluate(() => ({
        heading: document.querySelector('fh-help-request [data-fh-step-heading]')?.textContent?.trim(),
        ticked: document.querySelector<HTMLInputElement>('fh-help-request input[name="topics"]')!.checked,
        phone: document.querySelector('fh-help-request [data-fh-error-summary] a[href^="tel:"]')?.textContent,
        focused: document.activeElement === document.querySelector('fh-help-request [data-fh-error-summary]'),
      }));
      assert.deepEqual(state, { heading: 'What would help?', ticked: true, phone: '0161 496 0100', focused: true }, `press ${attempt}`);
    }
    assert.deepEqual(posts, [], 'nothing was sent');
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

  it('shows the page’s own fallback text when the full offer’s layout cannot be loaded (the connection dropped)', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/\/widgets\/cdn\/offer-layouts-[\w-]+\.js$/.test(request.url())) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('fh-content-error', (event) => ((window as unknown as { __fhErrors: unknown[] }).__fhErrors ??= []).push((event as CustomEvent).detail));
    });
    await page.goto(new URL('/start-for-life', server.url).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => {
      const offer = document.querySelector('fh-start-for-life-offer');
      const slot = offer?.shadowRoot?.querySelector('slot');
      return slot && !offer!.shadowRoot!.querySelector('.fh-loading') && slot.assignedElements().some((el) => el.textContent?.includes('0161 496 0000'));
    }, { timeout: 15_000 });
    assert.equal(await page.$eval('fh-start-for-life-offer', (el) => el.shadowRoot!.querySelector('.offer')), null, 'no half-drawn offer');
    const reported = await page.evaluate(() => (window as unknown as { __fhErrors?: unknown[] }).__fhErrors ?? []);
    assert.deepEqual(reported, [{ kind: 'network', message: 'The offer’s layout could not be loaded', stale: false }], 'the page hears of it, as for content that cannot load');
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
    // As "Print or save as PDF" does it: only the offer prints, with the widget's own page setup
    // (the dialogue itself is replaced, so the print layout stays in place for the PDF).
    await page.evaluate(() => {
      window.print = () => undefined;
      document.querySelector('fh-start-for-life-offer')!.shadowRoot!.querySelector<HTMLButtonElement>('.print-button')!.click();
    });
    const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    assert.ok(pages >= 1 && pages <= 4, `the sample offer prints on ${pages} A4 pages; a family's handout should take at most 4`);
    await page.close();
  });

  it('shows the offer in Polish on the Polish page', async () => {
    const { page } = await visit('/pl/');
    await page.waitForFunction(() => document.querySelector('fh-start-for-life-offer')?.shadowRoot?.querySelector('legend')?.textContent === 'Pokaż wsparcie na etapie', { timeout: 10_000 });
    const languages = await page.$eval('fh-start-for-life-offer', (el) => ({
      heading: el.shadowRoot!.querySelector('h1')!.textContent.trim(),
      englishParts: el.shadowRoot!.querySelectorAll('[lang="en-GB"]').length,
    }));
    assert.match(languages.heading, /wsparcie/, 'translated content in Polish');
    assert.ok(languages.englishParts > 0, 'untranslated parts are marked as English');
    await page.close();
  });
});
