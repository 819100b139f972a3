import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { html as litHtml, type PropertyValues, type TemplateResult } from 'lit';
import { activeLocale, defineElement, FhElement, languageOf, loadingText, normaliseLocale } from '@family-hubs/widgets/kit';
import { mount } from './helpers.js';

/** Renders real lit-localize output: `Loading…` is translated in packages/widgets/xliff/pl.xlf. */
class LocalisedGreeting extends FhElement {
  override render(): TemplateResult {
    // The same source text as loadingText(): lit-localize ids are a hash of the text, so this call
    // finds the generated Polish translation too.
    return litHtml`<p class="direct">${msg('Loading…')}</p><p class="shared">${loadingText()}</p>`;
  }
}
defineElement('fh-test-localised', LocalisedGreeting, 'test');

/** Records the previous locale each time `locale` is among the changed properties. */
class LocaleRecorder extends LocalisedGreeting {
  readonly previousLocales: unknown[] = [];
  override updated(changed: PropertyValues): void {
    if (changed.has('locale')) this.previousLocales.push(changed.get('locale'));
  }
}
defineElement('fh-test-locale-recorder', LocaleRecorder, 'test');

declare global {
  interface HTMLElementTagNameMap {
    'fh-test-localised': LocalisedGreeting;
    'fh-test-locale-recorder': LocaleRecorder;
  }
}

const text = (el: Element, selector: string): string => el.shadowRoot?.querySelector(selector)?.textContent ?? '';

describe('normaliseLocale', () => {
  const cases: [string | null | undefined, string][] = [
    ['en', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['EN-GB', 'en-GB'],
    ['en-US', 'en-GB'],
    ['pl', 'pl'],
    ['pl-PL', 'pl'],
    ['PL_pl', 'pl'],
    ['cy', 'en-GB'],
    ['', 'en-GB'],
    ['  ', 'en-GB'],
    [null, 'en-GB'],
    [undefined, 'en-GB'],
    ['x-klingon', 'en-GB'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(normaliseLocale(input)).to.equal(expected));
  }
});

describe('languageOf', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('reads the element, then its ancestors, then <html lang>', async () => {
    document.documentElement.lang = 'en-GB';
    const wrapper = await mount<HTMLDivElement>(html`<div lang="pl"><section><span id="a"></span><span id="b" lang="cy"></span></section></div>`);
    expect(languageOf(wrapper.querySelector('#a')!)).to.equal('pl');
    expect(languageOf(wrapper.querySelector('#b')!)).to.equal('cy');
    const plain = await mount<HTMLSpanElement>(html`<span></span>`);
    expect(languageOf(plain)).to.equal('en-GB');
  });

  it('skips empty lang attributes and crosses shadow roots', async () => {
    const host = await mount<HTMLDivElement>(html`<div lang="pl"><div id="host" lang=""></div></div>`);
    const shadowHost = host.querySelector('#host')!;
    const inner = document.createElement('span');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(languageOf(inner)).to.equal('pl');
  });
});

describe('FhElement locale', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(async () => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    // Let the observers and the locale switch settle before the next test.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('renders English by default', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocalisedGreeting>(html`<fh-test-localised></fh-test-localised>`);
    expect(el.locale).to.equal('en-GB');
    await waitUntil(() => activeLocale() === 'en-GB');
    await el.updateComplete;
    expect(text(el, '.direct')).to.equal('Loading…');
  });

  it('renders the generated Polish translation under lang="pl"', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="pl"><fh-test-localised></fh-test-localised></div>`);
    const el = wrapper.querySelector('fh-test-localised')!;
    expect(el.locale).to.equal('pl');
    await waitUntil(() => text(el, '.direct') === 'Wczytywanie…', 'Polish wording did not render');
    expect(text(el, '.shared')).to.equal('Wczytywanie…');
  });

  it('follows changes of <html lang>', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<LocalisedGreeting>(html`<fh-test-localised></fh-test-localised>`);
    await waitUntil(() => text(el, '.direct') === 'Loading…');

    document.documentElement.lang = 'pl-PL';
    await waitUntil(() => el.locale === 'pl' && text(el, '.direct') === 'Wczytywanie…', 'did not switch to Polish');

    document.documentElement.lang = 'en';
    await waitUntil(() => el.locale === 'en-GB' && text(el, '.direct') === 'Loading…', 'did not switch back to English');
  });

  it('follows a lang change on an ancestor, and re-renders with the locale as a changed property', async () => {
    document.documentElement.lang = 'en-GB';
    const wrapper = await mount<HTMLDivElement>(html`<div lang="en"><fh-test-locale-recorder></fh-test-locale-recorder></div>`);
    const el = wrapper.querySelector('fh-test-locale-recorder')!;
    el.previousLocales.length = 0;
    wrapper.lang = 'pl';
    await waitUntil(() => el.locale === 'pl');
    await el.updateComplete;
    expect(el.previousLocales).to.deep.equal(['en-GB']);
  });

  it('stops listening when disconnected', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<LocalisedGreeting>(html`<fh-test-localised></fh-test-localised>`);
    el.remove();
    document.documentElement.lang = 'pl';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.locale).to.equal('en-GB');
  });
});
