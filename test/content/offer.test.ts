import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, checkOfferCompleteness, filterOfferByStage, resolveOffer, type RawEntry } from '@family-hubs/content';
import { doc, link } from '../support/space-builder.js';
import { contentModel } from '@family-hubs/content/model';

const raw = (id: string, contentType: string, fields: Record<string, unknown>): RawEntry => ({ id, contentType, fields });
const term = raw('tax-h', 'taxonomyTerm', { name: 'Health visiting' });
const sensitive = raw('loc-refuge', 'location', { name: 'Safe house', postcode: 'NS4 9XY', addressLine1: '1 Secret Road', hideExactAddress: true });
const open = raw('loc-hub', 'location', { name: 'Riverside', postcode: 'NS1 4AB', addressLine1: '2 River Street', townOrCity: 'Riverside' });
const hubs = [
  raw('hub-1', 'familyHub', { name: 'Riverside Family Hub', location: link('loc-hub'), phone: '01234 567890' }),
  raw('hub-2', 'familyHub', { name: 'Eastfield Family Hub', location: link('loc-refuge') }),
];
const service = (id: string, status = 'active') =>
  raw(id, 'service', { name: `Service ${id}`, summary: 'Help', status, categories: [link('tax-h')], lastChecked: '2026-10-01', phone: '0300 000 0000' });
const item = (id: string, fields: Record<string, unknown> = {}) =>
  raw(id, 'startForLifeItem', { title: `Item ${id}`, summary: doc('You will get help.'), access: ['phone'], accessPhone: '01234 000000', ...fields });
const section = (id: string, category: string, items: string[]) => raw(id, 'startForLifeSection', { category, title: `Section ${category}`, items: items.map(link) });

interface OfferOptions {
  categories?: string[];
  lastReviewed?: string;
  extraItems?: RawEntry[];
  /** The offer's "Age span"; left empty when not given. */
  ageSpan?: string;
  /** Stages of a category's item, instead of the defaults below (no stages: every stage). */
  stages?: Record<string, string[]>;
  /** Extra items to put in a category's section (ids from `extraItems`). */
  sectionItems?: Record<string, string[]>;
}

const DEFAULT_STAGES: Record<string, string[]> = { maternity: ['pregnancy'], healthVisiting: ['baby', 'toddler'] };

function offerSet(options: OfferOptions = {}) {
  const categories = options.categories ?? ['maternity', 'healthVisiting', 'parentInfantRelationships', 'infantFeeding', 'perinatalMentalHealth', 'parentingSupport', 'earlyLanguage'];
  const items = categories.map((c) => {
    const stages = options.stages?.[c] ?? DEFAULT_STAGES[c];
    return item(`i-${c}`, { ...(stages ? { stages } : {}), ...(c === 'maternity' ? { services: [link('s1'), link('s-gone')], hubs: [link('hub-1'), link('hub-2')] } : {}) });
  });
  const sections = categories.map((c) => section(`sec-${c}`, c, [`i-${c}`, ...(options.sectionItems?.[c] ?? [])]));
  const offer = raw('offer', 'startForLifeOffer', {
    intro: doc('Support from pregnancy to age 2.'),
    sections: sections.map((s) => link(s.id)),
    lastReviewed: options.lastReviewed ?? '2026-06-01',
    coProduced: true,
    ...(options.ageSpan ? { ageSpan: options.ageSpan } : {}),
  });
  return buildContentSet([term, open, sensitive, ...hubs, service('s1'), service('s-gone', 'inactive'), ...items, ...(options.extraItems ?? []), ...sections, offer], { registry: contentModel, locale: 'en-GB' }).set;
}

