import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@family-hubs/widgets/programme-finder/define';
import { renderExampleStory } from '../test/widgets/suites/examples.js';
import { programmeFinderExamples } from '../test/widgets/programme-finder/programme-finder.examples.js';

const storyOf = (name: string): StoryObj => {
  const example = programmeFinderExamples.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named ${name}`);
  return { name, render: () => renderExampleStory(programmeFinderExamples, example), parameters: { docs: { description: { story: example.description } } } };
};

const meta: Meta = { title: 'Widgets/Programme finder', component: 'fh-programme-finder' };
export default meta;

export const Start = storyOf('Start');
export const QuestionAge = storyOf('Question: age');
export const QuestionWhatWouldHelp = storyOf('Question: what would help');
export const QuestionHowToTakePart = storyOf('Question: how to take part');
export const QuestionLanguage = storyOf('Question: language');
export const QuestionWhen = storyOf('Question: when');
export const Everything = storyOf('Everything');
export const Matched = storyOf('Matched');
export const WithPostcodeBox = storyOf('With postcode box');
export const NothingMatches = storyOf('Nothing matches');
export const Polish = storyOf('Polish');
export const Loading = storyOf('Loading');
export const Unavailable = storyOf('Unavailable');
export const Empty = storyOf('Empty');
export const Stale = storyOf('Stale');
