/**
 * A small Start for Life offer in the Contentful export format, shared by the offer's browser
 * tests (as a content pack, or served by the local Delivery API).
 */
import type { ContentPack } from '@family-hubs/content';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { buildSpace, doc, link } from '../../support/space-builder.js';

const item = (id: string, title: string, fields: Record<string, unknown> = {}, pl?: Record<string, unknown>) => ({
  id,
  type: 'startForLifeItem',
  fields: { title, summary: doc(`${title}: what you get.`), access: ['phone'], accessPhone: '01234 567890', ...fields },
  ...(pl ? { pl } : {}),
});

/** The offer's sections, in order: a test that adds a section lists these and its own as the offer's `sections`. */
export const OFFER_SECTION_IDS = ['sec-mat', 'sec-hv', 'sec-feed', 'sec-bond', 'sec-mh', 'sec-talk'] as const;

/** Fields a test sets on the offer entry (such as `title` or `ageSpan`), over the defaults below. */
export type OfferFields = Record<string, unknown>;

/**
 * The offer's entries. `extra` lets a test add (or break) entries; `offer` changes the offer's own
 * fields (an entry in `extra` with the offer's id would be a duplicate, and the first copy wins).
 */
export function offerEntries(extra: Parameters<typeof buildSpace>[0] = [], offer: OfferFields = {}): Parameters<typeof buildSpace>[0] {
  return [
    { id: 'tax-h', type: 'taxonomyTerm', fields: { name: 'Health visiting' } },
    { id: 'loc-1', type: 'location', fields: { name: 'Riverside Family Hub', postcode: 'NS1 4AB', addressLine1: '2 River Street', townOrCity: 'Riverside' } },
    { id: 'hub-1', type: 'familyHub', fields: { name: 'Riverside Family Hub', location: link('loc-1'), phone: '01234 111222' } },
    {
      id: 'svc-feed',
      type: 'service',
      fields: { name: 'Infant feeding café', summary: 'Drop in for feeding help', status: 'active', categories: [link('tax-h')], lastChecked: '2026-10-01' },
    },
    item('i-midwife', 'Your midwife', { stages: ['pregnancy'], access: ['selfRefer'], accessUrl: 'https://nhs.example/self-refer' }, { title: 'Twoja położna' }),
    item('i-antenatal', 'Antenatal contact', { stages: ['pregnancy'], access: ['automatic'], accessNote: 'Your health visitor will contact you.' }),
    item('i-newbirth', 'New birth visit', { stages: ['baby'], access: ['automatic'], hubs: [link('hub-1')] }),
    item('i-feeding', 'Infant feeding support', { stages: ['baby'], services: [link('svc-feed')], languages: ['en', 'pl'], formats: ['inPerson', 'telephone'] }),
    item('i-bonding', 'Baby massage', { stages: ['baby'] }),
    item('i-mental', 'Perinatal mental health team', { access: ['referral'] }),
    item('i-talk', 'Chatterbox group', { stages: ['toddler'], access: ['dropIn'] }),
    { id: 'sec-mat', type: 'startForLifeSection', fields: { category: 'maternity', title: 'Maternity', items: [link('i-midwife')] }, pl: { title: 'Opieka położnicza' } },
    { id: 'sec-hv', type: 'startForLifeSection', fields: { category: 'healthVisiting', title: 'Health visiting', items: [link('i-antenatal'), link('i-newbirth')] } },
    { id: 'sec-feed', type: 'startForLifeSection', fields: { category: 'infantFeeding', title: 'Feeding your baby', items: [link('i-feeding')] } },
    { id: 'sec-bond', type: 'startForLifeSection', fields: { category: 'parentInfantRelationships', title: 'Bonding', items: [link('i-bonding')] } },
    { id: 'sec-mh', type: 'startForLifeSection', fields: { category: 'perinatalMentalHealth', title: 'Your mental health', items: [link('i-mental')] } },
    { id: 'sec-talk', type: 'startForLifeSection', fields: { category: 'earlyLanguage', title: 'Talking and play', items: [link('i-talk')] } },
    {
      id: 'offer',
      type: 'startForLifeOffer',
      fields: {
        intro: doc('Support for you and your baby, from pregnancy until your child is 2.'),
        sections: OFFER_SECTION_IDS.map(link),
        featuredItems: [link('i-midwife'), link('i-feeding')],
        contactPhone: '01234 567890',
        contactEmail: 'startforlife@northshire.example',
        fullOfferUrl: '/start-for-life',
        lastReviewed: '2026-09-15',
        coProduced: true,
        coProductionNote: 'Written with parents from Riverside and Eastfield.',
        howToAccess: doc('Ask your midwife or health visitor, or drop in to a hub.'),
        ...offer,
      },
      pl: { intro: doc('Wsparcie dla Ciebie i Twojego dziecka.') },
    },
    { id: 'site', type: 'siteSettings', fields: { councilName: 'Northshire Council', serviceSearchUrl: '/find-support', hubName: 'Best Start Family Hub', hubNamePlural: 'Best Start Family Hubs' } },
    ...extra,
  ];
}

/** The offer as a content pack (see {@link offerEntries} for `extra` and `offer`). */
export function offerPack(extra: Parameters<typeof buildSpace>[0] = [], offer: OfferFields = {}): ContentPack {
  const space = buildSpace(offerEntries(extra, offer));
  return packFromSpaceExport(space, { source: { kind: 'other' }, generatedAt: '2026-11-20T10:00:00.000Z' });
}
