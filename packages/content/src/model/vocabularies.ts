/**
 * Value sets shared by the model, the widgets, stories and tests (`as const` so each is both a
 * runtime list and a type).
 */

/** How a service is delivered (HSDS `attending_type`). */
export const DELIVERY_MODES = ['inPerson', 'online', 'telephone'] as const;
/** One of {@link DELIVERY_MODES}. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Service status (HSDS `status`), with "temporarily closed" shown to families as a banner. */
export const SERVICE_STATUSES = ['active', 'temporarilyClosed', 'inactive'] as const;
/** One of {@link SERVICE_STATUSES}. */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Venue accessibility features families filter and ask about. */
export const ACCESSIBILITY_FEATURES = [
  'stepFreeAccess',
  'accessibleToilet',
  'hearingLoop',
  'lift',
  'disabledParking',
  'babyChanging',
  'buggyStorage',
  'quietSpace',
  'breastfeedingFriendly',
] as const;
/** One of {@link ACCESSIBILITY_FEATURES}. */
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** ISO 639-1 codes for the languages services are most often offered in across England. */
export const LANGUAGE_CODES = [
  'en', 'ar', 'bn', 'cy', 'de', 'es', 'fa', 'fr', 'gu', 'hi', 'it', 'ku', 'lt', 'ne', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'so', 'sq', 'ta', 'ti', 'tr', 'uk', 'ur', 'zh',
] as const;
/** One of {@link LANGUAGE_CODES}. */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** RRULE frequencies supported by schedules. */
export const SCHEDULE_FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
/** One of {@link SCHEDULE_FREQUENCIES}. */
export type ScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];

/** Start for Life offer categories: the five the proposed legislation requires, then the funded strands, then SEND and the council's own. */
export const OFFER_CATEGORIES = [
  'maternity',
  'healthVisiting',
  'parentInfantRelationships',
  'infantFeeding',
  'perinatalMentalHealth',
  'parentingSupport',
  'earlyLanguage',
  'send',
  'other',
] as const;
/** One of {@link OFFER_CATEGORIES}. */
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

/** Categories a Start for Life offer must cover. */
export const REQUIRED_OFFER_CATEGORIES = ['maternity', 'healthVisiting', 'parentInfantRelationships', 'infantFeeding', 'perinatalMentalHealth'] as const satisfies readonly OfferCategory[];
/** Categories a Start for Life offer should cover (funded strands). */
export const RECOMMENDED_OFFER_CATEGORIES = ['parentingSupport', 'earlyLanguage'] as const satisfies readonly OfferCategory[];

export * from './offer-stages.js';

/** Ways a family can get an offer item or join a course. */
export const ACCESS_ROUTES = ['selfRefer', 'phone', 'dropIn', 'referral', 'booking', 'online', 'automatic'] as const;
/** One of {@link ACCESS_ROUTES}. `automatic`: families are contacted (e.g. health visiting contacts). */
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

/** Formats an offer item is available in. */
export const OFFER_FORMATS = ['inPerson', 'online', 'telephone', 'homeVisit', 'printed', 'video', 'easyRead', 'bsl'] as const;
/** One of {@link OFFER_FORMATS}. */
export type OfferFormat = (typeof OFFER_FORMATS)[number];

/** Foundations Guidebook evidence ratings ("+" marks an extra independent study). */
export const EVIDENCE_RATINGS = ['4+', '4', '3+', '3', '2+', '2', 'NL2', 'NE'] as const;
/** One of {@link EVIDENCE_RATINGS}. */
export type EvidenceRating = (typeof EVIDENCE_RATINGS)[number];

/** Level of need a programme is designed for. */
export const LEVELS_OF_NEED = ['universal', 'targetedSelected', 'targetedIndicated'] as const;
/** One of {@link LEVELS_OF_NEED}. */
export type LevelOfNeed = (typeof LEVELS_OF_NEED)[number];

/** Group, one-to-one, or either. */
export const PROGRAMME_FORMATS = ['group', 'individual', 'groupOrIndividual'] as const;
/** One of {@link PROGRAMME_FORMATS}. */
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

/**
 * What a parenting programme can help with, as families put it: behaviour, the relationship with
 * your child, talking and communication, separation or conflict between parents, teenagers, a child
 * with SEND, being a new parent.
 */
export const PROGRAMME_NEEDS = ['behaviour', 'relationship', 'communication', 'parentalConflict', 'teenagers', 'send', 'newParent'] as const;
/** One of {@link PROGRAMME_NEEDS}. */
export type ProgrammeNeed = (typeof PROGRAMME_NEEDS)[number];

/** Days, in RRULE spelling. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** One of {@link WEEKDAYS}. */
export type Weekday = (typeof WEEKDAYS)[number];

/** UK postcode, with or without the space (validation only; geocoding is elsewhere). */
export const UK_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/i;

/** 24-hour clock time, `HH:MM`. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
