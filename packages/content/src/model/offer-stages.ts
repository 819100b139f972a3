/**
 * The offer's stages and age spans: the vocabulary the offer card reads up front (to keep a stage
 * it is given), apart from the other value lists so the card does not download them.
 */

/** Stages families filter the offer by, in order of age: pregnancy, 0–12 months, 1–2 years, 3–5 years. */
export const OFFER_STAGES = ['pregnancy', 'baby', 'toddler', 'preschool'] as const;
/** One of {@link OFFER_STAGES}: pregnancy, 0–12 months, 1–2 years, 3–5 years. */
export type OfferStage = (typeof OFFER_STAGES)[number];

/**
 * The ages an offer covers: `toTwo`, pregnancy to age 2 (Start for Life, the default), or `toFive`,
 * pregnancy to age 5 (Healthy Babies, as the early-years focus widens from 2026).
 */
export const OFFER_AGE_SPANS = ['toTwo', 'toFive'] as const;
/** One of {@link OFFER_AGE_SPANS}. */
export type OfferAgeSpan = (typeof OFFER_AGE_SPANS)[number];
/** The span of an offer whose editors left "Age span" empty: what every offer covered before 2026. */
export const DEFAULT_OFFER_AGE_SPAN: OfferAgeSpan = 'toTwo';

/** The stages each age span covers, in {@link OFFER_STAGES} order. */
export const OFFER_STAGES_BY_SPAN: Readonly<Record<OfferAgeSpan, readonly OfferStage[]>> = {
  toTwo: ['pregnancy', 'baby', 'toddler'],
  toFive: OFFER_STAGES,
};
