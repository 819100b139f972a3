import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@family-hubs/widgets/content-source/define';
import { FhContentSource } from '@family-hubs/widgets';
import { getPageContentClient } from '@family-hubs/widgets/kit';
import { mount, shadowText } from './helpers.js';

const PACK = '/test/widgets/fixtures/content-pack.json';

describe('<fh-content-source>', () => {
  it('is registered, shows nothing and is ignored by assistive technology', async () => {
    const el = await fixture<FhContentSource>(html`<fh-content-source pack=${PACK}></fh-content-source>`);
    expect(el).to.be.instanceOf(FhContentSource);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('stays hidden even when the page sets hidden=false semantics or display on it', async () => {
    const el = await fixture<FhContentSource>(html`<fh-content-source pack=${PACK} hidden></fh-content-source>`);
    el.hidden = false;
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('maps attributes to properties', async () => {
    const el = await fixture<FhContentSource>(
      html`<fh-content-source space="abc123" access-token="token" environment="staging" host="127.0.0.1:8787" insecure preview fallback-pack="pack.json" oruk="https://directory.example.gov.uk/api"></fh-content-source>`,
    );
    expect(el.space).to.equal('abc123');
    expect(el.accessToken).to.equal('token');
    expect(el.environment).to.equal('staging');
    expect(el.host).to.equal('127.0.0.1:8787');
    expect(el.insecure).to.equal(true);
    expect(el.preview).to.equal(true);
    expect(el.fallbackPack).to.equal('pack.json');
    expect(el.oruk).to.equal('https://directory.example.gov.uk/api');
    expect(el.pack).to.equal(undefined);
  });

  it('reflects properties set from script to the attributes widgets read', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><fh-content-source></fh-content-source></div>`);
    const source = wrapper.querySelector('fh-content-source')!;
    source.pack = PACK;
    await source.updateComplete;
    expect(source.getAttribute('pack')).to.equal(PACK);
    const widget = document.createElement('fh-test-content');
    wrapper.append(widget);
    expect(getPageContentClient(widget)).to.exist;
    await waitUntil(() => shadowText(widget) === 'Northshire County Council');
  });
});
