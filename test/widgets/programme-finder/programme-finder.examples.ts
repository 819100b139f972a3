/**
 * `<fh-programme-finder>`'s examples: each step of the guided start and each state of the results,
 * over the sample council on a fixed day (2 December 2026), so dates and "full" or "started" stay
 * the same. They feed its stories and the shared content-widget suite.
 */
import { html } from 'lit';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';

/** The day every example treats as today. */
export const EXAMPLE_TODAY = '2026-12-02';

const today = { today: EXAMPLE_TODAY };

/** The examples. */
export const programmeFinderExamples: WidgetExamples = {
  tag: 'fh-programme-finder',
  fallback: () => html`<p>See our <a href="/parenting-programmes">parenting courses</a> or call the Family Hub on 0161 496 0000.</p>`,
  fallbackText: '0161 496 0000',
  examples: [
    { name: 'Start', description: 'The guided start: answer a few questions, or show everything.', state: 'loaded', attributes: today, client: sampleClient },
    { name: 'Question: age', description: 'The first question: the child’s age or stage (several, for several children).', state: 'loaded', attributes: { ...today, start: 'stages' }, client: sampleClient },
    { name: 'Question: what would help', description: 'What would help, in families’ words.', state: 'loaded', attributes: { ...today, start: 'needs' }, client: sampleClient },
    { name: 'Question: how to take part', description: 'Group, one-to-one, online or at home.', state: 'loaded', attributes: { ...today, start: 'ways' }, client: sampleClient },
    { name: 'Question: language', description: 'The language of the course.', state: 'loaded', attributes: { ...today, start: 'language' }, client: sampleClient },
    { name: 'Question: when', description: 'Days and times of day.', state: 'loaded', attributes: { ...today, start: 'when' }, client: sampleClient },
    { name: 'Everything', description: 'Every programme with its evidence and next courses; a started course and a full one are marked, not hidden.', state: 'loaded', attributes: { ...today, start: 'results' }, client: sampleClient },
    {
      name: 'Matched',
      description: 'Results for a parent of a 4-year-old who wants help with behaviour: each programme says why it might suit.',
      state: 'loaded',
      attributes: { ...today, start: 'results', stages: 'age3to5', needs: 'behaviour' },
      client: sampleClient,
    },
    {
      name: 'With postcode box',
      description: 'With a geocoder: a postcode box sorts courses by distance.',
      state: 'loaded',
      attributes: { ...today, start: 'results', geocoder: '/api' },
      client: sampleClient,
    },
    {
      name: 'Nothing matches',
      description: 'No programme fits every answer: leave out one answer at a time, with how many programmes each brings back.',
      state: 'loaded',
      attributes: { ...today, start: 'results', stages: 'age16to18', needs: 'parentalConflict' },
      client: sampleClient,
    },
    { name: 'Polish', description: 'On a Polish page: the wording in Polish, English content marked as English.', state: 'loaded', lang: 'pl', attributes: { ...today, start: 'results' }, client: sampleClient },
    { name: 'Loading', description: 'Waiting for content: the fallback shows.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The content cannot be loaded: the fallback stays.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'No programmes published: the fallback stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the last good content, marked.', state: 'stale', attributes: { ...today, start: 'results' }, client: staleClient },
  ],
};
