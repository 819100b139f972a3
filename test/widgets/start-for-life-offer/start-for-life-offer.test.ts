import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ContentSourceError, createContentClient, createPackSource, type ContentClient, type ContentSource } from '@family-hubs/content';
import '@family-hubs/widgets/start-for-life-offer/define';
import type { FhOfferStageChangeEvent, FhStartForLifeOffer } from '@family-hubs/widgets';
import { doc, link } from '../../support/space-builder.js';
import { OFFER_SECTION_IDS, offerPack, type OfferFields } from './offer-space.js';

const packClient = (extra: Parameters<typeof offerPack>[0] = [], offer: OfferFields = {}): ContentClient =>
  createContentClient({ source: createPackSource({ pack: offerPack(extra, offer), key: `test-${Math.random()}` }) });

/** A Healthy Babies offer for pregnancy to age 5, with a section for 3 to 5 year olds. */
const toFiveClient = (): ContentClient =>
  packClient(
    [
      { id: 'i-school', type: 'startForLifeItem', fields: { title: 'Getting ready for school', summary: doc('Play sessions for 3 and 4 year olds.'), stages: ['preschool'], access: ['dropIn'], accessNote: 'Drop in on Fridays.' } },
      { id: 'sec-school', type: 'startForLifeSection', fields: { category: 'earlyLanguage', title: 'Ready for school', items: [link('i-school')] } },
    ],
    { title: 'Healthy Babies', ageSpan: 'toFive', sections: [...OFFER_SECTION_IDS, 'sec-school'].map(link) },
  );

const stageOptions = (el: Element) => [...el.shadowRoot!.querySelectorAll('fieldset label')].map((l) => l.textContent.trim());

