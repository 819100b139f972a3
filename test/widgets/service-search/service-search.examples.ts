/** `<fh-service-search>`'s examples: they feed its stories and the shared content-widget suite. */
import { html } from 'lit';
import { ContentSourceError, createContentClient, type ContentClient } from '@family-hubs/content';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';

/** The demo geocoder the test runner serves for the sample council's postcodes. */
export const SAMPLE_GEOCODER = '/__fh__/geocoder';

/** The widget's shadow root. */
const rootOf = (element: HTMLElement): ShadowRoot => element.shadowRoot!;

/** Resolves once `check` holds, or fails after `timeout` ms. */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The results heading's text ("70 services"), once a search has run. */
export const resultsHeading = (element: HTMLElement): string => rootOf(element).querySelector('.results-heading')?.textContent?.trim() ?? '';

/** Types into a field as a family does, one input event for the whole value. */
export function typeInto(element: HTMLElement, selector: string, value: string): void {
  const input = rootOf(element).querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`No field ${selector}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Presses the form's Search button. */
export function pressSearch(element: HTMLElement): void {
  rootOf(element).querySelector<HTMLButtonElement>('.search-form button[type="submit"]')!.click();
}

/** Searches for a postcode and waits for the results near it. */
export async function searchNear(element: HTMLElement, postcode: string): Promise<void> {
  typeInto(element, 'input[autocomplete="postal-code"]', postcode);
  pressSearch(element);
  await until(() => / near /.test(resultsHeading(element)) || !!rootOf(element).querySelector('.error-summary'), `results near ${postcode}`);
}

/** Ticks the checkbox labelled `label` in the filters. */
export function tick(element: HTMLElement, label: string): void {
  const match = [...rootOf(element).querySelectorAll<HTMLLabelElement>('.filters label')].find((candidate) => candidate.textContent?.replace(/\s*\(\d+\)$/, '').trim() === label);
  if (!match) throw new Error(`No filter labelled ${label}`);
  rootOf(element).getElementById(match.htmlFor)!.click();
}

/**
 * Makes the page read the device as offline (`navigator.onLine` false, then the window's `offline`
 * event). Chromium's own offline mode would also cut the test runner off from the page, so the
 * device's state is what the page is told, as the help request's tests do.
 */
export function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}

/** Undoes {@link goOffline}; with `announce`, the window's `online` event fires as when a connection comes back. */
export function comeBackOnline(options: { announce?: boolean } = {}): void {
  if (Object.hasOwn(navigator, 'onLine')) delete (navigator as { onLine?: boolean }).onLine;
  if (options.announce) window.dispatchEvent(new Event('online'));
}

/** Content that cannot load because the device is offline, with nothing saved before. */
const offlineClient = (): ContentClient =>
  createContentClient({ source: { key: 'offline', load: () => Promise.reject(new ContentSourceError('network', 'Failed to fetch: the device is offline')) } });

/** Content saved on an earlier visit, shown because the device is offline now. */
function offlineSavedClient(): ContentClient {
  const client = staleClient();
  const error = { kind: 'network' as const, message: 'Failed to fetch: the device is offline' };
  return {
    source: client.source,
    load: async (query, options) => ({ ...(await client.load(query, options)), error }),
    subscribe: (query, listener) => client.subscribe(query, (snapshot) => listener({ ...snapshot, error })),
    clear: () => client.clear(),
  };
}

/** The examples. */
export const serviceSearchExamples: WidgetExamples = {
  tag: 'fh-service-search',
  fallback: () => html`<p>Search the Northshire directory at <a href="https://northshire.example/directory">northshire.example/directory</a>, or call the Family Hub on 0161 496 0000.</p>`,
  fallbackText: '0161 496 0000',
  examples: [
    { name: 'Default', description: 'Every service of the sample council, by name, with filters and their counts.', state: 'loaded', client: sampleClient, attributes: { geocoder: SAMPLE_GEOCODER } },
    {
      name: 'Near a postcode',
      description: 'After a family searched near NS4 2QR: nearest first, in miles, with the nearest Family Hub pinned above.',
      state: 'loaded',
      client: sampleClient,
      attributes: { geocoder: SAMPLE_GEOCODER },
      act: (element) => searchNear(element, 'ns4 2qr'),
    },
    {
      name: 'Typing',
      description: 'Results follow the words as a family types, typos forgiven ("helth visting").',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        typeInto(element, 'input[type="search"]', 'helth visting');
        await until(() => resultsHeading(element) !== '' && !/^70 /.test(resultsHeading(element)), 'results for the text');
      },
    },
    {
      name: 'Filtered',
      description: 'Free services for 0 to 12 month olds, with removable filter tags.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        const before = resultsHeading(element);
        tick(element, 'Free only');
        tick(element, '0 to 12 months');
        await until(() => !!rootOf(element).querySelector('.filter-tags') && resultsHeading(element) !== before, 'filtered results');
      },
    },
    {
      name: 'No results',
      description: 'Nothing matches: ways out with their counts, and the Family Hub’s number.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        tick(element, 'Sunday');
        tick(element, 'By phone');
        await until(() => !!rootOf(element).querySelector('.no-results'), 'the no-results state');
      },
    },
    {
      name: 'Postcode error',
      description: 'A postcode that cannot exist: the GOV.UK error summary and the inline error.',
      state: 'loaded',
      client: sampleClient,
      attributes: { geocoder: SAMPLE_GEOCODER },
      act: async (element) => {
        typeInto(element, 'input[autocomplete="postal-code"]', 'AB1 23C');
        pressSearch(element);
        await until(() => !!rootOf(element).querySelector('.error-summary'), 'the error summary');
      },
    },
    { name: 'Service details', description: 'One service’s details, as its stable link (?service=ID) opens them.', state: 'loaded', client: sampleClient, attributes: { service: 'svc-baby-clinic' } },
    {
      name: 'Sensitive venue',
      description: 'A domestic abuse service at a confidential venue: the area only, never the address.',
      state: 'loaded',
      client: sampleClient,
      attributes: { service: 'svc-domestic-abuse-support' },
    },
    {
      name: 'Shortlist',
      description: 'Two services on the family’s shortlist, ready to print or copy (kept in memory only).',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        const buttons = [...rootOf(element).querySelectorAll<HTMLButtonElement>('.shortlist-toggle')].slice(0, 2);
        for (const button of buttons) button.click();
        await until(() => !!rootOf(element).querySelector('.shortlist'), 'the shortlist');
      },
    },
    {
      name: 'Search unavailable',
      description: 'The search itself fails (a server-side engine’s API is down): the family is told, and pointed to the hub.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        (element as HTMLElement & { engine?: unknown }).engine = { search: () => Promise.reject(new TypeError('Failed to fetch')) };
        await until(() => !!rootOf(element).querySelector('.results-column [role="alert"]'), 'the search error');
      },
    },
    {
      name: 'Offline postcode search',
      description: 'The device is offline when a family searches by postcode: the look-up is not tried, and they are told that words and filters still work.',
      state: 'loaded',
      client: sampleClient,
      attributes: { geocoder: SAMPLE_GEOCODER },
      act: async (element) => {
        goOffline();
        try {
          typeInto(element, 'input[autocomplete="postal-code"]', 'NS4 2QR');
          pressSearch(element);
          await until(() => !!rootOf(element).querySelector('.error-summary'), 'the offline message');
        } finally {
          comeBackOnline();
        }
      },
    },
    {
      name: 'Offline search',
      description: 'A server-side search while the device is offline: the family is told it needs a connection and will try again by itself, and given the hub’s number.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        goOffline();
        try {
          (element as HTMLElement & { engine?: unknown }).engine = { search: () => Promise.reject(new TypeError('Failed to fetch')) };
          await until(() => !!rootOf(element).querySelector('.results-column [role="alert"]'), 'the offline search message');
        } finally {
          comeBackOnline();
        }
      },
    },
    { name: 'Polish', description: 'On a Polish page: our words in Polish, English content marked as English.', state: 'loaded', client: sampleClient, lang: 'pl' },
    { name: 'Loading', description: 'Waiting for content: the fallback shows.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The content cannot be loaded: the fallback stays.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'Nothing published: the fallback stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the last good content, marked.', state: 'stale', client: staleClient },
    { name: 'Offline, nothing saved', description: 'The device is offline and no copy was saved: the fallback stays, with the Family Hub’s number.', state: 'unavailable', client: offlineClient },
    { name: 'Offline, saved copy', description: 'The device is offline: the copy saved on an earlier visit, marked with when it was saved.', state: 'stale', client: offlineSavedClient },
  ],
};
