// Proves the browser harness itself works: TypeScript + legacy decorators are compiled, Lit
// renders and updates, axe runs (and really rejects an inaccessible element), and Lit runs in
// dev mode with its warnings captured.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('fh-harness-greeting')
class HarnessGreeting extends LitElement {
  @property() name = 'family';

  override render() {
    return litHtml`<p>Hello, ${this.name}</p>`;
  }
}

@customElement('fh-harness-echo')
class HarnessEcho extends LitElement {
  @property({ type: Number }) count = 0;

  override updated() {
    // Deliberately schedules a second update, which Lit reports as "change-in-update".
    if (this.count === 0) this.count = 1;
  }

  override render() {
    return litHtml`<span>${this.count}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-harness-greeting': HarnessGreeting;
    'fh-harness-echo': HarnessEcho;
  }
}

const capturedLitWarnings = (): string[] =>
  (globalThis as unknown as { __FH_LIT_WARNINGS__: string[] }).__FH_LIT_WARNINGS__;

describe('browser test harness', () => {
  it('renders a Lit element and re-renders when a decorated property changes', async () => {
    const el = await fixture<HarnessGreeting>(html`<fh-harness-greeting name="Sam"></fh-harness-greeting>`);
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Hello, Sam');

    el.name = 'Priya';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Hello, Priya');
  });

  it('passes axe for an accessible element', async () => {
    const el = await fixture<HarnessGreeting>(html`<fh-harness-greeting></fh-harness-greeting>`);
    await expect(el).to.be.accessible();
  });

  it('fails axe for a button with no accessible name (negative control)', async () => {
    // eslint-disable-next-line lit-a11y/accessible-name -- the missing name is the point of this test
    const el = await fixture<HTMLButtonElement>(html`<button type="button"></button>`);
    await expect(el).not.to.be.accessible();

    let failure: unknown;
    try {
      await expect(el).to.be.accessible();
    } catch (error) {
      failure = error;
    }
    expect(failure, 'axe must reject a nameless button').to.be.instanceOf(Error);
    expect((failure as Error).message).to.contain('button-name');
  });

  it('runs in a visible page, so animation frames fire', async () => {
    // fixture() and transitions wait for requestAnimationFrame, which hidden pages never run.
    expect(document.visibilityState).to.equal('visible');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });

  it('runs Lit in dev mode and captures its warnings', async () => {
    expect(LitElement.enableWarning, 'the Lit development build is loaded').to.be.a('function');

    const el = await fixture<HarnessEcho>(html`<fh-harness-echo></fh-harness-echo>`);
    await el.updateComplete;
    // Taking the warning here keeps the guard from failing this test; any other test that causes a
    // Lit warning fails.
    const warnings = capturedLitWarnings().splice(0);
    expect(warnings.join('\n')).to.contain('lit.dev/msg/change-in-update');
  });
});