async function mountOffer(client: ContentClient, template = html`<fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer>`) {
  const el = await fixture<FhStartForLifeOffer>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.offer, .card, slot:not(.fh-loading slot)'), 'the offer did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const headings = (el: Element, level: number) => [...el.shadowRoot!.querySelectorAll(`h${level}`)].map((h) => h.textContent.trim());

describe('<fh-start-for-life-offer>', () => {
  it('keeps every section drawn when the same offer is read again (a refresh, an editor typing), so the page does not shrink', async () => {
    // Each load reads the pack afresh (a new set, a new offer object, the same offer), and content
    // is always due for a refresh, as it is after five minutes on a page left open.
    const pack = offerPack();
    let loads = 0;
    const source: ContentSource = { key: 'refreshing', load: (query, options) => createPackSource({ pack, key: `read-${++loads}` }).load(query, options) };
    const el = await mountOffer(createContentClient({ source, maxAgeMs: 0 }));
    const all = OFFER_SECTION_IDS.length;
    expect(el.shadowRoot!.querySelectorAll('.offer-section').length).to.equal(all);
    const last = el.shadowRoot!.querySelectorAll('.offer-section')[all - 1];
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(el.shadowRoot!.querySelectorAll('.offer-section').length));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    let loaded = 0;
    el.addEventListener('fh-content-loaded', () => loaded++);
    el.reload();
    // The memory copy at once, then the refreshed one from the background load.
    await waitUntil(() => loads >= 2 && loaded >= 1, 'the offer was not refreshed', { timeout: 5000 });
    await el.updateComplete;
    observer.disconnect();
    expect(counts.every((count) => count === all)).to.equal(true, `sections drawn on each change: ${counts.join(', ')}`);
    expect(el.shadowRoot!.querySelectorAll('.offer-section')[all - 1]).to.equal(last, 'the last section was never taken down');
  });

  it('draws the full offer a few sections per task, busy until the last, and updateComplete waits for all of it', async () => {
    const client = packClient();
    // Synchronously, so the observer sees every render (the fixture's own wait would see only the last).
    const el = fixtureSync<FhStartForLifeOffer>(html`<fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer>`);
    const seen: { sections: number; busy: boolean; contact: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const offer = el.shadowRoot!.querySelector('.offer');
      if (!offer) return;
      const sections = offer.querySelectorAll('.offer-section').length;
      if (seen.at(-1)?.sections !== sections) seen.push({ sections, busy: offer.getAttribute('aria-busy') === 'true', contact: headings(el, 3).includes('Contact us') });
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await waitUntil(() => el.shadowRoot!.querySelector('.offer'), 'the offer did not render', { timeout: 5000 });
    await el.updateComplete;
    observer.disconnect();
    const all = OFFER_SECTION_IDS.length;
    expect(el.shadowRoot!.querySelectorAll('.offer-section').length).to.equal(all, 'updateComplete waited for every section');
    expect(seen.length).to.be.greaterThan(1, `drawn in steps: ${JSON.stringify(seen)}`);
    expect(seen[0]!.sections).to.be.lessThan(all);
    expect(seen.slice(0, -1).every((step) => step.busy && !step.contact)).to.equal(true, 'busy, and without the contact details, while sections are still coming');
    expect(seen.at(-1)).to.deep.equal({ sections: all, busy: false, contact: true });
  });

  it('shows the whole offer under a "Start for Life" heading, with sections and items a level below', async () => {
    const el = await mountOffer(packClient());
    expect(headings(el, 2)).to.deep.equal(['Start for Life']);
    expect(headings(el, 3)).to.include.members(['Maternity', 'Health visiting', 'Feeding your baby', 'Contact us']);
    expect(headings(el, 4)).to.include.members(['Your midwife', 'New birth visit', 'Infant feeding support']);
    expect(text(el)).to.contain('Support for you and your baby, from pregnancy until your child is 2.');
    await expect(el).to.be.accessible();
  });

  it('fits the page outline with heading-level and takes a heading from the page', async () => {
    const client = packClient();
    const el = await mountOffer(client, html`<fh-start-for-life-offer .contentClient=${client} heading-level="3" heading="Your Start for Life offer"></fh-start-for-life-offer>`);
    expect(headings(el, 3)).to.deep.equal(['Your Start for Life offer']);
    expect(headings(el, 4)).to.include('Maternity');
    expect(headings(el, 5)).to.include('Your midwife');
    expect(headings(el, 2)).to.deep.equal([]);
  });

  it('says how to get each item in short labelled lines, without repeating the item in every link', async () => {
    const el = await mountOffer(packClient());
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
    expect(links).to.deep.include(['Refer yourself or book online', 'https://nhs.example/self-refer']);
    const relative = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((href) => !/^(https?:|tel:|mailto:|#)/.test(href));
    expect(relative, 'links print with a full address').to.deep.equal([]);
    expect(links).to.deep.include(['01234 567890', 'tel:01234567890']);
    expect(links).to.deep.include(['01234 111222', 'tel:01234111222']);
    const search = new URL('/find-support?service=svc-feed', document.baseURI).href;
    expect(links).to.deep.include(['Infant feeding café (service details)', search], 'services hand off to the service search, with an address that prints');
    const phoneLine = el.shadowRoot!.querySelector('a[href="tel:01234111222"]')!.closest('li')!.textContent.replace(/\s+/g, ' ');
    expect(phoneLine).to.contain('Riverside Family Hub').and.to.contain('Phone: 01234 111222');
    expect(text(el)).to.contain('Best Start Family Hubs:', 'the hubs are called what the council calls them');
    expect(links.filter(([label]) => /^Call /.test(label ?? '')), 'no "Call about …" link texts').to.deep.equal([]);
    const external = el.shadowRoot!.querySelector('a[href="https://nhs.example/self-refer"]')!;
    expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(external.hasAttribute('target')).to.equal(false);
    expect(text(el)).to.contain('Languages: English, Polish');
    expect(text(el)).to.contain('Your health visitor will contact you.');
  });

  it('filters by stage, announces the result in a live region that exists from the first render, and tells the page', async () => {
    const el = await mountOffer(packClient());
    const status = el.shadowRoot!.querySelector('fieldset [role="status"]')!;
    expect(status, 'the live region is there before the first change').to.not.equal(null);
    expect(status.textContent.trim()).to.equal('');
    const pregnancy = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="pregnancy"]')!;
    const changed = oneEvent<FhOfferStageChangeEvent>(el, 'fh-offer-stage-change');
    pregnancy.click();
    const event = await changed;
    expect(event.detail.stage).to.equal('pregnancy');
    await el.updateComplete;
    const items = headings(el, 4);
    expect(items).to.include.members(['Your midwife', 'Antenatal contact', 'Perinatal mental health team']);
    expect(items).not.to.include('New birth visit');
    expect(el.getAttribute('stage')).to.equal('pregnancy');
    await waitUntil(() => el.shadowRoot!.querySelector('fieldset [role="status"]') === status && status.textContent.includes('Showing 3 things for Pregnancy'), 'no announcement');
    await expect(el).to.be.accessible();
  });

  it('offers the stages of a pregnancy-to-2 offer only, with no 3 to 5 stage', async () => {
    const el = await mountOffer(packClient());
    expect(stageOptions(el)).to.deep.equal(['All stages', 'Pregnancy', '0 to 12 months', '1 to 2 years']);
  });

  it('offers a 3 to 5 stage for a pregnancy-to-5 offer, and filters to it', async () => {
    const el = await mountOffer(toFiveClient());
    expect(stageOptions(el)).to.deep.equal(['All stages', 'Pregnancy', '0 to 12 months', '1 to 2 years', '3 to 5 years']);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="preschool"]')!.click();
    await el.updateComplete;
    const items = headings(el, 4);
    expect(items).to.include.members(['Getting ready for school', 'Perinatal mental health team'], 'items for 3 to 5 year olds and items for everyone');
    expect(items).not.to.include('Chatterbox group', '1 to 2 years only');
    await waitUntil(() => el.shadowRoot!.querySelector('fieldset [role="status"]')!.textContent.includes('Showing 2 things for 3 to 5 years'), 'no announcement');
    await expect(el).to.be.accessible();
  });

  it('takes a 3 to 5 stage from the page for a pregnancy-to-5 offer, and drops it for a pregnancy-to-2 one', async () => {
    const toFive = toFiveClient();
    const five = await mountOffer(toFive, html`<fh-start-for-life-offer stage="preschool" .contentClient=${toFive}></fh-start-for-life-offer>`);
    expect(headings(five, 4)).to.include('Getting ready for school').and.not.to.include('Your midwife');
    expect(five.shadowRoot!.querySelector<HTMLInputElement>('input[value="preschool"]')!.checked).to.equal(true);
    const toTwo = packClient();
    const two = await mountOffer(toTwo, html`<fh-start-for-life-offer stage="preschool" .contentClient=${toTwo}></fh-start-for-life-offer>`);
    await two.updateComplete;
    expect(two.getAttribute('stage')).to.equal('', 'the offer does not cover 3 to 5 year olds');
    expect(headings(two, 4)).to.include.members(['Your midwife', 'Chatterbox group'], 'the whole offer shows');
    expect(two.shadowRoot!.querySelector<HTMLInputElement>('input[value=""]')!.checked).to.equal(true);
  });

  it('names the 3 to 5 stage in Polish on a Polish page', async () => {
    const client = toFiveClient();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pl"><fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer></div>`);
    const el = wrapper.querySelector('fh-start-for-life-offer')!;
    await waitUntil(() => stageOptions(el).includes('Od 3 do 5 lat'), `no Polish stage: ${stageOptions(el).join(', ')}`, { timeout: 5000 });
  });

  it('takes its heading from the offer’s name in the CMS when the page gives none', async () => {
    const full = await mountOffer(toFiveClient());
    expect(headings(full, 2)).to.deep.equal(['Healthy Babies']);
    const client = toFiveClient();
    const card = await mountOffer(client, html`<fh-start-for-life-offer layout="card" .contentClient=${client}></fh-start-for-life-offer>`);
    expect(headings(card, 2)).to.deep.equal(['Healthy Babies']);
    expect(card.shadowRoot!.querySelector('a[part="full-offer-link"]')!.textContent).to.equal('See the full Healthy Babies offer');
  });

  it('shows a compact card with the featured items and a link to the full offer', async () => {
    const client = packClient();
    const el = await mountOffer(client, html`<fh-start-for-life-offer layout="card" .contentClient=${client}></fh-start-for-life-offer>`);
    expect([...el.shadowRoot!.querySelectorAll('.featured li strong')].map((s) => s.textContent)).to.deep.equal(['Your midwife', 'Infant feeding support']);
    const more = el.shadowRoot!.querySelector('a[part="full-offer-link"]')!;
    expect(more.textContent).to.equal('See the full Start for Life offer');
    expect(more.getAttribute('href')).to.equal('/start-for-life');
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows one section on its own', async () => {
    const client = packClient();
    const el = await mountOffer(client, html`<fh-start-for-life-offer layout="section" section="infantFeeding" .contentClient=${client}></fh-start-for-life-offer>`);
    expect(headings(el, 2)).to.deep.equal(['Feeding your baby']);
    expect(headings(el, 3)).to.deep.equal(['Infant feeding support']);
    await expect(el).to.be.accessible();
  });

  it('hides screen-reader-only text visually, not only in the markup', async () => {
    const el = await mountOffer(packClient());
    const hidden = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.fh-visually-hidden')];
    expect(hidden.length).to.be.greaterThan(0);
    for (const part of hidden) {
      const box = part.getBoundingClientRect();
      expect(getComputedStyle(part).position, part.textContent).to.equal('absolute');
      expect(box.width <= 1 && box.height <= 1, `"${part.textContent}" is ${box.width}×${box.height}px`).to.equal(true);
    }
  });

  it('is one landmark, not one per section, with links back to the contents', async () => {
    const el = await mountOffer(packClient());
    const regions = el.shadowRoot!.querySelectorAll('section[aria-labelledby], [role="region"]');
    expect(regions.length).to.equal(1);
    const back = [...el.shadowRoot!.querySelectorAll('a')].filter((a) => a.textContent.trim() === 'Back to contents');
    expect(back.length).to.equal(6);
    back[0]!.click();
    expect(el.shadowRoot!.activeElement?.matches('nav.contents')).to.equal(true);
  });

  it('keeps link targets at least 24px apart at 16px text, and radios grow with the text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 16px"></div>`);
    const client = packClient();
    const el = await fixture<FhStartForLifeOffer>(html`<fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer>`, { parentNode: wrapper });
    await waitUntil(() => el.shadowRoot!.querySelector('.offer'), 'not rendered', { timeout: 5000 });
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.hubs li, .services li, .actions li')].filter((li) => !li.closest('.print-only'));
    for (const item of items) expect(item.getBoundingClientRect().height, item.textContent).to.be.at.least(24);
    const radio = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.getBoundingClientRect().width;
    const small = radio();
    wrapper.style.fontSize = '32px';
    expect(radio()).to.be.greaterThan(small * 1.5);
  });

  it('reflows at 320px with WCAG text spacing: nothing runs past the edge (WCAG 1.4.10, 1.4.12)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow-spaced"></div>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.narrow-spaced { width: 320px; font-size: 16px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const client = packClient();
      const el = await fixture<FhStartForLifeOffer>(html`<fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer>`, { parentNode: wrapper });
      await waitUntil(() => el.shadowRoot!.querySelector('.offer'), 'not rendered', { timeout: 5000 });
      const edge = el.getBoundingClientRect().right;
      const over = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a, p, li, h2, h3, h4')]
        .filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().right > edge + 1)
        .map((node) => node.textContent.trim().slice(0, 40));
      expect(over).to.deep.equal([]);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('does not take the host page’s box-sizing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="content-box-page"></div>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.content-box-page, .content-box-page * { box-sizing: content-box; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const client = packClient();
      const el = await fixture<FhStartForLifeOffer>(html`<fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer>`, { parentNode: wrapper });
      await waitUntil(() => el.shadowRoot!.querySelector('.offer'), 'not rendered', { timeout: 5000 });
      expect(getComputedStyle(el.shadowRoot!.querySelector('li.item')!).boxSizing).to.equal('border-box');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('keeps its light-DOM fallback visible, with space reserved, while loading', async () => {
    const never: ContentSource = { key: 'never', load: () => new Promise(() => undefined) };
    const client = createContentClient({ source: never });
    const el = await fixture<FhStartForLifeOffer>(html`<fh-start-for-life-offer .contentClient=${client}><p>Call 01234 567890</p></fh-start-for-life-offer>`);
    await el.updateComplete;
    const loading = el.shadowRoot!.querySelector<HTMLElement>('.fh-loading')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('keeps the council’s fallback content when the offer cannot be loaded', async () => {
    const failing: ContentSource = { key: 'down', load: () => Promise.reject(new ContentSourceError('network', 'offline')) };
    const el = await fixture<FhStartForLifeOffer>(
      html`<fh-start-for-life-offer .contentClient=${createContentClient({ source: failing })}><p>See <a href="/start-for-life">our Start for Life offer</a> or call 01234 567890.</p></fh-start-for-life-offer>`,
    );
    await waitUntil(() => !el.shadowRoot!.querySelector('.fh-loading'), 'still loading');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('01234 567890');
    await expect(el).to.be.accessible();
  });

  it('says the offer is not published yet when the space has none', async () => {
    const empty = createContentClient({ source: createPackSource({ pack: { ...offerPack(), content: { 'en-GB': { entities: {}, assets: [] } } }, key: 'empty' }) });
    const el = await mountOffer(empty);
    expect(text(el)).to.contain('The Start for Life offer has not been published yet.');
    await expect(el).to.be.accessible();
  });

  it('shows the last good content, marked as possibly out of date, when a refresh fails', async () => {
    let fail = false;
    const pack = createPackSource({ pack: offerPack(), key: 'flaky' });
    const flaky: ContentSource = { key: 'flaky', load: (q, o) => (fail ? Promise.reject(new ContentSourceError('server', 'down')) : pack.load(q, o)) };
    let now = 0;
    const client = createContentClient({ source: flaky, maxAgeMs: 1000, now: () => now });
    const first = await mountOffer(client);
    expect(text(first)).not.to.contain('may be out of date');
    fail = true;
    now = 120_000;
    const second = await mountOffer(client);
    await waitUntil(() => text(second).includes('This information may be out of date.'), 'no stale notice', { timeout: 5000 });
    expect(headings(second, 2)).to.deep.equal(['Start for Life']);
    await expect(second).to.be.accessible();
  });

  it('leaves out an invalid item and shows the rest', async () => {
    const client = packClient([
      { id: 'i-broken', type: 'startForLifeItem', fields: { title: 'Broken item', summary: doc('x'), access: ['teleport'] } },
      { id: 'sec-extra', type: 'startForLifeSection', fields: { category: 'send', title: 'SEND', items: [link('i-broken'), link('i-talk')] } },
    ]);
    const el = await mountOffer(client);
    expect(headings(el, 4)).not.to.include('Broken item');
    expect(headings(el, 4)).to.include('Your midwife');
  });

  it('shows content and wording in Polish on a Polish page, falling back to English content', async () => {
    const client = packClient();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pl"><fh-start-for-life-offer .contentClient=${client}></fh-start-for-life-offer></div>`);
    const el = wrapper.querySelector('fh-start-for-life-offer')!;
    await waitUntil(() => headings(el, 4).includes('Twoja położna'), 'no Polish content', { timeout: 5000 });
    expect(headings(el, 3)).to.include('Opieka położnicza');
    expect(headings(el, 3)).to.include('Health visiting', 'untranslated content falls back to English');
    const fallback = [...el.shadowRoot!.querySelectorAll('h3')].find((h) => h.textContent.trim() === 'Health visiting')!;
    expect(fallback.querySelector('[lang="en-GB"]'), 'English fallback is marked as English for screen readers').to.not.equal(null);
    const translated = [...el.shadowRoot!.querySelectorAll('h4')].find((h) => h.textContent.trim() === 'Twoja położna')!;
    expect(translated.querySelector('[lang]'), 'Polish text takes the page language').to.equal(null);
    expect(text(el)).to.contain('Wsparcie dla Ciebie i Twojego dziecka.');
    expect(el.shadowRoot!.querySelector('.how-to-access')!.getAttribute('lang'), '"How to get support" is English text').to.equal('en-GB');
    const note = [...el.shadowRoot!.querySelectorAll('.footer p')].find((p) => p.textContent.includes('Written with parents'))!;
    expect(note.getAttribute('lang'), 'the co-production note is English text').to.equal('en-GB');
    await waitUntil(() => el.shadowRoot!.querySelector('legend')?.textContent === 'Pokaż wsparcie na etapie', 'widget wording not in Polish', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.print-button')!.textContent).to.equal('Wydrukuj lub zapisz jako PDF');
    for (const words of ['Telefon:', 'E-mail:', 'Powrót do spisu treści', 'Zgłoś się lub zarezerwuj online']) {
      expect(text(el), 'labels on the way to getting help are in Polish too').to.contain(words);
    }
    const hubLabels = [...el.shadowRoot!.querySelectorAll('strong')].filter((s) => s.textContent.trim() === 'Best Start Family Hubs:');
    expect(hubLabels.length, 'the hubs label, on screen and in print').to.equal(2);
    expect(hubLabels.map((s) => s.getAttribute('lang')), 'the council’s English name for its hubs is marked as English').to.deep.equal(['en-GB', 'en-GB']);
    await expect(el).to.be.accessible();
  });

  describe('printing', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints as a handout: no filter or buttons, the online address and a QR code', async () => {
      const el = await mountOffer(packClient());
      const details = el.shadowRoot!.querySelector<HTMLElement>('[part="print-details"]')!;
      expect(getComputedStyle(details).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(details).display).not.to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.print-button')!).display).to.equal('none');
      await waitUntil(() => el.shadowRoot!.querySelector('svg.qr-code'), 'no QR code');
      const qr = el.shadowRoot!.querySelector('svg.qr-code')!;
      expect(qr.getAttribute('aria-label')).to.equal('QR code to open this offer online');
      expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(500);
      expect(details.textContent).to.contain(new URL('/start-for-life', location.href).href);
      expect(details.textContent, 'contact details are on the first page, with the QR code').to.contain('01234 567890');
      const first = el.shadowRoot!.querySelector('.offer')!.children;
      expect([...first].indexOf(details)).to.be.lessThan([...first].findIndex((child) => child.classList.contains('offer-section')));
    });

    it('"Print or save as PDF" prints the offer alone and restores the page afterwards', async () => {
      const el = await mountOffer(packClient());
      const printed: boolean[] = [];
      const original = window.print.bind(window);
      window.print = () => printed.push(el.hasAttribute('data-fh-printing') && document.adoptedStyleSheets.length > 0);
      try {
        const asked = oneEvent(el, 'fh-offer-print');
        el.shadowRoot!.querySelector<HTMLButtonElement>('.print-button')!.click();
        await asked;
        expect(printed).to.deep.equal([true]);
        window.dispatchEvent(new Event('afterprint'));
        expect(el.hasAttribute('data-fh-printing')).to.equal(false);
        expect(document.adoptedStyleSheets.length).to.equal(0);
      } finally {
        window.print = original;
      }
    });
  });
});
