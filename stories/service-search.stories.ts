import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@family-hubs/widgets/service-search/define';
import { renderExampleStory } from '../test/widgets/suites/examples.js';
import { serviceSearchExamples } from '../test/widgets/service-search/service-search.examples.js';

const storyOf = (name: string): StoryObj => {
  const example = serviceSearchExamples.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named ${name}`);
  return { name, render: () => renderExampleStory(serviceSearchExamples, example), parameters: { docs: { description: { story: example.description } } } };
};

const meta: Meta = { title: 'Widgets/Service search', component: 'fh-service-search' };
export default meta;

export const Default = storyOf('Default');
export const NearAPostcode = storyOf('Near a postcode');
export const Typing = storyOf('Typing');
export const Filtered = storyOf('Filtered');
export const NoResults = storyOf('No results');
export const PostcodeError = storyOf('Postcode error');
export const ServiceDetails = storyOf('Service details');
export const SensitiveVenue = storyOf('Sensitive venue');
export const Shortlist = storyOf('Shortlist');
export const SearchUnavailable = storyOf('Search unavailable');
export const OfflinePostcodeSearch = storyOf('Offline postcode search');
export const OfflineSearch = storyOf('Offline search');
export const Polish = storyOf('Polish');
export const Loading = storyOf('Loading');
export const Unavailable = storyOf('Unavailable');
export const Empty = storyOf('Empty');
export const Stale = storyOf('Stale');
export const OfflineNothingSaved = storyOf('Offline, nothing saved');
export const OfflineSavedCopy = storyOf('Offline, saved copy');
