import type { OfferCategory } from '../model/index.js';

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
