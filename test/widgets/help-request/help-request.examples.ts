/**
 * `<fh-help-request>`'s examples: they feed its stories and the shared content-widget suite. Each
 * page of the form, its errors and its sending states are driven in help-request.test.ts (the
 * examples runner has no way to act on an example yet). Polish is tested there too: the shared
 * suite looks for language marks in the shadow root, and this form lives in light DOM.
 */
import { html } from 'lit';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';

/** The examples. */
export const helpRequestExamples: WidgetExamples = {
  tag: 'fh-help-request',
  fallback: () => html`<p>To ask for help, call the Family Hub on 0161 496 0100 (Monday to Friday, 9am to 5pm).</p>`,
  fallbackText: '0161 496 0100',
  examples: [
    { name: 'Default', description: 'The start page over the sample council: plain words, the emergency numbers, how Exit this page works.', state: 'loaded', client: sampleClient },
    { name: 'Inside a page', description: 'With heading-level="2", for a page that has its own h1.', state: 'loaded', attributes: { 'heading-level': '2' }, client: sampleClient },
    { name: 'Loading', description: 'Waiting for the settings: the fallback (a phone number) shows.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The settings cannot be loaded: the fallback stays, so a family can still call.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'No help-request settings published: the fallback stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the form from the last good settings, marked.', state: 'stale', client: staleClient },
  ],
};
