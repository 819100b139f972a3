/**
 * Double clicks and Enter races never send a help request twice (issue 9). Each test holds the
 * request in flight at the story receiver (test/support/story-receiver.ts) over real HTTP, acts
 * as a hurried family would while it is held, then lets it through and reads the receiver: one
 * idempotency key on every attempt, one stored record, one reference on screen.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FhHelpRequest } from '@family-hubs/widgets';
import { button, fillContactJourney, mountForm, receiverLog, receiverStored, releaseReceiver, runId, switchReceiver, waitForAttempts, waitForHeading, type LoggedAttempt } from './help-request-support.js';

/** A real click (the browser's own mouse events) in the middle of `target`, scrolled into view. */
async function mouseClick(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The Send button, whichever words it shows now. */
const sendButton = (element: HTMLElement): HTMLButtonElement => element.querySelector<HTMLButtonElement>('form button[type="submit"]')!;

/** While the receiver holds the attempt: one attempt only, and the family told it is sending. */
async function expectOneHeldAttempt(element: FhHelpRequest, run: string, attempts = 1): Promise<LoggedAttempt[]> {
  const log = await waitForAttempts(run, attempts);
  await element.updateComplete;
  expect(sendButton(element).textContent?.trim()).to.equal('Sending…');
  expect(sendButton(element).disabled, 'Send is disabled while sending').to.equal(true);
  expect(element.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Sending…');
  expect(log.filter((attempt) => attempt.status === null).length, 'one attempt in flight').to.equal(1);
  return log;
}

/** After the release: every attempt had one key, one record was stored, and the family sees its one reference. */
async function expectSentOnce(element: FhHelpRequest, run: string, attempts: number): Promise<void> {
  await waitForHeading(element, 'Request sent');
  const log = await receiverLog(run);
  const stored = await receiverStored(run);
  expect(log.length, `attempts: ${JSON.stringify(log.map((attempt) => attempt.status))}`).to.equal(attempts);
  expect(new Set(log.map((attempt) => attempt.key)).size, 'the same Idempotency-Key on every attempt').to.equal(1);
  expect(log[0]!.key).to.match(/^[0-9a-f-]{36}$/);
  expect(stored.length, 'one stored request').to.equal(1);
  expect(stored[0]!.key).to.equal(log[0]!.key);
  const references = [...element.querySelectorAll('.fh-reference')].map((reference) => reference.textContent);
  expect(references).to.deep.equal([stored[0]!.reference]);
}

describe('<fh-help-request> never sends twice', () => {
  let element: FhHelpRequest | undefined;
  let run = '';
  afterEach(async () => {
    element?.remove();
    element = undefined;
    // A test that failed while a request was held must not leave it holding a connection.
    if (run) await releaseReceiver(run);
    run = '';
  });

  it('Send double-clicked with the mouse, the request held in flight', async () => {
    run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/hold` });
    await fillContactJourney(element);
    const send = button(element, 'Send');
    await mouseClick(send);
    await mouseClick(send);
    await expectOneHeldAttempt(element, run);
    // A third click on the disabled button, for a family still pressing.
    await mouseClick(sendButton(element));
    expect(await releaseReceiver(run)).to.equal(1);
    await expectSentOnce(element, run, 1);
  });

  it('Send clicked twice in one task, before the button can disable itself', async () => {
    run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/hold` });
    await fillContactJourney(element);
    const send = button(element, 'Send');
    send.click();
    send.click();
    await expectOneHeldAttempt(element, run);
    expect(await releaseReceiver(run)).to.equal(1);
    await expectSentOnce(element, run, 1);
  });

  it('Enter pressed twice on Send, then Enter in the form and a submit while the send is in flight', async () => {
    run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/hold` });
    await fillContactJourney(element);
    button(element, 'Send').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await expectOneHeldAttempt(element, run);
    // Enter wherever the keyboard now is, and in the form's one text field (hidden from people,
    // but autofill and bots reach it): implicit submission, which a disabled Send must not let through.
    await sendKeys({ press: 'Enter' });
    const form = sendButton(element).form!;
    form.querySelector<HTMLInputElement>('input[name="website"]')!.focus();
    await sendKeys({ press: 'Enter' });
    // A submit that bypasses the disabled button altogether (a page script, an assistive tool).
    form.requestSubmit();
    await expectOneHeldAttempt(element, run);
    expect(await releaseReceiver(run)).to.equal(1);
    await expectSentOnce(element, run, 1);
  });

  it('Try again clicked twice after "not sent yet", once the receiver recovers: the same key, one record', async function () {
    // Four attempts a second apart (the receiver's Retry-After: 1) before "not sent yet".
    this.timeout(20_000);
    run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/down` });
    await fillContactJourney(element);
    await mouseClick(button(element, 'Send'));
    await waitUntil(() => element!.querySelector('[data-fh-not-sent]')?.textContent?.includes('We could not reach our system'), '"not sent yet" after the retries', { timeout: 10_000 });
    const failed = await receiverLog(run);
    expect(failed.map((attempt) => attempt.status)).to.deep.equal([503, 503, 503, 503]);
    await switchReceiver(run, 'hold');
    const tryAgain = button(element, 'Try again');
    await mouseClick(tryAgain);
    await mouseClick(tryAgain);
    await sendKeys({ press: 'Enter' });
    await expectOneHeldAttempt(element, run, 5);
    expect(await releaseReceiver(run)).to.equal(1);
    await expectSentOnce(element, run, 5);
    expect((await receiverLog(run)).map((attempt) => attempt.status)).to.deep.equal([503, 503, 503, 503, 201]);
  });

  it('back online and Try again pressed at the same moment: the automatic resend and the press are one send', async () => {
    run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/hold` });
    await fillContactJourney(element);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      button(element, 'Send').click();
      await waitUntil(() => element!.querySelector('[data-fh-not-sent]')?.textContent?.includes('offline'), '"not sent yet" (offline)');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(await receiverLog(run)).to.deep.equal([]);
    const tryAgain = button(element, 'Try again');
    window.dispatchEvent(new Event('online'));
    tryAgain.click();
    await expectOneHeldAttempt(element, run);
    expect(await releaseReceiver(run)).to.equal(1);
    await expectSentOnce(element, run, 1);
  });

  it('Back and every Change wait while a request is in flight, so no second request with new answers can start', async () => {
    run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/hold` });
    await fillContactJourney(element);
    button(element, 'Send').click();
    await expectOneHeldAttempt(element, run);
    const changes = [...element.querySelectorAll<HTMLButtonElement>('button')].filter((candidate) => candidate.textContent?.trim().startsWith('Change'));
    expect(changes.length).to.be.greaterThan(3);
    expect(changes.every((change) => change.disabled), 'every Change is disabled').to.equal(true);
    expect(button(element, 'Back').disabled, 'Back is disabled').to.equal(true);
    changes[0]!.click();
    await element.updateComplete;
    expect(element.step).to.equal('check');
    expect(await releaseReceiver(run)).to.equal(1);
    await expectSentOnce(element, run, 1);
  });
});

describe('<fh-help-request> when the receiver refuses', () => {
  let element: FhHelpRequest | undefined;
  afterEach(() => {
    element?.remove();
    element = undefined;
  });

  it('offers the phone, not "Try again", when sending again cannot help, and keeps the answers', async () => {
    const run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/refuse` });
    await fillContactJourney(element);
    button(element, 'Send').click();
    await waitUntil(() => element!.querySelector('[data-fh-not-sent]'), 'not sent yet', { timeout: 8000 });
    const notice = element.querySelector('[data-fh-not-sent]')!;
    expect(notice.textContent).to.contain('could not take your request');
    expect(notice.querySelector('a[href^="tel:"]')?.textContent).to.equal('0161 496 0100');
    expect(element.querySelector('form button[type="submit"]'), 'no Send or Try again').to.equal(null);
    expect(element.textContent).to.contain('Sam');
    expect((await receiverLog(run)).length, 'one attempt: a 400 is not retried').to.equal(1);
    await expect(element).to.be.accessible();
  });
});
