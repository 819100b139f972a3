import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '@family-hubs/widgets/kit';
import { captureWarnings } from './helpers.js';

// A constructor can be registered only once per page, so every test makes its own classes.
const makeClass = (): CustomElementConstructor => class extends HTMLElement {};

describe('defineElement', () => {
  it('registers a free tag', () => {
    const First = makeClass();
    defineElement('fh-define-free', First, '1.0.0');
    expect(customElements.get('fh-define-free')).to.equal(First);
  });

  it('does nothing, silently, when the same class is defined twice', async () => {
    const [First] = [makeClass()];
    const warnings = await captureWarnings(() => {
      defineElement('fh-define-same', First, '1.0.0');
      defineElement('fh-define-same', First, '1.0.0');
    });
    expect(customElements.get('fh-define-same')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns once, with both versions, when another version takes the tag', async () => {
    const [First, Second, Third] = [makeClass(), makeClass(), makeClass()];
    const warnings = await captureWarnings(() => {
      defineElement('fh-define-clash', First, '1.0.0');
      defineElement('fh-define-clash', Second, '2.0.0');
      defineElement('fh-define-clash', Third, '3.0.0');
    });
    expect(customElements.get('fh-define-clash')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<fh-define-clash>').and.contain('1.0.0').and.contain('2.0.0');
  });

  it('stays silent for another copy of the same version', async () => {
    const [First, Second] = [makeClass(), makeClass()];
    const warnings = await captureWarnings(() => {
      defineElement('fh-define-copy', First, '1.0.0');
      defineElement('fh-define-copy', Second, '1.0.0');
    });
    expect(customElements.get('fh-define-copy')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns when something else took the tag', async () => {
    const [First, Second] = [makeClass(), makeClass()];
    customElements.define('fh-define-foreign', First);
    const warnings = await captureWarnings(() => defineElement('fh-define-foreign', Second, '1.0.0'));
    expect(customElements.get('fh-define-foreign')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('another script');
  });

  it('registers <fh-content-source> from its define module', async () => {
    await import('@family-hubs/widgets/content-source/define');
    const { FhContentSource } = await import('@family-hubs/widgets');
    expect(customElements.get('fh-content-source')).to.equal(FhContentSource);
  });

  it('the CDN entry registers every element without throwing when loaded after a define module', async () => {
    await import('@family-hubs/widgets/cdn/index');
    expect(customElements.get('fh-content-source')).to.exist;
  });

  it('VERSION matches package.json', async () => {
    const response = await fetch('/packages/widgets/package.json');
    const pkg = (await response.json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
