import { expect, html, oneEvent } from '@open-wc/testing';
import { FhContentErrorEvent, FhContentLoadedEvent, FhEvent, type ContentLoadedDetail } from '@family-hubs/widgets/kit';
import { mount } from './helpers.js';

describe('FhEvent', () => {
  it('bubbles and crosses shadow roots by default', async () => {
    const outer = await mount<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);

    setTimeout(() => inner.dispatchEvent(new FhEvent('fh-test-ping', { n: 1 })));
    const event = await oneEvent<FhEvent<{ n: number }>>(outer, 'fh-test-ping');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ n: 1 });
    expect(event).to.be.instanceOf(CustomEvent);
  });

  it('lets a caller opt out of bubbling or make it cancelable', () => {
    const event = new FhEvent('fh-test-ping', null, { bubbles: false, cancelable: true });
    expect(event.bubbles).to.equal(false);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(true);
  });

  it('registers fh-content-loaded and fh-content-error in GlobalEventHandlersEventMap (typed listeners)', async () => {
    const el = await mount<HTMLDivElement>(html`<div></div>`);
    const seen: { loaded?: ContentLoadedDetail; errorKind?: string } = {};
    // These listeners only compile because the event map types `event` as the subclasses.
    el.addEventListener('fh-content-loaded', (event) => {
      seen.loaded = event.detail;
    });
    el.addEventListener('fh-content-error', (event) => {
      seen.errorKind = event.detail.kind;
    });
    const detail: ContentLoadedDetail = { locale: 'en-GB', fetchedAt: '2026-11-20T12:00:00.000Z', stale: false, empty: false, issueCount: 0 };
    el.dispatchEvent(new FhContentLoadedEvent(detail));
    el.dispatchEvent(new FhContentErrorEvent({ kind: 'timeout', message: 'Timed out', stale: true }));
    expect(seen.loaded).to.deep.equal(detail);
    expect(seen.errorKind).to.equal('timeout');
    expect(FhContentLoadedEvent.eventName).to.equal('fh-content-loaded');
    expect(FhContentErrorEvent.eventName).to.equal('fh-content-error');
  });
});
