// <fh-content-source> is deliberately never registered in this file: the page configuration must
// work from attributes alone, before (or without) the element being upgraded.
import { expect, html, waitUntil } from '@open-wc/testing';
import { getPageContentClient, readContentSourceConfig } from '@family-hubs/widgets/kit';
import { contentModel } from '@family-hubs/content/model';
import { captureWarnings, mount, shadowText, type TestContentWidget } from './helpers.js';

const PACK = '/test/widgets/fixtures/content-pack.json';
const absolute = (path: string): string => new URL(path, document.baseURI).href;

/** How many times the browser downloaded `url` so far. */
// The test runner serves every source module as its own request: far more than the browser's
// default buffer of 250 resource timings, after which new downloads would go unrecorded.
performance.setResourceTimingBufferSize(100_000);
const downloads = (url: string): number => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;

describe('readContentSourceConfig', () => {
  const element = (attributes: Record<string, string>): Element => {
    const el = document.createElement('fh-content-source');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };

  it('reads a pack, resolved against the page address', () => {
    expect(readContentSourceConfig(element({ pack: PACK }))).to.deep.equal({ source: { kind: 'pack', url: absolute(PACK) } });
  });

  it('reads a Contentful space with its options and a fallback pack', () => {
    const config = readContentSourceConfig(
      element({ space: 'abc123', 'access-token': 'token', environment: 'staging', host: '127.0.0.1:8787', insecure: '', preview: '', 'fallback-pack': 'pack.json' }),
    );
    expect(config).to.deep.equal({
      source: { kind: 'contentful', space: 'abc123', accessToken: 'token', environment: 'staging', host: '127.0.0.1:8787', insecure: true, preview: true },
      fallbackPack: absolute('pack.json'),
    });
  });

  it('leaves out options that are not set', () => {
    expect(readContentSourceConfig(element({ space: 'abc123', 'access-token': 'token' }))).to.deep.equal({
      source: { kind: 'contentful', space: 'abc123', accessToken: 'token' },
    });
  });

  it('reads same-origin as the page’s own host and scheme (the demo server, a council proxy)', () => {
    const page = new URL(document.baseURI);
    expect(readContentSourceConfig(element({ space: 'northshire', 'access-token': 'token', 'same-origin': '', host: 'ignored.example' }))).to.deep.equal({
      source: { kind: 'contentful', space: 'northshire', accessToken: 'token', host: page.host, ...(page.protocol === 'http:' ? { insecure: true } : {}) },
    });
  });

  it('reads an ORUK feed beside a pack or a space, resolved against the page address', () => {
    expect(readContentSourceConfig(element({ pack: PACK, oruk: 'feeds/oruk/' }))).to.deep.equal({ source: { kind: 'pack', url: absolute(PACK), oruk: { url: absolute('feeds/oruk/') } } });
    expect(readContentSourceConfig(element({ space: 'abc123', 'access-token': 'token', oruk: 'https://directory.example.gov.uk/api' }))).to.deep.equal({
      source: { kind: 'contentful', space: 'abc123', accessToken: 'token', oruk: { url: 'https://directory.example.gov.uk/api' } },
    });
  });

  it('reads where the feed is searched: search and search-threshold, ignoring values it does not know', () => {
    const oruk = (attributes: Record<string, string>) => readContentSourceConfig(element({ pack: PACK, oruk: 'feeds/oruk/', ...attributes }))?.source.oruk;
    expect(oruk({ search: 'server' })).to.deep.equal({ url: absolute('feeds/oruk/'), search: 'server' });
    expect(oruk({ search: 'Browser' })).to.deep.equal({ url: absolute('feeds/oruk/'), search: 'browser' });
    expect(oruk({ 'search-threshold': '20000' })).to.deep.equal({ url: absolute('feeds/oruk/'), serverSearchAbove: 20000 });
    expect(oruk({ search: 'server', 'search-threshold': '20000' }), 'a threshold only matters to auto').to.deep.equal({ url: absolute('feeds/oruk/'), search: 'server' });
    expect(oruk({ search: 'sometimes', 'search-threshold': 'many' })).to.deep.equal({ url: absolute('feeds/oruk/') });
  });

  it('prefers a pack over a space', () => {
    expect(readContentSourceConfig(element({ pack: PACK, space: 'abc123', 'access-token': 'token' }))!.source.kind).to.equal('pack');
  });

  it('is undefined without a pack or a complete space', () => {
    expect(readContentSourceConfig(element({}))).to.equal(undefined);
    expect(readContentSourceConfig(element({ space: 'abc123' }))).to.equal(undefined);
    expect(readContentSourceConfig(element({ 'access-token': 'token', pack: '  ' }))).to.equal(undefined);
  });
});

