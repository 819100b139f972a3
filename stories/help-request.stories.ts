import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@family-hubs/widgets/help-request/define';
import { renderExampleStory } from '../test/widgets/suites/examples.js';
import { helpRequestExamples } from '../test/widgets/help-request/help-request.examples.js';

const storyOf = (name: string): StoryObj => {
  const example = helpRequestExamples.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named ${name}`);
  return { name, render: () => renderExampleStory(helpRequestExamples, example), parameters: { docs: { description: { story: example.description } } } };
};

const meta: Meta = { title: 'Widgets/Help request', component: 'fh-help-request' };
export default meta;

export const Default = storyOf('Default');
export const WhatWouldHelp = storyOf('What would help');
export const ErrorSummary = storyOf('Error summary');
export const CheckYourAnswers = storyOf('Check your answers');
export const InsideAPage = storyOf('Inside a page');
export const Loading = storyOf('Loading');
export const Unavailable = storyOf('Unavailable');
export const Empty = storyOf('Empty');
export const Stale = storyOf('Stale');
