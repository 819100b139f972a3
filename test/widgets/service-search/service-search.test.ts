import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SearchQuery, SearchResults, ServiceSearchEngine } from '@family-hubs/content';
import { createOrukSearchEngine } from '@family-hubs/content/oruk';
import '@family-hubs/widgets/service-search/define';
import type { FhServiceSearch } from '@family-hubs/widgets';
import { sampleClient } from '../../support/clients.js';
import { comeBackOnline, goOffline, pressSearch, resultsHeading, SAMPLE_GEOCODER, searchNear, tick, typeInto, until } from './service-search.examples.js';

async function mount(attributes: { geocoder?: string; urlState?: string; service?: string; pageSize?: number } = {}, client = sampleClient()): Promise<FhServiceSearch> {
  const el = await fixture<FhServiceSearch>(
    html`<fh-service-search
      .contentClient=${client}
      geocoder=${attributes.geocoder ?? ''}
      url-state=${attributes.urlState ?? 'off'}
      service=${attributes.service ?? ''}
      page-size=${attributes.pageSize ?? 10}
    ></fh-service-search>`,
  );
  if (!attributes.geocoder) el.removeAttribute('geocoder');
  await until(() => resultsHeading(el) !== '' || !!el.shadowRoot!.querySelector('.detail'), 'the first results');
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const resultNames = (el: Element) => [...root(el).querySelectorAll('.result-title a')].map((a) => a.textContent.trim());
const liveRegion = (el: Element) => root(el).querySelector('.results-column [role="status"]')?.textContent?.trim() ?? '';
const focused = (el: Element) => root(el).activeElement;
const settle = async (el: FhServiceSearch, previous: string) => {
  await until(() => resultsHeading(el) !== previous, 'the results to change');
  await el.updateComplete;
};

describe('<fh-service-search>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('lists every published service by name, ten a page, and counts them in a heading and a live region', async () => {
    const el = await mount();
    expect(resultsHeading(el)).to.equal('68 services');
    expect(resultNames(el)).to.have.length(10);
    expect(resultNames(el)[0]).to.equal('Antenatal classes');
    expect(text(el)).to.not.contain('Toddler gym', 'inactive services are never shown');
    expect(liveRegion(el)).to.equal('68 services');
    await expect(el).to.be.accessible();
  });

  it('speaks Polish on a Polish page, content in English marked as English', async () => {
    const client = sampleClient();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pl"><fh-service-search .contentClient=${client}></fh-service-search></div>`);
    const el = wrapper.querySelector('fh-service-search')!;
    await until(() => resultsHeading(el) === 'Usługi: 68', 'the Polish count');
    expect(root(el).querySelector('h2')?.textContent?.trim()).to.equal('Znajdź wsparcie w pobliżu');
    expect(text(el)).to.contain('Tylko bezpłatne');
    expect(root(el).querySelectorAll('.result [lang="en-GB"]').length, 'English content says so').to.be.greaterThan(0);
  });

  it('pages with GOV.UK pagination, numbering results on and moving focus to the results heading', async () => {
    const el = await mount();
    const next = [...root(el).querySelectorAll<HTMLAnchorElement>('.pagination a')].find((a) => a.textContent.includes('Next'))!;
    next.click();
    await until(() => root(el).querySelector('.results')?.getAttribute('start') === '11', 'page 2');
    await el.updateComplete;
    expect(root(el).querySelector('.pagination-current a')?.getAttribute('aria-current')).to.equal('page');
    expect(root(el).querySelector('.pagination-current a')?.textContent?.trim()).to.equal('2');
    expect(focused(el)?.classList.contains('results-heading')).to.equal(true);
    expect(location.search, 'the address is left alone by default').to.equal('');
  });

  it('finds what a family types, forgiving typos, as they type', async () => {
    const el = await mount();
    typeInto(el, 'input[type="search"]', 'helth visting');
    await settle(el, '68 services');
    expect(resultNames(el)[0]).to.equal('Health visiting');
    expect(liveRegion(el)).to.equal(resultsHeading(el));
  });

  it('sorts by distance from a postcode, in miles, and pins the nearest Family Hub above the results', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER });
    await searchNear(el, 'ns4 2qr');
    expect(resultsHeading(el)).to.match(/^\d+ services near NS4$/);
    const hub = root(el).querySelector('[part="hub"]');
    expect(hub?.textContent).to.contain('Eastfield Family Hub');
    expect(hub?.textContent, 'the hub’s name as the council uses it').to.contain('Your nearest Best Start Family Hub');
    const miles = [...root(el).querySelectorAll('.result .facts')]
      .map((facts) => /([\d.]+) miles away/.exec(facts.textContent ?? '')?.[1])
      .filter((value): value is string => value !== undefined)
      .map(Number);
    expect(miles.length).to.be.greaterThan(3);
    expect([...miles].sort((a, b) => a - b)).to.deep.equal(miles);
    expect(focused(el)?.classList.contains('results-heading')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps only services within the distance chosen', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER });
    await searchNear(el, 'NS4 2QR');
    const everywhere = Number(/^(\d+)/.exec(resultsHeading(el))![1]);
    const select = root(el).querySelector<HTMLSelectElement>('select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settle(el, resultsHeading(el));
    const within = Number(/^(\d+)/.exec(resultsHeading(el))![1]);
    expect(within).to.be.greaterThan(0).and.lessThan(everywhere);
    const miles = [...root(el).querySelectorAll('.result .facts')].map((facts) => Number(/([\d.]+) miles away/.exec(facts.textContent ?? '')?.[1]));
    expect(miles.every((value) => value <= 1)).to.equal(true);
  });

  it('says what is wrong with a postcode in an error summary that takes focus and links to the field', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER });
    typeInto(el, 'input[autocomplete="postal-code"]', 'AB1 23C');
    pressSearch(el);
    await until(() => !!root(el).querySelector('.error-summary'), 'the error summary');
    await el.updateComplete;
    await until(() => focused(el)?.classList.contains('error-summary') === true, 'focus on the summary');
    const input = root(el).querySelector<HTMLInputElement>('input[autocomplete="postal-code"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(root(el).getElementById(errorId)?.textContent).to.contain('Enter a real postcode');
    expect(input.value, 'what the family typed is kept').to.equal('AB1 23C');
    root(el).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(focused(el)).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('says when a postcode cannot be found, and when the look-up is down', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER });
    typeInto(el, 'input[autocomplete="postal-code"]', 'NS9 9ZZ');
    pressSearch(el);
    await until(() => !!root(el).querySelector('.error-summary'), 'the error summary');
    expect(root(el).querySelector('.error-summary')?.textContent).to.contain('We could not find that postcode');

    el.geocoder = '/__fh__/geocoder-down';
    await el.updateComplete;
    pressSearch(el);
    await until(() => root(el).querySelector('.error-summary')?.textContent?.includes('cannot look up postcodes') === true, 'the look-up error');
    expect(resultsHeading(el), 'the results stay').to.equal('68 services');
  });

  it('filters with counts that follow the query, as removable tags, and clears them', async () => {
    const el = await mount();
    const freeLabel = () => [...root(el).querySelectorAll('.filters label')].find((label) => label.textContent.startsWith('Free only'))!.textContent;
    const freeCount = Number(/\((\d+)\)/.exec(freeLabel())![1]);
    tick(el, 'Free only');
    await settle(el, '68 services');
    expect(resultsHeading(el)).to.equal(`${freeCount} services`);
    tick(el, '0 to 12 months');
    await settle(el, `${freeCount} services`);
    const tags = [...root(el).querySelectorAll('.filter-tag')].map((tag) => tag.textContent.replace(/\s+/g, ' ').trim());
    expect(tags).to.deep.equal(['Remove filter: 0 to 12 months ×', 'Remove filter: Free only ×']);
    typeInto(el, 'input[type="search"]', 'baby');
    await settle(el, resultsHeading(el));
    expect(Number(/\((\d+)\)/.exec(freeLabel())![1]), 'facet counts follow the text').to.be.lessThan(freeCount);
    root(el).querySelector<HTMLButtonElement>('.filter-tag')!.click();
    await settle(el, resultsHeading(el));
    expect(root(el).querySelectorAll('.filter-tag')).to.have.length(1);
    [...root(el).querySelectorAll<HTMLButtonElement>('.filter-tags button')].find((button) => button.textContent.includes('Clear filters'))!.click();
    await settle(el, resultsHeading(el));
    expect(root(el).querySelector('.filter-tags')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers ways out of "no results", each with the count it would give', async () => {
    const el = await mount();
    tick(el, 'Sunday');
    await settle(el, '68 services');
    tick(el, 'By phone');
    await until(() => !!root(el).querySelector('.no-results'), 'no results');
    await until(() => root(el).querySelectorAll('.no-results li').length > 0, 'the ways out');
    const ways = [...root(el).querySelectorAll('.no-results li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(ways.some((way) => /^Remove the filter: Sunday \(\d+ services?\)$/.test(way)), ways.join(' | ')).to.equal(true);
    expect(root(el).querySelector('.no-results a[href^="tel:"]'), 'the Family Hub’s number').to.not.equal(null);
    const removeSunday = [...root(el).querySelectorAll<HTMLButtonElement>('.no-results button')].find((button) => button.textContent.includes('Sunday'))!;
    const expected = Number(/\((\d+) services?\)/.exec(removeSunday.parentElement!.textContent)![1]);
    removeSunday.click();
    await until(() => !root(el).querySelector('.no-results'), 'results again');
    expect(resultsHeading(el)).to.equal(expected === 1 ? '1 service' : `${expected} services`);
    await expect(el).to.be.accessible();
  });

  it('opens a service’s details in place, with focus on its heading, and goes back to the same result', async () => {
    const el = await mount();
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.result-title a')].find((a) => a.textContent.trim() === 'Baby clinic')!;
    expect(new URL(link.href).searchParams.get('service')).to.equal('svc-baby-clinic');
    const opened = oneEvent(el, 'fh-service-open');
    link.click();
    expect((await opened).detail).to.deep.equal({ serviceId: 'svc-baby-clinic' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).to.equal('Baby clinic');
    expect(text(el)).to.contain('Where (3 locations)');
    expect(text(el), 'times in words, from the schedule').to.match(/When: (Every|First|Second|Third|Fourth|Last) [^;]*\d(am|pm)/);
    expect(text(el), 'when it runs next').to.match(/Next session: |Open now · closes /);
    expect(text(el)).to.match(/Last checked: \d{1,2} \w+ 2026/);
    expect(location.search, 'no service id in the history unless the council keeps the search in the address').to.equal('');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLAnchorElement>('.back a')!.click();
    await until(() => resultNames(el).length > 0, 'the results');
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).to.equal('Baby clinic');
  });

  it('knows the service a stable link (?service=ID) opens as soon as it is connected, before its screens arrive', async () => {
    history.replaceState(null, '', `${location.pathname}?service=svc-domestic-abuse-support`);
    const el = document.createElement('fh-service-search');
    el.contentClient = sampleClient();
    document.body.append(el);
    try {
      expect(el.service).to.equal('svc-domestic-abuse-support');
      await until(() => !!el.shadowRoot!.querySelector('.detail'), 'the service’s details');
      expect(el.service).to.equal('svc-domestic-abuse-support');
    } finally {
      el.remove();
    }
  });

  it('never shows a sensitive venue’s street address, only its area', async () => {
    const el = await mount({ service: 'svc-domestic-abuse-support' });
    expect(text(el)).to.contain('NS8 area');
    expect(text(el)).to.contain('The exact address is given when you contact the service.');
    expect(text(el)).to.not.match(/NS8 1AA/);
    expect(text(el), 'the street').to.not.contain('Linden Close');
    expect(text(el), 'the venue’s name').to.not.contain('support base');
  });

  it('keeps a shortlist in memory only, and copies it as plain text', async () => {
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (value: string) => Promise.resolve(void written.push(value)) } });
    try {
      const el = await mount();
      const [first, second] = root(el).querySelectorAll<HTMLButtonElement>('.shortlist-toggle');
      first!.click();
      second!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).querySelector('.shortlist h3')?.textContent).to.equal('Your shortlist (2)');
      [...root(el).querySelectorAll<HTMLButtonElement>('.shortlist button')].find((button) => button.textContent.includes('Copy'))!.click();
      await until(() => written.length === 1, 'the copy');
      expect(written[0]).to.contain('Antenatal classes');
      expect(written[0]).to.contain('?service=');
      await el.updateComplete;
      expect(root(el).querySelector('.shortlist [role="status"]')?.textContent).to.contain('copied');
      expect(document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('tells listeners what kind of search ran, never what was typed', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER });
    const events: unknown[] = [];
    el.addEventListener('fh-service-search', (event) => events.push(event.detail));
    typeInto(el, 'input[type="search"]', 'domestic abuse');
    await settle(el, '68 services');
    await searchNear(el, 'NS1 4AB');
    const seen = JSON.stringify(events);
    expect(events.length).to.be.greaterThan(0);
    expect(seen).to.not.match(/domestic|abuse|NS1|4AB/i);
    expect(events.at(-1)).to.include({ hasText: true, hasPlace: true });
  });

  it('keeps filters and the postcode area in the address when the council turns it on, never the text or full postcode', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER, urlState: 'filters' });
    typeInto(el, 'input[type="search"]', 'baby');
    await settle(el, '68 services');
    tick(el, 'Free only');
    await settle(el, resultsHeading(el));
    await searchNear(el, 'NS1 4AB');
    const params = new URLSearchParams(location.search);
    expect(params.get('free')).to.equal('1');
    expect(params.get('area')).to.equal('NS1');
    expect(location.href).to.not.match(/baby|4AB|postcode=/i);

    // A shared link: a new widget reads the filters and the area back.
    const again = await mount({ geocoder: SAMPLE_GEOCODER, urlState: 'filters' });
    await until(() => / near NS1$/.test(resultsHeading(again)), 'results near the area');
    expect(root(again).querySelector<HTMLInputElement>(`#${root(again).querySelector('.filters input')!.id.split('-categories')[0]}-free`)?.checked).to.equal(true);
  });

  it('goes back to the previous search with the back button when the address keeps it', async () => {
    const el = await mount({ urlState: 'filters' });
    tick(el, 'Free only');
    await settle(el, '68 services');
    const filtered = resultsHeading(el);
    history.back();
    await settle(el, filtered);
    expect(resultsHeading(el)).to.equal('68 services');
  });

  it('uses an engine given by script, with the same interface as the in-page index', async () => {
    const queries: SearchQuery[] = [];
    const engine: ServiceSearchEngine = {
      search(query): Promise<SearchResults> {
        queries.push(query);
        return Promise.resolve({ total: 1, page: 1, pageCount: 1, hits: [{ id: 'svc-baby-clinic', score: 1 }], facets: { categories: {}, stages: {}, days: {}, deliveryModes: {}, languages: {}, free: 1 } });
      },
    };
    const client = sampleClient();
    const el = await fixture<FhServiceSearch>(html`<fh-service-search .contentClient=${client} .engine=${engine}></fh-service-search>`);
    await until(() => resultsHeading(el) === '1 service', 'the engine’s results');
    expect(resultNames(el)).to.deep.equal(['Baby clinic']);
    expect(queries[0]).to.include({ page: 1, pageSize: 10, sort: 'name' });
  });

  it('says so when the search itself fails, keeps what the family typed, and gives the hub’s number', async () => {
    const client = sampleClient();
    const failing: ServiceSearchEngine = { search: () => Promise.reject(new TypeError('Failed to fetch')) };
    const el = await fixture<FhServiceSearch>(html`<fh-service-search .contentClient=${client} .engine=${failing}></fh-service-search>`);
    await until(() => !!root(el).querySelector('.results-column [role="alert"]'), 'the search error');
    typeInto(el, 'input[type="search"]', 'baby');
    await el.updateComplete;
    const alert = root(el).querySelector('.results-column [role="alert"]')!;
    expect(alert.textContent).to.contain('The search did not work');
    expect(alert.querySelector('a[href^="tel:"]'), 'a way forward').to.not.equal(null);
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('baby');
    await expect(el).to.be.accessible();
  });

  it('offline: sends no postcode, says postcode search needs a connection and that words and filters still work, and they do', async () => {
    const el = await mount({ geocoder: SAMPLE_GEOCODER });
    performance.clearResourceTimings();
    goOffline();
    try {
      typeInto(el, 'input[autocomplete="postal-code"]', 'NS4 2QR');
      pressSearch(el);
      await until(() => !!root(el).querySelector('.error-summary'), 'the error summary');
      expect(root(el).querySelector('.error-summary')?.textContent).to.contain('Searching by postcode needs an internet connection. You can still search by words and filters.');
      expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/__fh__/geocoder/')), 'the look-up is not tried').to.deep.equal([]);
      typeInto(el, 'input[type="search"]', 'helth visting');
      await settle(el, '68 services');
      expect(resultNames(el)[0], 'the search in the page works offline').to.equal('Health visiting');
      await expect(el).to.be.accessible();
    } finally {
      comeBackOnline({ announce: true });
    }
    await el.updateComplete;
    expect(root(el).querySelector('.error-summary'), 'back online, the message goes').to.equal(null);
  });

  it('asks the browser for the family’s position only when they press "Use my location"', async () => {
    const asked: number[] = [];
    const geolocation = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => { asked.push(Date.now()); ok({ coords: { latitude: 53.495, longitude: -2.145 } } as GeolocationPosition); } },
    });
    try {
      const el = await mount();
      expect(asked).to.have.length(0);
      [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent.includes('Use my location'))!.click();
      await until(() => resultsHeading(el).endsWith('near your location'), 'results near the family');
      expect(asked).to.have.length(1);
      expect(root(el).querySelector('[part="hub"]')?.textContent).to.contain('Eastfield Family Hub');
    } finally {
      if (geolocation) Object.defineProperty(navigator, 'geolocation', geolocation);
    }
  });

  it('hands a service over to the help request form when the page has one', async () => {
    const form = document.createElement('fh-help-request');
    document.body.append(form);
    try {
      const el = await mount({ service: 'svc-baby-clinic' });
      const button = [...root(el).querySelectorAll<HTMLButtonElement>('.detail-actions button')].find((candidate) => candidate.textContent.includes('Ask for help'))!;
      const asked = oneEvent(el, 'fh-ask-for-help');
      button.click();
      expect((await asked).detail).to.deep.equal({ serviceId: 'svc-baby-clinic', label: 'Baby clinic' });
    } finally {
      form.remove();
    }
    const without = await mount({ service: 'svc-baby-clinic' });
    expect(text(without)).to.not.contain('Ask for help');
  });
});

describe('<fh-service-search> over a server-side engine', () => {
  it('shows services the page’s content does not have, from the answers of an Open Referral UK API’s own search', async () => {
    const engine = createOrukSearchEngine({ url: new URL('/test/widgets/fixtures/oruk-feed/', location.href).href });
    const client = sampleClient();
    const el = await fixture<FhServiceSearch>(html`<fh-service-search .contentClient=${client} .engine=${engine}></fh-service-search>`);
    await until(() => resultsHeading(el) === '2 services', 'the feed’s answer');
    expect(resultNames(el).sort()).to.deep.equal(['Short breaks for disabled children', 'Stay and play at Riverside']);
    const [first] = root(el).querySelectorAll<HTMLButtonElement>('.shortlist-toggle');
    first!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.shortlist')?.textContent, 'a feed service on the shortlist').to.contain(resultNames(el)[0]);
    const name = resultNames(el)[0];
    root(el).querySelector<HTMLAnchorElement>('.result-title a')!.click();
    await until(() => !!root(el).querySelector('.detail'), 'its details');
    expect(root(el).querySelector('.detail-title')?.textContent?.trim()).to.equal(name);
    await expect(el).to.be.accessible();
  });
});