describe('getPageContentClient', () => {
  // Downloads are counted per test.
  beforeEach(() => performance.clearResourceTimings());

  it('reads services from an ORUK feed and the rest from the pack, loading the feed code only then', async () => {
    const feed = '/test/widgets/fixtures/oruk-feed';
    const wrapper = await mount<HTMLDivElement>(html`<div><fh-content-source pack=${PACK} oruk=${feed}></fh-content-source><fh-test-content></fh-test-content></div>`);
    const orukCode = absolute('/packages/content/src/sources/oruk/oruk-source.ts');
    const client = getPageContentClient(wrapper.querySelector('fh-test-content')!)!;
    await waitUntil(() => shadowText(wrapper.querySelector('fh-test-content')!) === 'Northshire County Council');
    expect(downloads(orukCode)).to.equal(0, 'a widget reading site settings alone does not load the feed reader');
    const { set } = await client.load({ types: ['service', 'siteSettings'], registry: contentModel, locale: 'en-GB' });
    expect(Object.keys(set.entities.service ?? {}).sort()).to.deep.equal(['service-s-101', 'service-s-102']);
    expect(Object.values(set.entities.siteSettings ?? {})[0]?.councilName).to.equal('Northshire County Council');
    expect(downloads(orukCode)).to.equal(1, 'the feed reader is loaded once the feed is needed');
  });

  it('reads the first <fh-content-source> before it is upgraded and shares one client between widgets', async () => {
    const wrapper = await mount<HTMLDivElement>(html`
      <div>
        <fh-content-source pack=${PACK}></fh-content-source>
        <fh-content-source pack="/ignored.json"></fh-content-source>
        <fh-test-content id="one"></fh-test-content>
        <fh-test-content id="two"></fh-test-content>
      </div>
    `);
    expect(customElements.get('fh-content-source')).to.equal(undefined);
    const [one, two] = [...wrapper.querySelectorAll('fh-test-content')] as [TestContentWidget, TestContentWidget];
    const client = getPageContentClient(one);
    expect(client).to.exist;
    expect(getPageContentClient(two)).to.equal(client);
    expect(client!.source.key).to.equal(`pack:${absolute(PACK)}`);

    await waitUntil(() => one.content.state === 'loaded' && two.content.state === 'loaded', 'widgets did not load the pack');
    expect(shadowText(one)).to.equal('Northshire County Council');
    expect(shadowText(two)).to.equal('Northshire County Council');
    expect(downloads(absolute(PACK))).to.equal(1);
  });

  it('gives each widget content in its own language', async () => {
    const wrapper = await mount<HTMLDivElement>(html`
      <div>
        <fh-content-source pack=${PACK}></fh-content-source>
        <fh-test-content id="en"></fh-test-content>
        <div lang="pl"><fh-test-content id="pl"></fh-test-content></div>
      </div>
    `);
    const en = wrapper.querySelector<TestContentWidget>('#en')!;
    const pl = wrapper.querySelector<TestContentWidget>('#pl')!;
    await waitUntil(() => en.content.state === 'loaded' && pl.content.state === 'loaded');
    expect(shadowText(en)).to.equal('Northshire County Council');
    expect(shadowText(pl)).to.equal('Rada Hrabstwa Northshire');
  });

  it('falls back to the fallback pack when the source fails (here: not a content pack), marked stale', async () => {
    const wrapper = await mount<HTMLDivElement>(html`
      <div>
        <fh-content-source pack="/packages/widgets/package.json" fallback-pack=${PACK}></fh-content-source>
        <fh-test-content></fh-test-content>
      </div>
    `);
    const el = wrapper.querySelector('fh-test-content')!;
    await waitUntil(() => el.content.state === 'loaded', 'did not fall back');
    expect(el.content.stale).to.equal(true);
    expect(el.content.error!.kind).to.equal('invalid-response');
    expect(shadowText(el)).to.equal('Northshire County Council');
  });

  it('keeps a loaded widget on its client when the page removes <fh-content-source> later', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><fh-content-source pack=${PACK}></fh-content-source><fh-test-content></fh-test-content></div>`);
    const el = wrapper.querySelector('fh-test-content')!;
    await waitUntil(() => el.content.state === 'loaded');
    wrapper.querySelector('fh-content-source')!.remove();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.content.state).to.equal('loaded');
    expect(shadowText(el)).to.equal('Northshire County Council');
  });

  it('creates a new client when the configuration changes', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><fh-content-source pack=${PACK}></fh-content-source><span></span></div>`);
    const span = wrapper.querySelector('span')!;
    const first = getPageContentClient(span);
    wrapper.querySelector('fh-content-source')!.setAttribute('fallback-pack', PACK);
    const second = getPageContentClient(span);
    expect(second).to.not.equal(first);
    expect(getPageContentClient(span)).to.equal(second);
  });

  it('warns once about an incomplete <fh-content-source> and returns undefined', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><fh-content-source space="abc123"></fh-content-source><span></span></div>`);
    const span = wrapper.querySelector('span')!;
    const warnings = await captureWarnings(() => {
      expect(getPageContentClient(span)).to.equal(undefined);
      expect(getPageContentClient(span)).to.equal(undefined);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('access-token');
  });
});
