/**
 * `<fh-help-request>`'s examples: they feed its stories and the shared content-widget suite (axe
 * on each), so every page of the journey and every sending state is looked at and checked. Each
 * is reached by acting on the form as a family would (help-request-journey.ts). The sending
 * states talk over real HTTP to the story receiver (test/support/story-receiver.ts), which the
 * browser tests' server and `npm run storybook` mount; a static Storybook build has no receiver,
 * so there those stories end in "not sent yet" instead. Polish is driven in
 * help-request.test.ts (the shared suite looks for language marks in the shadow root, and this
 * form lives in light DOM).
 */
import { html } from 'lit';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';
import { answerPage, buttonNamed, findButton, headingText, notSentNotice, pick, pressAndWait, reach, releaseWhenGone, useReceiver, waitFor, whileOffline } from './help-request-journey.js';

const NO_RECEIVER = 'It needs the story receiver that `npm run storybook` mounts: a static Storybook build has none, so there this story ends in "not sent yet".';

/** At check your answers on the contact route, every page answered. */
async function checkContactRoute(element: HTMLElement): Promise<void> {
  await reach(element, 'check');
  await waitFor(element, () => headingText(element) === 'Check your answers before sending', 'check your answers');
}

/** Presses Send and waits for the "not sent yet" notice that gives `reason`. */
async function sendUntilNotSent(element: HTMLElement, reason: string, timeoutMs = 10_000): Promise<void> {
  findButton(element, 'Send').click();
  await waitFor(element, () => !!notSentNotice(element)?.textContent?.includes(reason), `"not sent yet: ${reason}"`, timeoutMs);
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
        await pick(element, 'topics');
        await pressAndWait(element, 'Continue');
        await pick(element, 'route', 'information');
        await pressAndWait(element, 'Continue');
      },
    },
    {
      name: 'Contact or information',
      description: 'Whether to be contacted at all: "I just want information" asks for nothing personal.',
      state: 'loaded',
      client: sampleClient,
      act: (element) => reach(element, 'route'),
    },
    {
      name: 'Who is it for',
      description: 'Who the help is for (optional): someone pregnant, the ages of any children.',
      state: 'loaded',
      client: sampleClient,
      act: (element) => reach(element, 'for-whom'),
    },
    {
      name: 'How to contact you',
      description: 'A first name or nickname and one way is enough; each way chosen reveals its field (phone call and text message here), with its autocomplete token.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await reach(element, 'contact');
        await answerPage(element, 'contact');
      },
    },
    {
      name: 'Safe contact',
      description: 'Is it safe to contact you: one question for each way chosen (call, voicemail and withheld numbers for a phone, text for a mobile), and safe times.',
      state: 'loaded',
      client: sampleClient,
      act: (element) => reach(element, 'safety'),
    },
    {
      name: 'Access needs',
      description: 'Anything that would make talking easier: a language, an interpreter, British Sign Language, easy read.',
      state: 'loaded',
      client: sampleClient,
      act: (element) => reach(element, 'access'),
    },
    {
      name: 'Check your answers (contact)',
      description: 'The contact route at check your answers: every answer with a Change link, and Send.',
      state: 'loaded',
      client: sampleClient,
      act: checkContactRoute,
    },
    {
      name: 'Contact details missing',
      description: 'Continue on "How can we contact you?" with nothing filled in: both errors in the summary, each linked to its field.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await reach(element, 'contact');
        await pressAndWait(element, 'Continue');
      },
    },
    {
      name: 'Sending',
      description: `Send pressed: the receiver holds the request in flight, the button reads "Sending…" and is disabled, and a status message says so. The form gives up on an attempt after 15 seconds and tries again with the same key, so after about a minute this story shows "not sent yet"; leaving the story lets the held request through. ${NO_RECEIVER}`,
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await checkContactRoute(element);
        releaseWhenGone(element, useReceiver(element, 'hold'));
        findButton(element, 'Send').click();
        await waitFor(element, () => buttonNamed(element, 'Sending…')?.disabled === true && element.querySelector('[role="status"]')?.textContent?.trim() === 'Sending…', '"Sending…"');
      },
    },
    {
      name: 'Not sent yet: offline',
      description: 'Send pressed while the device is offline (the story makes the page report navigator.onLine false while it presses Send): "not sent yet", the answers kept, the phone number. On a real device the form sends by itself when the browser fires "online"; Try again here sends to the story receiver.',
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await checkContactRoute(element);
        useReceiver(element, 'ok');
        await whileOffline(() => sendUntilNotSent(element, 'Your device seems to be offline'));
      },
    },
    {
      name: 'Not sent yet: failed after retries',
      description: `The receiver answers 503 with Retry-After: 1 to all four attempts (about three seconds): "we could not reach our system, try again", the answers kept, the phone number. ${NO_RECEIVER}`,
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await checkContactRoute(element);
        useReceiver(element, 'down');
        // Four attempts a second apart, on a machine that may be busy.
        await sendUntilNotSent(element, 'We could not reach our system', 9000);
      },
    },
    {
      name: 'Not sent yet: refused',
      description: `The receiver answers 400, which no retry helps: "our system could not take your request", the answers kept, the phone number. ${NO_RECEIVER}`,
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await checkContactRoute(element);
        useReceiver(element, 'refuse');
        await sendUntilNotSent(element, 'Our system could not take your request');
      },
    },
    {
      name: 'Receiver found a mistake',
      description: `The receiver answers 422 with a field error on the phone number: the form goes back to that question, with the error summary and the answers kept. ${NO_RECEIVER}`,
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await checkContactRoute(element);
        useReceiver(element, 'invalid');
        findButton(element, 'Send').click();
        await waitFor(element, () => headingText(element) === 'How can we contact you?' && !!element.querySelector('[data-fh-error-summary]'), 'the error summary on "How can we contact you?"');
      },
    },
    {
      name: 'Confirmation',
      description: `Sent (201): the reference number, what happens next and when, and the council's phone number. ${NO_RECEIVER}`,
      state: 'loaded',
      client: sampleClient,
      act: async (element) => {
        await checkContactRoute(element);
        useReceiver(element, 'ok');
        findButton(element, 'Send').click();
        await waitFor(element, () => headingText(element) === 'Request sent' && !!element.querySelector('.fh-reference')?.textContent, 'the confirmation');
      },
    },
    { name: 'Inside a page', description: 'With heading-level="2", for a page that has its own h1.', state: 'loaded', attributes: { 'heading-level': '2' }, client: sampleClient },
    { name: 'Loading', description: 'Waiting for the settings: the fallback (a phone number) shows.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The settings cannot be loaded: the fallback stays, so a family can still call.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'No help-request settings published: the fallback stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the form from the last good settings, marked.', state: 'stale', client: staleClient },
  ],
};
