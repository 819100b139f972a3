import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@family-hubs/widgets/start-for-life-offer/define';
import type { FhStartForLifeOffer } from '@family-hubs/widgets';
import { buildSpace, doc, link } from '../../support/space-builder.js';
import { offerEntries } from './offer-space.js';

/** The offer, plus a draft item the editor has linked from the Maternity section but not published. */
function spaceWithDraft() {
  const entries = offerEntries([{ id: 'i-draft', type: 'startForLifeItem', fields: { title: 'Baby sleep workshop', summary: doc('New this spring.'), access: ['booking'], accessPhone: '0161 496 0123' }, draft: true }]);
  const maternity = entries.find((e) => e.id === 'sec-mat')!;
  maternity.fields = { ...maternity.fields, items: [link('i-midwife'), link('i-draft')] };
  return buildSpace(entries);
}

async function serve(space: unknown): Promise<void> {
  const response = await fetch('/__fh__/cms/space', { method: 'PUT', body: JSON.stringify(space) });
  expect(response.status).to.equal(204);
}

/** Mounts the page configuration and an offer, as a council page would have them. */
async function page(sourceAttributes: string): Promise<FhStartForLifeOffer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const source = document.createElement('fh-content-source');
  for (const attribute of sourceAttributes.split(' ')) {
    const [name, value = ''] = attribute.split('=');
    source.setAttribute(name!, value);
  }
  wrapper.append(source);
  const offer = document.createElement('fh-start-for-life-offer');
  wrapper.append(offer);
  await waitUntil(() => offer.shadowRoot?.querySelector('.offer'), 'the offer did not load from the local Delivery API', { timeout: 8000 });
  return offer;
}

const itemTitles = (el: Element) => [...el.shadowRoot!.querySelectorAll('.item-title')].map((h) => h.textContent!.trim());

describe('<fh-start-for-life-offer> with the local Contentful Delivery and Preview APIs', () => {
  before(() => serve(spaceWithDraft()));

  it('renders published content from the Delivery API, without drafts or editor tags', async () => {
    const offer = await page('space=test access-token=test-delivery-token same-origin');
    expect(itemTitles(offer)).to.include('Your midwife');
    expect(itemTitles(offer)).not.to.include('Baby sleep workshop');
    expect(offer.shadowRoot!.querySelector('[data-contentful-entry-id]')).to.equal(null, 'public pages carry no editor tags');
    await expect(offer).to.be.accessible();
  });

  it('shows draft content through the Preview API, tagged with the entry and field it comes from', async () => {
    const offer = await page('space=test access-token=test-preview-token same-origin preview');
    expect(itemTitles(offer)).to.include('Baby sleep workshop');
    const tagged = offer.shadowRoot!.querySelector('[data-contentful-entry-id="i-draft"][data-contentful-field-id="title"]');
    expect(tagged?.textContent).to.equal('Baby sleep workshop');
    await expect(offer).to.be.accessible();
  });

  it('refuses the preview API with a delivery token, and keeps the page’s fallback content', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <fh-content-source space="test" access-token="test-delivery-token" same-origin preview></fh-content-source>
        <fh-start-for-life-offer><p>Call 0161 496 0000</p></fh-start-for-life-offer>
      </div>`,
    );
    const offer = wrapper.querySelector('fh-start-for-life-offer')!;
    await waitUntil(() => offer.shadowRoot?.querySelector('slot') && !offer.shadowRoot.querySelector('.loading'), 'still loading', { timeout: 8000 });
    expect(offer.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Call 0161 496 0000');
  });
});
