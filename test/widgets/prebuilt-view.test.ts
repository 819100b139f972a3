// How a widget reads a view that a pack may carry prebuilt: the prebuilt value, once checked
// against the view's shape, with no resolver loaded; the entries, resolved by a resolver loaded on
// first use, when the source answers with entries; the entries again when a prebuilt value does
// not match its shape; and the page's fallback when the resolver cannot be loaded.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { createContentClient, defineLazyView, defineResolver, emptyContentSet, getEntity, type ContentClient, type ContentResult, type ContentView } from '@family-hubs/content';
import { siteSettingsType } from '@family-hubs/content/model';
import { ContentController, defineElement, FhElement, type FhContentErrorEvent } from '@family-hubs/widgets/kit';
import { html as litHtml, type TemplateResult } from 'lit';
import { answeringSource, captureWarnings, fakeSource, shadowText, siteResult } from './helpers.js';

interface Council {
  readonly name: string;
}

/** A lazy view of the council's name, counting how often its resolver is loaded (and able to fail it). */
function councilView(options: { failLoad?: boolean } = {}) {
  const loads = { count: 0 };
  const resolver = defineResolver<Council>({
    root: [siteSettingsType],
    follows: [],
    resolve: (set) => {
      const site = getEntity(set, 'siteSettings', 'site');
      return site ? { name: site.councilName } : undefined;
    },
  });
  const view = defineLazyView<Council>({
    id: 'test-council',
    types: ['siteSettings'],
    prebuilt: { version: 3, shape: { fields: { name: 'string' } } },
    load: () => {
      loads.count += 1;
      return options.failLoad ? Promise.reject(new Error('chunk did not load')) : Promise.resolve(resolver);
    },
  });
  return { view, loads };
}

class TestCouncilWidget extends FhElement {
  @property({ attribute: false }) contentClient?: ContentClient | undefined;
  @property({ attribute: false }) view!: ContentView<Council>;

  readonly content = new ContentController(this, { view: () => this.view });

  override render(): TemplateResult {
    const { state, value } = this.content;
    if (state === 'unavailable') return litHtml`<slot></slot>`;
    if (state !== 'loaded' || value === undefined) return litHtml`<p>${state}</p>`;
    return litHtml`<p>${value.name}</p>`;
  }
}
defineElement('fh-test-council', TestCouncilWidget, 'test');

const prebuilt = (value: unknown, version = 3): ContentResult => ({
  set: emptyContentSet('en-GB'),
  issues: [],
  fetchedAt: '2026-12-01T09:00:00.000Z',
  prebuilt: { view: 'test-council', version, value },
});

const mountWith = (client: ContentClient, view: ContentView<Council>) =>
  fixture<TestCouncilWidget>(html`<fh-test-council .contentClient=${client} .view=${view}><p>Call 0300 123 4567.</p></fh-test-council>`);

describe('a widget reading a view a pack may carry prebuilt', () => {
  it('asks for the view in its prebuilt version and shows the checked value without loading its resolver', async () => {
    const { view, loads } = councilView();
    const { source, calls } = fakeSource();
    const el = await mountWith(createContentClient({ source }), view);
    expect(calls[0]!.query.view).to.deep.equal({ id: 'test-council', version: 3 });
    calls[0]!.resolve(prebuilt({ name: 'Northshire Council', addedLater: true }));
    await waitUntil(() => el.content.state === 'loaded');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Northshire Council');
    expect(loads.count).to.equal(0, 'no resolver (and no content type descriptions) downloaded');
  });

  it('downloads its resolver while the content loads when the source never answers with a prebuilt view (Contentful, a feed)', async () => {
    const { view, loads } = councilView();
    const fake = fakeSource('entries-only');
    const el = await mountWith(createContentClient({ source: { ...fake.source, entriesOnly: true } }), view);
    expect(fake.calls.length).to.equal(1);
    expect(loads.count).to.equal(1, 'asked for before the entries arrive');
    fake.calls[0]!.resolve(siteResult('en-GB', 'Eastshire Council'));
    await waitUntil(() => el.content.state === 'loaded');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Eastshire Council');
    expect(loads.count).to.equal(1);
  });

  it('is empty when the prebuilt view has nothing to show', async () => {
    const { view } = councilView();
    const el = await mountWith(createContentClient({ source: answeringSource('empty-view', () => prebuilt(undefined)) }), view);
    await waitUntil(() => el.content.state === 'empty');
  });

  it('resolves entries with its resolver, loaded on first use, when the source answers with entries', async () => {
    const { view, loads } = councilView();
    const el = await mountWith(createContentClient({ source: answeringSource('entries', () => siteResult('en-GB', 'Eastshire Council')) }), view);
    await waitUntil(() => el.content.state === 'loaded');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Eastshire Council');
    expect(loads.count).to.equal(1);
  });

  it('reads the entries instead when a prebuilt value does not match its shape, and says why in the console', async () => {
    const { view } = councilView();
    const asked: (number | undefined)[] = [];
    const source = answeringSource('damaged', (query) => {
      asked.push(query.view?.version);
      return query.view?.version === undefined ? siteResult('en-GB', 'Eastshire Council') : prebuilt({ name: 42 });
    });
    let el!: TestCouncilWidget;
    const warnings = await captureWarnings(async () => {
      el = await mountWith(createContentClient({ source }), view);
      await waitUntil(() => el.content.state === 'loaded');
    });
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Eastshire Council');
    expect(asked).to.deep.equal([3, undefined], 'asked once for the prebuilt view, then for the entries');
    expect(warnings.join('\n')).to.match(/test-council view does not match its shape \(name: expected text\); reading its entries instead/);
  });

  it('asks for the entries once: a source that answers with the damaged value again is shown as unavailable, not asked forever', async () => {
    const { view } = councilView();
    const asked: (number | undefined)[] = [];
    const source = answeringSource('always-damaged', (query) => {
      asked.push(query.view?.version);
      return prebuilt({ name: 42 });
    });
    let el!: TestCouncilWidget;
    let error!: FhContentErrorEvent;
    await captureWarnings(async () => {
      el = await mountWith(createContentClient({ source }), view);
      error = await oneEvent<FhContentErrorEvent>(el, 'fh-content-error');
    });
    expect(error.detail.kind).to.equal('invalid-response');
    expect(el.content.state).to.equal('unavailable');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).to.deep.equal([3, undefined], 'asked for the entries once, then no more');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
  });

  it('shows the page’s fallback and fires fh-content-error when its resolver cannot be loaded', async () => {
    const { view } = councilView({ failLoad: true });
    const el = await mountWith(createContentClient({ source: answeringSource('entries', () => siteResult('en-GB')) }), view);
    const error = await oneEvent<FhContentErrorEvent>(el, 'fh-content-error');
    expect(error.detail.kind).to.equal('network');
    expect(el.content.state).to.equal('unavailable');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'fh-test-council': TestCouncilWidget;
  }
}
