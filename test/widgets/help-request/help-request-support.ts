/** Driving `<fh-help-request>` in tests: mount it over the sample council, find and use its controls. */
import { waitUntil } from '@open-wc/testing';
import '@family-hubs/widgets/help-request/define';
import '@family-hubs/widgets/exit-this-page/define';
import type { FhHelpRequest } from '@family-hubs/widgets';
import { sampleClient } from '../../support/clients.js';
import type { ReceiverScenario } from '../../support/story-receiver.js';

/** A fresh run id, so each test reads only its own receiver log. */
export const runId = (): string => `run-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** Mounts the form and waits for its start page. */
export async function mountForm(attributes: Record<string, string> = {}, container: HTMLElement = document.body): Promise<FhHelpRequest> {
  const element = document.createElement('fh-help-request');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.contentClient = sampleClient();
  container.append(element);
  await waitUntil(() => element.querySelector('[data-fh-step-heading]'), 'the form shows its start page', { timeout: 8000 });
  return element;
}

/** The current page's heading text. */
export const headingOf = (element: HTMLElement): string => element.querySelector('[data-fh-step-heading]')?.textContent?.trim() ?? '';

/** Waits for the heading to read `text`. */
export async function waitForHeadingText(element: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => headingOf(element).includes(text), `heading "${text}" (is "${headingOf(element)}")`, { timeout: 8000 });
}

/** The button whose text is `text`. */
export function button(element: HTMLElement, text: string): HTMLButtonElement {
  const found = [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}" on "${headingOf(element)}"`);
  return found;
}

/** Clicks the button `text` and waits for the render. */
export async function press(element: FhHelpRequest, text: string): Promise<void> {
  button(element, text).click();
  await element.updateComplete;
}

/** The input labelled `label`. */
export function field(element: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...element.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  const input = found?.htmlFor ? element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[id="${found.htmlFor}"]`) : null;
  if (!input) throw new Error(`No field "${label}" on "${headingOf(element)}"`);
  return input;
}

/** Types `value` into the field labelled `label` (an input event, as typing makes). */
export async function fill(element: FhHelpRequest, label: string, value: string): Promise<void> {
  const input = field(element, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/** Ticks (or picks) the choice labelled `label`. */
export async function choose(element: FhHelpRequest, label: string): Promise<void> {
  const input = field(element, label) as HTMLInputElement;
  input.click();
  await element.updateComplete;
}

/** Waits for the heading to read `text`. */
export const waitForHeading = (element: HTMLElement, text: string): Promise<void> => waitForHeadingText(element, text);

/** Goes from the start page to check your answers on the contact route, answering every page; `onPage` runs on each. */
export async function fillContactJourney(element: FhHelpRequest, { name = 'Sam', phone = '07700 900982', onPage = (): Promise<void> => Promise.resolve() } = {}): Promise<void> {
  const reach = async (target: HTMLElement, text: string) => {
    await waitForHeadingText(target, text);
    await onPage();
  };
  await press(element, 'Start now');
  await reach(element, 'What would help?');
  const firstTopic = element.querySelector<HTMLInputElement>('input[name="topics"]')!;
  firstTopic.click();
  await element.updateComplete;
  await press(element, 'Continue');
  await reach(element, 'Would you like us to contact you?');
  await choose(element, 'Yes, please contact me');
  await press(element, 'Continue');
  await reach(element, 'Who is the help for?');
  await fill(element, 'Ages of any children (optional)', '2, 5');
  await press(element, 'Continue');
  await reach(element, 'How can we contact you?');
  await fill(element, 'Your first name or a nickname', name);
  await choose(element, 'Phone call');
  await fill(element, 'Phone number', phone);
  await press(element, 'Continue');
  await reach(element, 'Is it safe to contact you?');
  const yes = element.querySelectorAll<HTMLInputElement>('input[type="radio"][value="yes"]');
  for (const radio of yes) radio.click();
  await element.updateComplete;
  await press(element, 'Continue');
  await reach(element, 'Is there anything that would make talking to us easier?');
  await press(element, 'Continue');
  await reach(element, 'Check your answers before sending');
}

/** One attempt the story receiver got (test/support/story-receiver.ts); `status` is null while held. */
export interface LoggedAttempt {
  readonly key: string;
  readonly status: number | null;
  readonly body: Record<string, unknown>;
}

/** What the test receiver got for `run`, attempt by attempt. */
export async function receiverLog(run: string): Promise<LoggedAttempt[]> {
  const response = await fetch(`/__fh__/receiver/${run}/log`);
  return (await response.json()) as LoggedAttempt[];
}

/** What the test receiver stored for `run`: one record per idempotency key. */
export async function receiverStored(run: string): Promise<{ key: string; reference: string; body: Record<string, unknown> }[]> {
  const response = await fetch(`/__fh__/receiver/${run}/stored`);
  return (await response.json()) as { key: string; reference: string; body: Record<string, unknown> }[];
}

/** Answers the attempts `run` holds in flight (as `ok`); later ones are answered at once. */
export async function releaseReceiver(run: string): Promise<number> {
  const response = await fetch(`/__fh__/receiver/${run}/release`, { method: 'POST' });
  return ((await response.json()) as { released: number }).released;
}

/** From now on `run` answers as `scenario` (a receiver that recovers, or starts holding). */
export async function switchReceiver(run: string, scenario: ReceiverScenario): Promise<void> {
  const response = await fetch(`/__fh__/receiver/${run}/switch/${scenario}`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`switch to ${scenario}: ${response.status}`);
}

/** Waits until the receiver has logged `count` attempts for `run` (asking it again after each answer). */
export async function waitForAttempts(run: string, count: number): Promise<LoggedAttempt[]> {
  let log: LoggedAttempt[] = [];
  await waitUntil(async () => (log = await receiverLog(run)).length >= count, `${count} attempt(s) at the receiver`, { timeout: 8000 });
  return log;
}
