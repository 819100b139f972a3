import { defineContentType, field, type EntityOf } from './definition/index.js';
import { ACCESS_ROUTES, LANGUAGE_CODES, OFFER_AGE_SPANS, OFFER_CATEGORIES, OFFER_FORMATS, OFFER_STAGES } from './vocabularies.js';

/** One thing in the Start for Life offer: a service, contact or resource, with how to get it. */
export const startForLifeItemType = defineContentType({
  id: 'startForLifeItem',
  name: 'Start for Life item',
  description: 'One thing families can get from pregnancy to age 2 (or 5, if your offer covers that), and how to get it.',
  displayField: 'title',
  fields: {
    title: field.symbol('Title', { max: 100 }).required().localized(),
    summary: field.richText('Summary').required().localized().help('Two or three sentences. Write to the parent: "You will…"'),
    stages: field.symbols('Stages', { in: OFFER_STAGES }).help(
      'pregnancy, baby (0–12 months), toddler (1–2 years), preschool (3–5 years: only if the offer\'s age span is "toFive"). Leave empty for all.',
    ),
    whoItIsFor: field.symbol('Who it is for', { max: 150 }).localized().help('E.g. "Everyone who is pregnant" or "Parents of babies under 6 months"'),
    access: field.symbols('How to get it', { in: ACCESS_ROUTES }).required(),
    accessNote: field.symbol('How to get it, in words', { max: 200 }).localized().help('E.g. "Your health visitor will contact you before your baby is 2 weeks old"'),
    accessUrl: field.url('Self-referral or booking link'),
    accessPhone: field.symbol('Phone', { max: 30 }),
    services: field.links('Services', ['service'], { max: 10 }),
    hubs: field.links('Family Hubs', ['familyHub'], { max: 10 }),
    languages: field.symbols('Languages', { in: LANGUAGE_CODES, max: 30 }),
    formats: field.symbols('Formats', { in: OFFER_FORMATS }),
  },
});
/** A Start for Life offer item. */
export type StartForLifeItem = EntityOf<typeof startForLifeItemType>;

/** A section of the offer, by category. */
export const startForLifeSectionType = defineContentType({
  id: 'startForLifeSection',
  name: 'Start for Life section',
  description: 'A group of items in the offer, such as "Infant feeding".',
  displayField: 'title',
  fields: {
    category: field.symbol('Category', { in: OFFER_CATEGORIES }).required().help('Used for the completeness check: the five required categories must each have a section'),
    title: field.symbol('Heading', { max: 100 }).required().localized(),
    intro: field.text('Introduction', { max: 500 }).localized(),
    items: field.links('Items', ['startForLifeItem'], { min: 1, max: 30 }).required(),
  },
});
/** A Start for Life offer section. */
export type StartForLifeSection = EntityOf<typeof startForLifeSectionType>;

/** The council's Start for Life offer, or Healthy Babies offer (pregnancy to age 2, or to 5: see `ageSpan`). */
export const startForLifeOfferType = defineContentType({
  id: 'startForLifeOffer',
  name: 'Start for Life offer',
  description: 'Your published Start for Life offer. Keep one; the widget shows the newest published.',
  displayField: 'title',
  fields: {
    title: field.symbol('Heading', { max: 100 }).localized().help('The offer\'s name, e.g. "Healthy Babies". Leave empty for "Start for Life", the heading families will look for'),
    ageSpan: field.symbol('Age span', { in: OFFER_AGE_SPANS }).help(
      'toTwo: pregnancy to age 2 (the Start for Life offer). toFive: pregnancy to age 5 (Healthy Babies), adding the preschool stage. Leave empty for toTwo',
    ),
    intro: field.richText('Introduction').required().localized(),
    sections: field.links('Sections', ['startForLifeSection'], { min: 1, max: 20 }).required(),
    featuredItems: field.links('Featured items', ['startForLifeItem'], { max: 6 }).help('Shown on the compact card, e.g. on your home page'),
    howToAccess: field.richText('How to get support').localized(),
    whoItIsFor: field.text('Who the offer is for', { max: 300 }).localized(),
    contactPhone: field.symbol('Contact phone', { max: 30 }),
    contactEmail: field.symbol('Contact email', { max: 254 }),
    fullOfferUrl: field.url('Full offer page').help('Where the card links to, and what the printed QR code opens'),
    lastReviewed: field.date('Last reviewed').required().help('Review at least once a year'),
    coProduced: field.boolean('Co-produced with the Parent and Carer Panel'),
    coProductionNote: field.symbol('Co-production note', { max: 200 }).localized(),
  },
});
/** A Start for Life offer. */
export type StartForLifeOffer = EntityOf<typeof startForLifeOfferType>;