describe('Start for Life offer view', () => {
  it('resolves sections, items, services and hubs, leaving the heading to the widget when the council gave none', () => {
    const view = resolveOffer(offerSet())!;
    assert.equal(view.title, undefined);
    assert.equal(view.sections.length, 7);
    const maternity = view.sections[0]!.items[0]!;
    assert.deepEqual(maternity.services.map((s) => s.id), ['s1'], 'inactive services are not offered');
    assert.deepEqual(
      maternity.hubs.map((h) => [h.name, h.address]),
      [
        ['Riverside Family Hub', '2 River Street, Riverside, NS1 4AB'],
        ['Eastfield Family Hub', 'NS4'],
      ],
      'a sensitive venue shows its postcode area only',
    );
    assert.equal(view.featured.length, 3, 'the first items stand in when none are featured');
  });

  it('filters by stage, keeping items for every stage and dropping empty sections', () => {
    const view = filterOfferByStage(resolveOffer(offerSet())!, 'pregnancy');
    const titles = view.sections.flatMap((s) => s.items.map((i) => i.title));
    assert.ok(titles.includes('Item i-maternity'));
    assert.ok(!titles.includes('Item i-healthVisiting'), 'baby and toddler only');
    assert.ok(titles.includes('Item i-infantFeeding'), 'no stages means every stage');
  });

  it('covers pregnancy to age 2 when the council gave no age span, so the filter offers no 3 to 5 stage', () => {
    const view = resolveOffer(offerSet())!;
    assert.equal(view.ageSpan, 'toTwo');
    assert.deepEqual(view.stages, ['pregnancy', 'baby', 'toddler']);
  });

  it('covers pregnancy to age 5 for a toFive offer, and filters to the 3 to 5 stage', () => {
    const set = offerSet({ ageSpan: 'toFive', extraItems: [item('i-school', { stages: ['preschool'] })], sectionItems: { earlyLanguage: ['i-school'] } });
    const view = resolveOffer(set)!;
    assert.equal(view.ageSpan, 'toFive');
    assert.deepEqual(view.stages, ['pregnancy', 'baby', 'toddler', 'preschool']);
    const titles = filterOfferByStage(view, 'preschool').sections.flatMap((s) => s.items.map((i) => i.title));
    assert.ok(titles.includes('Item i-school'));
    assert.ok(titles.includes('Item i-infantFeeding'), 'no stages means every stage, 3 to 5 included');
    assert.ok(!titles.includes('Item i-maternity'), 'pregnancy only');
  });

  it('rejects an age span the model does not know, naming the field', () => {
    const { set, issues } = buildContentSet(
      [item('i1'), section('sec', 'maternity', ['i1']), raw('offer', 'startForLifeOffer', { intro: doc('x'), sections: [link('sec')], lastReviewed: '2026-06-01', ageSpan: 'toEleven' })],
      { registry: contentModel, locale: 'en-GB' },
    );
    assert.equal(resolveOffer(set), undefined);
    assert.deepEqual(issues.filter((i) => i.entryId === 'offer').map((i) => [i.path, i.message]), [[['ageSpan'], '"Age span" must be one of: toTwo, toFive (it is "toEleven")']]);
  });
});

