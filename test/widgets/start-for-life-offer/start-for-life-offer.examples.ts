/**
 * The Start for Life offer's examples: every layout and state, over the sample council's content.
 * They feed stories/start-for-life-offer.stories.ts and the shared content-widget suite.
 */
import { html } from 'lit';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';

/** The offer's examples. */
export const offerExamples: WidgetExamples = {
  tag: 'fh-start-for-life-offer',
  fallback: () => html`<p>See our <a href="/start-for-life">Start for Life offer</a> or call the Family Hub on 0161 496 0000.</p>`,
  fallbackText: '0161 496 0000',
  examples: [
    { name: 'Full', description: 'The whole offer, with the stage filter and the print action.', state: 'loaded', client: sampleClient },
    { name: 'Card', description: 'The compact card for home pages and sidebars.', state: 'loaded', attributes: { layout: 'card' }, client: sampleClient },
    { name: 'Section', description: 'One section on its own.', state: 'loaded', attributes: { layout: 'section', section: 'infantFeeding' }, client: sampleClient },
    { name: 'Pregnancy', description: 'Filtered to one stage.', state: 'loaded', attributes: { stage: 'pregnancy' }, client: sampleClient },
    {
      name: 'Polish',
      description: 'On a Polish page: the wording and translated content in Polish, the rest in English, marked as English.',
      state: 'loaded',
      lang: 'pl',
      client: sampleClient,
    },
    { name: 'Loading', description: 'Waiting for content: the council’s fallback content shows, with space kept.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The content cannot be loaded: the council’s fallback content stays.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'The space has no published offer: the fallback content stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the last good content, marked as possibly out of date, with when it was saved.', state: 'stale', client: staleClient },
  ],
};
