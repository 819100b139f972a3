/**
 * `<fh-help-request>`'s examples: they feed its stories and the shared content-widget suite. The
 * first pages of the journey, an error summary and check your answers are reached by acting on the
 * form as a family would; sending (which needs a receiver) and Polish are driven in
 * help-request.test.ts (the shared suite looks for language marks in the shadow root, and this
 * form lives in light DOM).
 */
import { html } from 'lit';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';

/** Presses the form's button `text` and waits until the page heading changes (or an error shows). */
async function pressAndWait(element: HTMLElement, text: string): Promise<void> {
  const before = element.querySelector('[data-fh-step-heading]')?.textContent;
  const target = [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!target) throw new Error(`No button "${text}"`);
  target.click();
  for (let waited = 0; waited < 5000; waited += 20) {
    if (element.querySelector('[data-fh-step-heading]')?.textContent !== before || element.querySelector('[data-fh-error-summary]')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Pressing "${text}" changed nothing`);
}

/** Picks the first choice named `name` (or the one with `value`). */
function pick(element: HTMLElement, name: string, value?: string): void {
  const input = element.querySelector<HTMLInputElement>(value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`);
  if (!input) throw new Error(`No choice ${name}`);
  input.click();
}

/** The examples. */
export const helpRequestExamples: WidgetExamples = {
  tag: 'fh-help-request',
  fallback: () => html`<p>To ask for help, call the Family Hub on 0161 496 0100 (Monday to Friday, 9am to 5pm).</p>`,
  fallbackText: '0161 496 0100',
  examples: [
    { name: 'Default', description: 'The start page over the sample council: plain words, the emergency numbers, how Exit this page works.', state: 'loaded', client: sampleClient },
    {
      name: 'What would help',
      description: 'The first question: topics from the CMS, and "something else" with a character count.',
      state: 'loaded',
      client: sampleClient,
      act: (element) => pressAndWait(element, 'Start now'),
    },
    {
      name: 'Error summary',
      description: 'Continue with nothing chosen: the GOV.UK error summary, linked to the question.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await pressAndWait(element, 'Start now');
        await pressAndWait(element, 'Continue');
      },
    },
    {
      name: 'Check your answers',
      description: 'The "I just want information" route at check your answers, with change links.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await pressAndWait(element, 'Start now');
        pick(element, 'topics');
        await pressAndWait(element, 'Continue');
        pick(element, 'route', 'information');
        await pressAndWait(element, 'Continue');
      },
    },
    { name: 'Inside a page', description: 'With heading-level="2", for a page that has its own h1.', state: 'loaded', attributes: { 'heading-level': '2' }, client: sampleClient },
    { name: 'Loading', description: 'Waiting for the settings: the fallback (a phone number) shows.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The settings cannot be loaded: the fallback stays, so a family can still call.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'No help-request settings published: the fallback stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the form from the last good settings, marked.', state: 'stale', client: staleClient },
  ],
};
