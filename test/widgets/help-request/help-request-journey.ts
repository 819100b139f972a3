/**
 * Acting on `<fh-help-request>` as a family does, with the DOM alone (no test framework), so the
 * examples can use it in Storybook as well as in the shared suite: reach a page by answering the
 * ones before it, answer a page, press Send against the story receiver
 * (test/support/story-receiver.ts), and wait for what the family would wait for.
 */
import type { ReceiverScenario } from '../../support/story-receiver.js';

/** The question pages, in the order of the contact route. */
export const QUESTION_PAGES = ['topics', 'route', 'for-whom', 'contact', 'safety', 'access'] as const;
/** A page a journey can stop on. */
export type JourneyPage = (typeof QUESTION_PAGES)[number] | 'check';

type Rendering = HTMLElement & { updateComplete?: Promise<unknown> };

/** The current page's heading text. */
export const headingText = (element: HTMLElement): string => element.querySelector('[data-fh-step-heading]')?.textContent?.trim() ?? '';

/**
 * Resolves once `ready()` holds, checking on every change to the element's light DOM (where the
 * form renders): no fixed sleep, however long the state takes. Rejects after `timeoutMs`.
 */
export function waitFor(element: HTMLElement, ready: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      finish();
      resolve();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Waited ${timeoutMs} ms for ${what} (the page reads "${headingText(element)}")`));
    }, timeoutMs);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** Waits for the element's pending render. */
async function settle(element: Rendering): Promise<void> {
  await element.updateComplete;
}

/** The button whose text is `text`, if the page has one. */
export const buttonNamed = (element: HTMLElement, text: string): HTMLButtonElement | undefined =>
  [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);

/** The button whose text is `text`. */
export function findButton(element: HTMLElement, text: string): HTMLButtonElement {
  const found = buttonNamed(element, text);
  if (!found) throw new Error(`No button "${text}" on "${headingText(element)}"`);
  return found;
}

/**
 * Presses `text` and waits until the page changes (another heading, or an error summary). Waits
 * for the button first: in Storybook the example's actions can start before the form's first
 * render (the shared suite waits for it, a story does not).
 */
export async function pressAndWait(element: HTMLElement, text: string): Promise<void> {
  await waitFor(element, () => !!buttonNamed(element, text), `the button "${text}"`);
  const before = headingText(element);
  findButton(element, text).click();
  await waitFor(element, () => headingText(element) !== before || !!element.querySelector('[data-fh-error-summary]'), `the page after "${text}"`);
}

/** Ticks (or picks) the first choice named `name`, or the one with `value`. */
export async function pick(element: HTMLElement, name: string, value?: string): Promise<void> {
  const input = element.querySelector<HTMLInputElement>(value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`);
  if (!input) throw new Error(`No choice ${name}${value ? `=${value}` : ''} on "${headingText(element)}"`);
  input.click();
  await settle(element);
}

/** Types `value` into the field named `name` (an input event, as typing makes). */
export async function type(element: HTMLElement, name: string, value: string): Promise<void> {
  const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`input[name="${name}"], textarea[name="${name}"]`);
  if (!input) throw new Error(`No field ${name} on "${headingText(element)}"`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(element);
}

/**
 * Answers the page on screen as the sample family does: the first topic, "please contact me",
 * children aged 2 and 5, Sam by phone call and text message, safe to call and text but no
 * voicemail, Polish with an interpreter.
 */
export async function answerPage(element: HTMLElement, page: (typeof QUESTION_PAGES)[number]): Promise<void> {
  switch (page) {
    case 'topics':
      return pick(element, 'topics');
    case 'route':
      return pick(element, 'route', 'contact');
    case 'for-whom':
      return type(element, 'childAges', '2, 5');
    case 'contact':
      await type(element, 'name', 'Sam');
      await pick(element, 'methods', 'phone');
      await type(element, 'phone', '07700 900982');
      await pick(element, 'methods', 'text');
      return type(element, 'text', '07700 900982');
    case 'safety':
      for (const key of ['safeToCall', 'acceptsWithheldNumbers', 'safeToText']) await pick(element, key, 'yes');
      await pick(element, 'safeToLeaveVoicemail', 'no');
      return type(element, 'safeTimes', 'Weekday mornings');
    case 'access':
      await type(element, 'language', 'Polish');
      return pick(element, 'access', 'interpreter');
  }
}

/** From the start page to `page` on the contact route, answering each page before it. */
export async function reach(element: HTMLElement, page: JourneyPage): Promise<void> {
  await pressAndWait(element, 'Start now');
  for (const current of QUESTION_PAGES) {
    if (current === page) return;
    await answerPage(element, current);
    await pressAndWait(element, 'Continue');
  }
}

let runs = 0;

/**
 * Points the form at a fresh run of the story receiver answering as `scenario`, and returns the
 * run's id. Read at the press of Send, so it can be set once the form is on screen.
 */
export function useReceiver(element: HTMLElement, scenario: ReceiverScenario): string {
  const run = `story-${Date.now().toString(36)}-${++runs}-${Math.random().toString(36).slice(2, 8)}`;
  element.setAttribute('submit-url', `/__fh__/receiver/${run}/${scenario}`);
  return run;
}

/**
 * Lets the receiver answer what `run` holds once `element` leaves the document (the test is over,
 * or Storybook shows another story). The form does not cancel a send when it is removed, and
 * each held request keeps one of the few connections the browser opens to a server: left held,
 * a few of them would stall every later request to the test server.
 */
export function releaseWhenGone(element: HTMLElement, run: string): void {
  const observer = new MutationObserver(() => {
    if (element.isConnected) return;
    observer.disconnect();
    void fetch(`/__fh__/receiver/${run}/release`, { method: 'POST' }).catch(() => undefined);
  });
  observer.observe(element.ownerDocument.documentElement, { subtree: true, childList: true });
}

/** The "not sent yet" notice, once it shows. */
export const notSentNotice = (element: HTMLElement): HTMLElement | null => element.querySelector('[data-fh-not-sent]');

/**
 * Runs `work` while the page reports the device offline (`navigator.onLine` false, as the form
 * reads it through `browserConnectivity`), then gives the page its connection back without an
 * `online` event, so what `work` left on screen stays. (Chromium's own offline mode would cut the
 * test runner off from the page too.)
 */
export async function whileOffline<T>(work: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    return await work();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}
