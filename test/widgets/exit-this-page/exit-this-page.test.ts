import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@family-hubs/widgets/exit-this-page/define';
import { DEFAULT_EXIT_URL, ShiftCounter, type FhExitThisPage } from '@family-hubs/widgets';
import { getAnnouncer } from '@family-hubs/widgets/kit';

const key = (target: Document, type: 'keydown' | 'keyup', init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, ...init }));
const shift = (target: Document, code: 'ShiftLeft' | 'ShiftRight' = 'ShiftLeft') => {
  key(target, 'keydown', { key: 'Shift', code, shiftKey: true });
  key(target, 'keyup', { key: 'Shift', code });
};

/** A real page in a frame: Exit this page navigates it, not the test page. */
async function framePage(): Promise<{ frame: HTMLIFrameElement; window: Window; document: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'A page with Exit this page';
  frame.src = '/test/widgets/exit-this-page/exit-page.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements.get('fh-exit-this-page') && frame.contentDocument?.querySelector('fh-exit-this-page')?.shadowRoot?.querySelector('a'), 'the frame page is ready', { timeout: 8000 });
  return { frame, window: frame.contentWindow!, document: frame.contentDocument! };
}

describe('<fh-exit-this-page>', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('is a link to the neutral site, sticky at the top, and passes axe', async () => {
    const element = await fixture<FhExitThisPage>(html`<fh-exit-this-page></fh-exit-this-page>`);
    const link = element.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal(DEFAULT_EXIT_URL);
    expect(link.textContent).to.equal('Exit this page');
    expect(getComputedStyle(element).position).to.equal('sticky');
    expect(getComputedStyle(element).top).to.equal('0px');
    await expect(element).to.be.accessible();
  });

  it('falls back to BBC Weather when redirect-url is not a link the URL policy allows', async () => {
    const element = await fixture<FhExitThisPage>(html`<fh-exit-this-page redirect-url="javascript:alert(1)"></fh-exit-this-page>`);
    expect(element.destination).to.equal(DEFAULT_EXIT_URL);
  });

  it('announces after one and two Shift presses (real keys)', async () => {
    const element = await fixture<FhExitThisPage>(html`<fh-exit-this-page></fh-exit-this-page>`);
    expect(element.listening).to.equal(true);
    const region = getAnnouncer().region();
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => region.textContent === 'Shift, press 2 more times to exit.', `after one press: "${region.textContent}"`);
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => region.textContent === 'Shift, press 1 more time to exit.', `after two presses: "${region.textContent}"`);
  });

  it('Shift used as a modifier does not count (Shift+A, Shift+B, Shift+C: no announcement, no exit)', async () => {
    const element = await fixture<FhExitThisPage>(html`<fh-exit-this-page></fh-exit-this-page>`);
    const region = getAnnouncer().region();
    region.textContent = '';
    for (const letter of ['KeyA', 'KeyB', 'KeyC']) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: letter });
      await sendKeys({ up: 'Shift' });
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(region.textContent).to.equal('');
    expect(element.listening).to.equal(true);
  });

  it('counts three presses within the window, and starts again when they are too far apart', async () => {
    const events: string[] = [];
    const counter = new ShiftCounter(document, { onPress: (count) => events.push(`press ${count}`), onExit: () => events.push('exit'), onExpire: () => events.push('expired') }, 200);
    counter.start();
    try {
      shift(document);
      shift(document);
      await new Promise((resolve) => setTimeout(resolve, 300));
      shift(document);
      shift(document);
      shift(document);
    } finally {
      counter.stop();
    }
    expect(events).to.deep.equal(['press 1', 'press 2', 'expired', 'press 1', 'press 2', 'exit']);
  });

  it('left and right Shift mixed still count, even when their presses overlap', () => {
    const events: string[] = [];
    const counter = new ShiftCounter(document, { onPress: (count) => events.push(`press ${count}`), onExit: () => events.push('exit'), onExpire: () => events.push('expired') });
    counter.start();
    try {
      shift(document, 'ShiftLeft');
      key(document, 'keydown', { key: 'Shift', code: 'ShiftRight', shiftKey: true });
      key(document, 'keydown', { key: 'Shift', code: 'ShiftLeft', shiftKey: true });
      key(document, 'keyup', { key: 'Shift', code: 'ShiftRight', shiftKey: true });
      key(document, 'keyup', { key: 'Shift', code: 'ShiftLeft' });
    } finally {
      counter.stop();
    }
    expect(events).to.deep.equal(['press 1', 'press 2', 'exit']);
  });

  it('Shift three times hides the page behind "Loading." in system colours, announces it, tells widgets to forget and goes to the neutral site', async () => {
    const { frame, window: view, document: page } = await framePage();
    const forgot: Event[] = [];
    page.addEventListener('fh-exit-this-page', (event) => forgot.push(event));
    const unloadPrompts: string[] = [];
    const original = view.addEventListener.bind(view);
    view.addEventListener = ((type: string, ...rest: Parameters<Window['addEventListener']> extends [unknown, ...infer R] ? R : never) => {
      if (type === 'beforeunload') unloadPrompts.push(type);
      return original(type, ...(rest as [EventListener]));
    }) as Window['addEventListener'];
    shift(page);
    shift(page);
    shift(page, 'ShiftRight');
    const overlay = page.querySelector<HTMLElement>('[data-fh-exit-overlay]');
    expect(overlay?.textContent).to.equal('Loading.');
    const style = view.getComputedStyle(overlay!);
    const probe = page.createElement('div');
    probe.style.background = 'Canvas';
    probe.style.color = 'CanvasText';
    page.body.append(probe);
    expect(style.backgroundColor).to.equal(view.getComputedStyle(probe).backgroundColor);
    expect(style.color).to.equal(view.getComputedStyle(probe).color);
    expect(style.position).to.equal('fixed');
    expect(page.querySelector('main')?.hasAttribute('inert')).to.equal(true);
    expect(forgot.length).to.equal(1);
    expect((forgot[0] as CustomEvent).detail).to.deep.equal({});
    await waitUntil(() => frame.contentWindow?.location.pathname === '/test/widgets/exit-this-page/neutral.html', 'navigated to the neutral site', { timeout: 8000 });
    expect(frame.contentWindow!.history.length, 'the page stays in the history').to.be.greaterThan(1);
    expect(unloadPrompts).to.deep.equal([]);
  });

  it('the button does the same; with replace-history the page is replaced in the history', async () => {
    const { frame, document: page } = await framePage();
    const before = frame.contentWindow!.history.length;
    const element = page.querySelector<FhExitThisPage>('fh-exit-this-page')!;
    element.replaceHistory = true;
    await element.updateComplete;
    element.shadowRoot!.querySelector('a')!.click();
    expect(page.querySelector('[data-fh-exit-overlay]')?.textContent).to.equal('Loading.');
    await waitUntil(() => frame.contentWindow?.location.pathname === '/test/widgets/exit-this-page/neutral.html', 'navigated', { timeout: 8000 });
    expect(frame.contentWindow!.history.length).to.equal(before);
  });

  it('resets the count and shows the page again on pageshow (coming back with Back)', async () => {
    const { window: view, document: page } = await framePage();
    const element = page.querySelector<FhExitThisPage>('fh-exit-this-page')!;
    const exits: string[] = [];
    page.addEventListener('fh-exit-this-page', () => exits.push('exit'));
    shift(page);
    shift(page);
    view.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    shift(page);
    shift(page);
    expect(exits, 'four presses with a pageshow between them are two and two').to.deep.equal([]);
    expect(element.listening).to.equal(true);
  });

  it('adds no second listener when the page runs GOV.UK Exit this page, or already has one of ours', async () => {
    const govuk = document.createElement('div');
    govuk.dataset['module'] = 'govuk-exit-this-page';
    document.body.prepend(govuk);
    try {
      const element = await fixture<FhExitThisPage>(html`<fh-exit-this-page></fh-exit-this-page>`);
      expect(element.listening).to.equal(false);
      expect(element.shadowRoot!.querySelector('a')).to.not.equal(null);
    } finally {
      govuk.remove();
    }
    const wrapper = await fixture<HTMLElement>(html`<div><fh-exit-this-page></fh-exit-this-page><fh-exit-this-page></fh-exit-this-page></div>`);
    const [first, second] = wrapper.querySelectorAll('fh-exit-this-page');
    expect(first!.listening).to.equal(true);
    expect(second!.listening).to.equal(false);
  });

  it('shows a plain link without JavaScript (the light-DOM fallback)', async () => {
    const response = await fetch('/test/widgets/exit-this-page/exit-page.html');
    const markup = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fallback = markup.querySelector('fh-exit-this-page > a');
    expect(fallback?.getAttribute('href')).to.equal('/test/widgets/exit-this-page/neutral.html');
  });
});
