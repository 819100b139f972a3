import type { OfferAgeSpan, OfferCategory, OfferStage } from '../model/index.js';

/**
 * English names of the offer categories, for editor-facing reports. Families see the widget's
 * translated labels instead.
 */
export const OFFER_CATEGORY_NAMES: Readonly<Record<OfferCategory, string>> = {
  maternity: 'Maternity',
  healthVisiting: 'Health visiting',
  parentInfantRelationships: 'Parent–infant relationships',
  infantFeeding: 'Infant feeding',
  perinatalMentalHealth: 'Perinatal mental health',
  parentingSupport: 'Parenting support',
  earlyLanguage: 'Early language and the home learning environment',
  send: 'Special educational needs and disabilities (SEND)',
  other: 'Other support',
};

/** English names of the offer stages, for editor-facing reports (editors pick the ids in Contentful, so reports give both). */
export const OFFER_STAGE_NAMES: Readonly<Record<OfferStage, string>> = {
  pregnancy: 'Pregnancy',
  baby: '0 to 12 months',
  toddler: '1 to 2 years',
  preschool: '3 to 5 years',
};

/** English names of the offer's age spans, for editor-facing reports. */
export const OFFER_AGE_SPAN_NAMES: Readonly<Record<OfferAgeSpan, string>> = {
  toTwo: 'pregnancy to age 2',
  toFive: 'pregnancy to age 5',
};
