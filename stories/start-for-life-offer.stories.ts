import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@family-hubs/widgets/start-for-life-offer/define';
import { renderExampleStory } from '../test/widgets/suites/examples.js';
import { offerExamples } from '../test/widgets/start-for-life-offer/start-for-life-offer.examples.js';

/** One story per example in the offer's examples file, which the shared test suite also runs through axe. */
const storyOf = (name: string): StoryObj => {
  const example = offerExamples.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No offer example named ${name}`);
  return { name, render: () => renderExampleStory(offerExamples, example), parameters: { docs: { description: { story: example.description } } } };
};

const meta: Meta = {
  title: 'Widgets/Start for Life offer',
  component: 'fh-start-for-life-offer',
};
export default meta;

export const Full = storyOf('Full');
export const Card = storyOf('Card');
export const Section = storyOf('Section');
export const Pregnancy = storyOf('Pregnancy');
export const Polish = storyOf('Polish');
export const Loading = storyOf('Loading');
export const Unavailable = storyOf('Unavailable');
export const Empty = storyOf('Empty');
export const Stale = storyOf('Stale');
