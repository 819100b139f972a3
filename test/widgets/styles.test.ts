import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html as litHtml, type TemplateResult } from 'lit';
import { defineElement, FhElement, sharedStyles, TOKEN_DEFAULTS, TOKEN_NAMES } from '@family-hubs/widgets/kit';
import { mount } from './helpers.js';

class StyledSample extends FhElement {
  static override css = [];
  override render(): TemplateResult {
    return litHtml`
      <h2 class="fh-heading-m">Heading</h2>
      <p class="fh-body">Read about <a href="https://www.nhs.uk/">Start for Life</a>.</p>
      <span class="fh-visually-hidden">Only for screen readers</span>
    `;
  }
}
defineElement('fh-test-styled', StyledSample, 'test');
declare global {
  interface HTMLElementTagNameMap {
    'fh-test-styled': StyledSample;
  }
}

/** Focuses `target` as a keyboard user would, so :focus-visible applies. */
async function focusWithKeyboard(target: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  const root = target.getRootNode();
  (root instanceof ShadowRoot ? root.host : target).before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

const part = (el: Element, selector: string): Element => el.shadowRoot!.querySelector(selector)!;

describe('tokens and shared styles', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await emulateMedia({ media: 'screen', forcedColors: 'none' });
  });

  it('uses em (never rem) and no web fonts', () => {
    const css = [FhElement.styles, ...sharedStyles].flat().map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    expect(css).to.not.match(/\d+(\.\d+)?rem\b/);
    expect(css).to.not.contain('@font-face');
    for (const name of TOKEN_NAMES) expect(TOKEN_DEFAULTS[name]).to.not.match(/rem$/);
  });

  it('follows the host text size even when the page sets html{font-size:62.5%}', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const wrapper = await mount<HTMLDivElement>(html`<div style="font-size: 20px; font-family: Georgia, serif"><fh-test-styled></fh-test-styled></div>`);
    const el = wrapper.querySelector('fh-test-styled')!;
    expect(getComputedStyle(part(el, '.fh-body')).fontSize).to.equal('20px');
    expect(getComputedStyle(part(el, 'h2')).fontSize).to.equal('27.5px');
    expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');
  });

  it('has GOV.UK defaults and takes a theme from any ancestor', async () => {
    const plain = await fixture<StyledSample>(html`<fh-test-styled></fh-test-styled>`);
    expect(getComputedStyle(plain).color).to.equal('rgb(11, 12, 12)');
    expect(getComputedStyle(part(plain, 'a')).color).to.equal('rgb(29, 112, 184)');

    const themed = await mount<HTMLDivElement>(html`<div style="--fh-colour-link: rgb(120, 0, 80); --fh-colour-text: rgb(20, 20, 60)"><fh-test-styled></fh-test-styled></div>`);
    const el = themed.querySelector('fh-test-styled')!;
    expect(getComputedStyle(part(el, 'a')).color).to.equal('rgb(120, 0, 80)');
    expect(getComputedStyle(el).color).to.equal('rgb(20, 20, 60)');
  });

  it('shows the GOV.UK focus style on a focused link', async () => {
    const el = await fixture<StyledSample>(html`<fh-test-styled></fh-test-styled>`);
    const link = part(el, 'a') as HTMLAnchorElement;
    await focusWithKeyboard(link);
    expect(link.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(link);
    expect(style.backgroundColor).to.equal('rgb(255, 221, 0)');
    expect(style.color).to.equal('rgb(11, 12, 12)');
    expect(style.textDecorationLine).to.equal('none');
    expect(style.boxShadow).to.contain('rgb(11, 12, 12)');
  });

  it('hides visually-hidden text from sight only', async () => {
    const el = await fixture<StyledSample>(html`<fh-test-styled></fh-test-styled>`);
    const hidden = part(el, '.fh-visually-hidden');
    const box = hidden.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(getComputedStyle(hidden).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  it('prints web addresses after links', async () => {
    const el = await fixture<StyledSample>(html`<fh-test-styled></fh-test-styled>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'a'), '::after').content).to.contain('https://www.nhs.uk/');
  });

  it('keeps a visible focus outline in forced-colours mode', async () => {
    const el = await fixture<StyledSample>(html`<fh-test-styled></fh-test-styled>`);
    await emulateMedia({ forcedColors: 'active' });
    const link = part(el, 'a') as HTMLAnchorElement;
    await focusWithKeyboard(link);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });
});