describe('Start for Life completeness check', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('finds nothing to say about a complete, reachable, recently reviewed offer', () => {
    assert.deepEqual(checkOfferCompleteness(offerSet(), now), []);
  });

  it('names each required and recommended category the offer does not cover', () => {
    const messages = checkOfferCompleteness(offerSet({ categories: ['maternity', 'healthVisiting', 'infantFeeding'] }), now).map((i) => i.message);
    assert.equal(messages.length, 4);
    assert.match(messages[0]!, /no Parent–infant relationships section.*must cover/);
    assert.match(messages[1]!, /no Perinatal mental health section.*must cover/);
    assert.match(messages[2]!, /no Parenting support section.*funded Start for Life strand/);
    assert.match(messages[3]!, /no Early language/);
  });

  it('flags an offer not reviewed for 12 months', () => {
    const issues = checkOfferCompleteness(offerSet({ lastReviewed: '2025-10-01' }), now);
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /last reviewed on 2025-10-01, more than 12 months ago/);
  });

  it('flags an item that gives families no way to get it, and accepts one reachable through its hub', () => {
    const set = buildContentSet(
      [
        open,
        ...hubs,
        raw('i1', 'startForLifeItem', { title: 'Drop-in clinic', summary: doc('x'), access: ['dropIn'] }),
        raw('i2', 'startForLifeItem', { title: 'Baby weigh-in', summary: doc('x'), access: ['dropIn'], hubs: [link('hub-1')] }),
        raw('sec', 'startForLifeSection', { category: 'maternity', title: 'Maternity', items: [link('i1'), link('i2')] }),
        raw('offer', 'startForLifeOffer', { intro: doc('x'), sections: [link('sec')], lastReviewed: '2026-10-01' }),
      ],
      { registry: contentModel, locale: 'en-GB' },
    ).set;
    const unreachable = checkOfferCompleteness(set, now).filter((i) => i.contentType === 'startForLifeItem');
    assert.deepEqual(unreachable.map((i) => i.entryId), ['i1']);
    assert.match(unreachable[0]!.message, /"Drop-in clinic" \(in Maternity\).*no link, phone number/);
  });

  it('for a toFive offer, asks for something for 3 to 5 year olds when no item serves them', () => {
    const everyItemStaged = { parentInfantRelationships: ['baby'], infantFeeding: ['baby'], perinatalMentalHealth: ['pregnancy'], parentingSupport: ['toddler'], earlyLanguage: ['toddler'] };
    const issues = checkOfferCompleteness(offerSet({ ageSpan: 'toFive', stages: everyItemStaged }), now);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.entryId, 'offer');
    assert.match(issues[0]!.message, /No item in the offer is for 3 to 5 years \("preschool"\)\. The offer covers pregnancy to age 5/);
    assert.match(issues[0]!.message, /set "Age span" to toTwo/, 'narrowing the span is a way out');
    const withPreschool = offerSet({ ageSpan: 'toFive', stages: { ...everyItemStaged, earlyLanguage: ['toddler', 'preschool'] } });
    assert.deepEqual(checkOfferCompleteness(withPreschool, now), []);
  });

  it('asks for something for each stage of a toTwo offer, and does not ask about 3 to 5 year olds', () => {
    const noToddlers = { healthVisiting: ['baby'], parentInfantRelationships: ['baby'], infantFeeding: ['baby'], perinatalMentalHealth: ['pregnancy'], parentingSupport: ['baby'], earlyLanguage: ['baby'] };
    const messages = checkOfferCompleteness(offerSet({ stages: noToddlers }), now).map((i) => i.message);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /No item in the offer is for 1 to 2 years \("toddler"\)\. The offer covers pregnancy to age 2/);
    assert.doesNotMatch(messages[0]!, /Age span/, 'toddlers are in every span: the fix is an item');
  });

  it('warns about items only for 3 to 5 year olds in an offer that covers pregnancy to age 2', () => {
    const set = offerSet({
      extraItems: [item('i-school', { title: 'Ready for school', stages: ['preschool'] }), item('i-bridge', { stages: ['toddler', 'preschool'] })],
      sectionItems: { earlyLanguage: ['i-school', 'i-bridge'] },
    });
    const issues = checkOfferCompleteness(set, now);
    assert.deepEqual(issues.map((i) => [i.entryId, i.contentType, i.path]), [['i-school', 'startForLifeItem', ['stages']]], 'an item that also serves toddlers is in the span');
    assert.match(issues[0]!.message, /"Ready for school" \(in Section earlyLanguage\) is only for 3 to 5 years \("preschool"\), which is outside the offer's age span \(pregnancy to age 2\)/);
    assert.match(issues[0]!.message, /set the offer's "Age span" to toFive/);
    assert.deepEqual(checkOfferCompleteness(offerSet({ ageSpan: 'toFive', extraItems: [item('i-school', { stages: ['preschool'] })], sectionItems: { earlyLanguage: ['i-school'] } }), now), [], 'the same item fits a toFive offer');
  });

  it('says so when there is no offer at all', () => {
    const issues = checkOfferCompleteness(buildContentSet([], { registry: contentModel, locale: 'en-GB' }).set, now);
    assert.match(issues[0]!.message, /no published Start for Life offer/);
  });
});
