import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@family-hubs/widgets/help-request/define';
// The form shows <fh-exit-this-page> at its top, as the CDN bundles define it.
import '@family-hubs/widgets/exit-this-page/define';
import { renderExampleStory } from '../test/widgets/suites/examples.js';
import { helpRequestExamples } from '../test/widgets/help-request/help-request.examples.js';

// One story per example: every page of the journey and every sending state. The sending stories
// talk to the story receiver that `npm run storybook` mounts (.storybook/main.ts); a static build
// has none, and says so in each of those stories' descriptions.
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
export const ContactOrInformation = storyOf('Contact or information');
export const WhoIsItFor = storyOf('Who is it for');
export const HowToContactYou = storyOf('How to contact you');
export const SafeContact = storyOf('Safe contact');
export const AccessNeeds = storyOf('Access needs');
export const CheckYourAnswersContact = storyOf('Check your answers (contact)');
export const ContactDetailsMissing = storyOf('Contact details missing');
export const Sending = storyOf('Sending');
export const NotSentOffline = storyOf('Not sent yet: offline');
export const NotSentFailed = storyOf('Not sent yet: failed after retries');
export const NotSentRefused = storyOf('Not sent yet: refused');
export const ReceiverFoundAMistake = storyOf('Receiver found a mistake');
export const Confirmation = storyOf('Confirmation');
export const InsideAPage = storyOf('Inside a page');
export const Loading = storyOf('Loading');
export const Unavailable = storyOf('Unavailable');
export const Empty = storyOf('Empty');
export const Stale = storyOf('Stale');
