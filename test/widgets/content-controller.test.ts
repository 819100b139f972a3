import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContentSourceError, createContentClient, type ContentClient } from '@family-hubs/content';
import type { ContentErrorDetail, ContentLoadedDetail, FhContentErrorEvent, FhContentLoadedEvent } from '@family-hubs/widgets/kit';
import { answeringSource, captureWarnings, fakeSource, mount, shadowText, siteResult, siteViewFor, type TestContentWidget } from './helpers.js';

const widget = (client: ContentClient | undefined, light = 'Call 0300 123 4567 to ask about Family Hubs.') =>
  fixture<TestContentWidget>(html`<fh-test-content .contentClient=${client}><p>${light}</p></fh-test-content>`);

describe('ContentController', () => {
  it('goes from loading to loaded and fires fh-content-loaded without personal data', async () => {
    const { source, calls } = fakeSource();
    const el = await widget(createContentClient({ source }));
    expect(el.content.state).to.equal('loading');
    expect(shadowText(el)).to.equal('loading');
    expect(calls).to.have.length(1);
    const { registry, ...query } = calls[0]!.query;
    expect(query).to.deep.equal({ types: ['siteSettings'], locale: 'en-GB', ids: ['site'], view: { id: 'test-site-site' } });
    expect(Object.keys(registry)).to.deep.equal(['siteSettings'], 'only the view\'s types are validated');

    const loaded = oneEvent<FhContentLoadedEvent>(el, 'fh-content-loaded');
    calls[0]!.resolve(siteResult('en-GB'));
    const event = await loaded;
    expect(event.bubbles && event.composed).to.equal(true);
    const detail: ContentLoadedDetail = event.detail;
    expect(detail).to.deep.equal({ locale: 'en-GB', fetchedAt: '2026-11-20T12:00:00.000Z', stale: false, empty: false, issueCount: 0 });
    await el.updateComplete;
    expect(el.content.state).to.equal('loaded');
    expect(el.content.stale).to.equal(false);
    expect(el.content.error).to.equal(undefined);
    expect(shadowText(el)).to.equal('Northshire County Council');
  });

  it('is empty when the source has nothing for the query', async () => {
    const el = await widget(createContentClient({ source: answeringSource('empty', () => siteResult('en-GB')) }));
    el.entryId = 'missing';
    await waitUntil(() => el.content.state === 'empty');
    expect(el.content.snapshot).to.exist;
  });

  it('is unavailable when the source fails with no backup, shows the light-DOM fallback, and fires fh-content-error', async () => {
    const { source, calls } = fakeSource();
    const el = await widget(createContentClient({ source }));
    const failed = oneEvent<FhContentErrorEvent>(el, 'fh-content-error');
    calls[0]!.reject(new ContentSourceError('server', 'The CMS answered HTTP 503'));
    const detail: ContentErrorDetail = (await failed).detail;
    expect(detail).to.deep.equal({ kind: 'server', message: 'The CMS answered HTTP 503', stale: false });
    await el.updateComplete;
    expect(el.content.state).to.equal('unavailable');
    expect(el.content.snapshot).to.equal(undefined);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('0300 123 4567');
    await expect(el).to.be.accessible();
  });

  it('marks content from a fallback source as stale and reports the failure', async () => {
    const client = createContentClient({
      source: answeringSource('down', () => Promise.reject(new ContentSourceError('timeout', 'The CMS took too long'))),
      fallbacks: [answeringSource('pack', () => siteResult('en-GB', 'Backup Council'))],
    });
    const errors: ContentErrorDetail[] = [];
    const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
    wrapper.addEventListener('fh-content-error', (event) => errors.push(event.detail));
    const loaded = oneEvent<FhContentLoadedEvent>(wrapper, 'fh-content-loaded');
    const el = document.createElement('fh-test-content');
    el.contentClient = client;
    wrapper.append(el);
    expect((await loaded).detail.stale).to.equal(true);
    await el.updateComplete;
    expect(el.content.state).to.equal('loaded');
    expect(el.content.stale).to.equal(true);
    expect(el.content.error).to.deep.equal({ kind: 'timeout', message: 'The CMS took too long', stale: true });
    expect(errors).to.deep.equal([{ kind: 'timeout', message: 'The CMS took too long', stale: true }]);
    expect(shadowText(el)).to.equal('Backup Council');
  });

  it('follows newer content from the client (background refresh)', async () => {
    const { source, calls } = fakeSource();
    const client = createContentClient({ source, maxAgeMs: 0 });
    const el = await widget(client);
    calls[0]!.resolve(siteResult('en-GB', 'Old name'));
    await waitUntil(() => shadowText(el) === 'Old name');

    // Content older than maxAgeMs is served at once and refreshed in the background.
    await client.load(siteViewFor('site').query('en-GB', ['site']));
    await waitUntil(() => calls.length === 2);
    calls[1]!.resolve(siteResult('en-GB', 'New name', '2026-11-21T12:00:00.000Z'));
    await waitUntil(() => shadowText(el) === 'New name', 'the widget did not show the refreshed content');
    expect(el.content.snapshot!.fetchedAt).to.equal('2026-11-21T12:00:00.000Z');
  });

  it('reloads when the locale changes and when the query changes', async () => {
    const client = createContentClient({ source: answeringSource('echo', (query) => siteResult(query.locale, `Council (${query.locale})`)) });
    const wrapper = await mount<HTMLDivElement>(html`<div lang="en"><fh-test-content .contentClient=${client}></fh-test-content></div>`);
    const el = wrapper.querySelector('fh-test-content')!;
    await waitUntil(() => shadowText(el) === 'Council (en-GB)');

    wrapper.lang = 'pl';
    await waitUntil(() => shadowText(el) === 'Council (pl)', 'did not reload for the new locale');

    el.entryId = 'other';
    await waitUntil(() => el.content.state === 'empty', 'did not reload for the new query');
  });

  it('aborts its load when disconnected, ignores the late answer, and loads again when reconnected', async () => {
    const { source, calls } = fakeSource();
    const el = await widget(createContentClient({ source }));
    const parent = el.parentElement!;
    expect(calls[0]!.signal!.aborted).to.equal(false);
    el.remove();
    expect(calls[0]!.signal!.aborted).to.equal(true);
    calls[0]!.resolve(siteResult('en-GB'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(el.content.state).to.equal('loading');

    parent.append(el);
    await waitUntil(() => calls.length === 2, 'did not load again after reconnecting');
    calls[1]!.resolve(siteResult('en-GB'));
    await waitUntil(() => el.content.state === 'loaded');
  });

  it('reload() asks the source again after a failure', async () => {
    const { source, calls } = fakeSource();
    const el = await widget(createContentClient({ source }));
    calls[0]!.reject(new ContentSourceError('network', 'Offline'));
    await waitUntil(() => el.content.state === 'unavailable');
    el.content.reload();
    await waitUntil(() => calls.length === 2);
    calls[1]!.resolve(siteResult('en-GB'));
    await waitUntil(() => el.content.state === 'loaded');
  });

  it('a contentClient property wins over the page <fh-content-source>', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div><fh-content-source pack="/no/such/pack.json"></fh-content-source></div>`);
    const el = document.createElement('fh-test-content');
    el.contentClient = createContentClient({ source: answeringSource('own', () => siteResult('en-GB', 'Own client')) });
    wrapper.append(el);
    await waitUntil(() => shadowText(el) === 'Own client');
  });

  it('is unavailable, with kind "not-configured" and one warning, when the page has no content source', async () => {
    let detail: ContentErrorDetail | undefined;
    const warnings = await captureWarnings(async () => {
      const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
      wrapper.addEventListener('fh-content-error', (event) => (detail = event.detail));
      wrapper.append(document.createElement('fh-test-content'), document.createElement('fh-test-content'));
      await waitUntil(() => detail !== undefined);
    });
    expect(detail!.kind).to.equal('not-configured');
    expect(detail!.stale).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<fh-content-source');
  });
});
