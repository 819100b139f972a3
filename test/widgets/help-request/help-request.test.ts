import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FhExitThisPageEvent, type FhHelpRequest } from '@family-hubs/widgets';
import { sampleClient } from '../../support/clients.js';
import { button, choose, field, fill, fillContactJourney, headingOf, mountForm, press, receiverLog, runId, waitForHeading } from './help-request-support.js';

// Chromium's own offline mode would also cut the test runner off from the page, so the device's
// offline state is what the page reads: navigator.onLine, then the window's online event.
function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
}
function goOnline(): void {
  if (!Object.hasOwn(navigator, 'onLine')) return;
  delete (navigator as { onLine?: boolean }).onLine;
  window.dispatchEvent(new Event('online'));
}

describe('<fh-help-request>', () => {
  let element: FhHelpRequest | undefined;
  afterEach(() => {
    element?.remove();
    element = undefined;
    goOnline();
  });

  it('starts with plain words, the emergency numbers and an honest word on Exit this page', async () => {
    element = await mountForm();
    const text = element.textContent ?? '';
    expect(headingOf(element)).to.equal('Ask for help');
    expect(text).to.contain('Lots of families ask us for help');
    expect(text).to.contain('999');
    expect(text).to.contain('0808 2000 247');
    expect(text).to.contain('does not delete your browsing history');
    expect(text).to.contain('within 2 working days');
    await expect(element).to.be.accessible();
  });

  it('renders its form in light DOM, styled by a stylesheet the document adopts (no style elements or attributes)', async () => {
    element = await mountForm();
    await press(element, 'Start now');
    const label = element.querySelector('label');
    expect(label?.getRootNode()).to.equal(document);
    expect(element.querySelectorAll('style, [style]').length).to.equal(0);
    expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('fh-help-request .fh-error-summary')))).to.equal(true);
  });

  it('shows Exit this page at its top, and none of its own when the page has one', async () => {
    element = await mountForm();
    expect(element.querySelector('fh-exit-this-page')).to.not.equal(null);
    element.remove();
    const govuk = document.createElement('div');
    govuk.dataset['module'] = 'govuk-exit-this-page';
    document.body.prepend(govuk);
    try {
      element = await mountForm();
      expect(element.querySelector('fh-exit-this-page')).to.equal(null);
    } finally {
      govuk.remove();
    }
  });

  it('moves focus to the error summary, whose link focuses the field, without changing the URL', async () => {
    element = await mountForm();
    await press(element, 'Start now');
    const url = location.href;
    await press(element, 'Continue');
    const summary = element.querySelector<HTMLElement>('[data-fh-error-summary]')!;
    expect(document.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('Select what would help');
    const link = summary.querySelector('a')!;
    link.click();
    const first = element.querySelector<HTMLInputElement>('input[name="topics"]')!;
    expect(document.activeElement).to.equal(first);
    expect(location.href).to.equal(url);
    const fieldset = first.closest('fieldset')!;
    const errorId = fieldset.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).to.contain('Error:');
    await expect(element).to.be.accessible();
  });

  it('counts characters as they are typed and tells screen readers once typing pauses', async () => {
    element = await mountForm();
    await press(element, 'Start now');
    await choose(element, 'Something else');
    const textarea = field(element, 'Tell us in your own words');
    expect(textarea.getAttribute('aria-describedby')).to.match(/-info$/);
    await fill(element, 'Tell us in your own words', 'Help with sleep');
    const visible = element.querySelector('.fh-count')!;
    const status = element.querySelector('[data-fh-count-status]')!;
    expect(visible.textContent).to.contain('You have 485 characters remaining');
    expect(status.textContent?.trim()).to.equal('');
    await waitUntil(() => status.textContent?.includes('485 characters remaining'), 'announced after a pause', { timeout: 3000 });
    await fill(element, 'Tell us in your own words', 'x'.repeat(502));
    expect(visible.textContent).to.contain('You have 2 characters too many');
    await press(element, 'Continue');
    expect(element.querySelector('[data-fh-error-summary]')?.textContent).to.contain('too long');
    await expect(element).to.be.accessible();
  });

  it('passes axe on every page of the contact journey, with a keyboard user landing on each heading', async function () {
    // Eight axe runs on a shared, busy machine.
    this.timeout(40_000);
    element = await mountForm();
    await expect(element).to.be.accessible();
    const pages: string[] = [];
    await fillContactJourney(element, {
      onPage: async () => {
        pages.push(headingOf(element!));
        expect(document.activeElement?.hasAttribute('data-fh-step-heading'), `focus on the heading of "${headingOf(element!)}"`).to.equal(true);
        await expect(element).to.be.accessible();
      },
    });
    expect(pages.length).to.equal(7);
    for (const change of element.querySelectorAll('dl button')) expect(change.getAttribute('aria-describedby')).to.match(/row-\d+$/);
  });

  it('check your answers: a change link goes back with the values kept, and Continue returns to the check page', async () => {
    element = await mountForm();
    await fillContactJourney(element, { name: 'Robin' });
    expect(element.querySelector('dl')?.textContent).to.contain('Robin');
    const changeName = [...element.querySelectorAll<HTMLButtonElement>('dl > div')].find((row) => row.querySelector('dt')?.textContent === 'Your first name or a nickname')!.querySelector('button')!;
    changeName.click();
    await waitForHeading(element, 'How can we contact you?');
    expect(field(element, 'Your first name or a nickname').value).to.equal('Robin');
    expect(field(element, 'Phone number').value).to.equal('07700 900982');
    await fill(element, 'Your first name or a nickname', 'Rob');
    await press(element, 'Continue');
    await waitForHeading(element, 'Check your answers before sending');
    expect(element.querySelector('dl')?.textContent).to.contain('Rob');
    expect(element.querySelector('dl')?.textContent).to.contain('07700 900982');
  });

  it('changing "just information" to "please contact me" on the check page goes through the contact pages', async () => {
    element = await mountForm();
    await press(element, 'Start now');
    element.querySelector<HTMLInputElement>('input[name="topics"]')!.click();
    await element.updateComplete;
    await press(element, 'Continue');
    await choose(element, 'No, I just want information');
    await press(element, 'Continue');
    await waitForHeading(element, 'Check your answers before sending');
    expect(element.querySelector('dl')?.textContent).to.not.contain('Your first name or a nickname');
    [...element.querySelectorAll<HTMLButtonElement>('dl button')][1]!.click();
    await waitForHeading(element, 'Would you like us to contact you?');
    expect((field(element, 'No, I just want information') as HTMLInputElement).checked, 'the answer is kept').to.equal(true);
    await choose(element, 'Yes, please contact me');
    await press(element, 'Continue');
    await waitForHeading(element, 'Who is the help for?');
  });

  it('a keyboard-only family gets through the whole form and sends it', async () => {
    const run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/ok` });
    const tabTo = async (match: (active: Element) => boolean, what: string) => {
      for (let i = 0; i < 40; i++) {
        if (document.activeElement && match(document.activeElement)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const isButton = (text: string) => (active: Element) => active.localName === 'button' && active.textContent?.trim() === text;
    button(element, 'Start now').focus();
    await sendKeys({ press: 'Enter' });
    await waitForHeading(element, 'What would help?');
    expect(document.activeElement?.hasAttribute('data-fh-step-heading')).to.equal(true);
    await tabTo((active) => active.getAttribute('name') === 'topics', 'a topic');
    await sendKeys({ press: 'Space' });
    await tabTo(isButton('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(element, 'Would you like us to contact you?');
    await tabTo((active) => active.getAttribute('name') === 'route', 'the route radios');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitForHeading(element, 'Check your answers before sending');
    await tabTo(isButton('Send'), 'Send');
    await sendKeys({ press: 'Enter' });
    await waitForHeading(element, 'Request sent');
    const log = await receiverLog(run);
    expect(log.length).to.equal(1);
    expect(log[0]!.body['route']).to.equal('information');
    expect(log[0]!.body).to.not.have.property('contact');
  });

  it('sends once to a real receiver (201) and shows the reference, what happens next and the phone number', async () => {
    const run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/ok` });
    const consoleCalls: string[] = [];
    const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const name of Object.keys(original) as (keyof typeof original)[]) console[name] = (...args: unknown[]) => consoleCalls.push(args.map(String).join(' '));
    const events: string[] = [];
    const record = (event: Event) => events.push(JSON.stringify((event as CustomEvent).detail ?? null));
    for (const type of ['fh-content-loaded', 'fh-help-request-sent', 'click', 'submit']) document.addEventListener(type, record);
    try {
      await fillContactJourney(element, { name: 'Jordan', phone: '07700 900123' });
      const url = location.href;
      const send = button(element, 'Send');
      send.click();
      send.click();
      await element.updateComplete;
      expect(button(element, 'Sending…').disabled).to.equal(true);
      await waitForHeading(element, 'Request sent');
      expect(location.href).to.equal(url);
    } finally {
      Object.assign(console, original);
      for (const type of ['fh-content-loaded', 'fh-help-request-sent', 'click', 'submit']) document.removeEventListener(type, record);
    }
    const log = await receiverLog(run);
    expect(log.length, 'sent once, even with Send pressed twice').to.equal(1);
    expect(log[0]!.status).to.equal(201);
    const body = log[0]!.body;
    expect(body['contact']).to.deep.equal({ name: 'Jordan', phone: '07700 900123' });
    expect(body['forWhom']).to.deep.equal({ childAges: [2, 5] });
    expect(body['safety']).to.deep.equal({ safeToCall: true, safeToLeaveVoicemail: true, acceptsWithheldNumbers: true });
    expect(body['honeypot']).to.equal('');
    expect(body['elapsedMs']).to.be.a('number').greaterThan(0);
    expect(element.querySelector('.fh-reference')?.textContent).to.equal('FH-TEST-1');
    expect(element.textContent).to.contain('What happens next');
    expect(element.querySelector('a[href^="tel:"]')?.textContent).to.equal('0161 496 0100');
    expect(consoleCalls.join('\n')).to.not.contain('Jordan');
    expect(consoleCalls.join('\n')).to.not.contain('900123');
    expect(events.join('\n')).to.not.contain('Jordan');
    await expect(element).to.be.accessible();
  });

  it('after a 500 it tries again with the same Idempotency-Key and gets a 201', async () => {
    const run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/flaky` });
    await fillContactJourney(element);
    await press(element, 'Send');
    await waitForHeading(element, 'Request sent');
    const log = await receiverLog(run);
    expect(log.map((attempt) => attempt.status)).to.deep.equal([500, 201]);
    expect(log[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(log[1]!.key).to.equal(log[0]!.key);
  });

  it('offline: "not sent yet" with the phone number, answers kept, and sent when the device is back online', async () => {
    const run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/ok` });
    await fillContactJourney(element, { name: 'Alex' });
    goOffline();
    await press(element, 'Send');
    await waitUntil(() => element!.querySelector('[data-fh-not-sent]'), 'not sent yet');
    const notice = element.querySelector('[data-fh-not-sent]')!;
    expect(notice.textContent).to.contain('has not been sent yet');
    expect(notice.querySelector('a[href^="tel:"]')).to.not.equal(null);
    expect(element.querySelector('dl')?.textContent).to.contain('Alex');
    await expect(element).to.be.accessible();
    goOnline();
    await waitForHeading(element, 'Request sent');
    const log = await receiverLog(run);
    expect(log.length).to.equal(1);
    expect(log[0]!.status).to.equal(201);
  });

  it('forgets every answer when the family uses Exit this page', async () => {
    element = await mountForm();
    await press(element, 'Start now');
    await choose(element, 'Something else');
    await fill(element, 'Tell us in your own words', 'private words');
    document.dispatchEvent(new FhExitThisPageEvent());
    await element.updateComplete;
    await waitForHeading(element, 'Ask for help');
    expect(element.textContent).to.not.contain('private words');
    await press(element, 'Start now');
    expect(element.querySelectorAll('input:checked').length).to.equal(0);
    expect(element.querySelector('textarea')).to.equal(null);
  });

  it('pre-fills the service from fh-ask-for-help and sends its id (never its name)', async () => {
    const run = runId();
    element = await mountForm({ 'submit-url': `/__fh__/receiver/${run}/ok` });
    document.dispatchEvent(new CustomEvent('fh-ask-for-help', { bubbles: true, detail: { serviceId: 'svc-stay-and-play', label: 'Stay and play' } }));
    await element.updateComplete;
    expect(element.textContent).to.contain('You are asking about: Stay and play');
    await press(element, 'Start now');
    element.querySelector<HTMLInputElement>('input[name="topics"]')!.click();
    await element.updateComplete;
    await press(element, 'Continue');
    await choose(element, 'No, I just want information');
    await press(element, 'Continue');
    await waitForHeading(element, 'Check your answers before sending');
    await press(element, 'Send');
    await waitForHeading(element, 'Request sent');
    const [attempt] = await receiverLog(run);
    expect(attempt!.body['context']).to.deep.equal({ serviceId: 'svc-stay-and-play' });
    expect(JSON.stringify(attempt!.body)).to.not.contain('Stay and play');
    // Asking about another service after sending starts a new request about that one.
    document.dispatchEvent(new CustomEvent('fh-ask-for-help', { bubbles: true, detail: { serviceId: 'svc-baby-clinic', label: 'Baby clinic' } }));
    await waitForHeading(element, 'Ask for help');
    expect(element.textContent).to.contain('You are asking about: Baby clinic');
  });

  it('keeps a hand-off that comes while the form is still loading, and Exit this page forgets it', async () => {
    const connect = (): FhHelpRequest => {
      const form = document.createElement('fh-help-request');
      form.contentClient = sampleClient();
      document.body.append(form);
      return form;
    };
    element = connect();
    // At once: neither the form's screens nor its content have arrived yet.
    document.dispatchEvent(new CustomEvent('fh-ask-for-help', { bubbles: true, detail: { serviceId: 'svc-stay-and-play', label: 'Stay and play' } }));
    await waitForHeading(element, 'Ask for help');
    expect(element.textContent).to.contain('You are asking about: Stay and play');
    element.remove();

    element = connect();
    document.dispatchEvent(new CustomEvent('fh-ask-for-help', { bubbles: true, detail: { serviceId: 'svc-stay-and-play', label: 'Stay and play' } }));
    document.dispatchEvent(new FhExitThisPageEvent());
    await waitForHeading(element, 'Ask for help');
    await element.updateComplete;
    expect(element.textContent).to.not.contain('You are asking about');
  });

  it('speaks Polish on a Polish page', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'pl';
    document.body.append(wrapper);
    try {
      element = await mountForm({}, wrapper);
      await waitUntil(() => headingOf(element!) !== 'Ask for help', 'Polish heading');
      expect(headingOf(element)).to.equal('Poproś o pomoc');
      await expect(element).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });
});
