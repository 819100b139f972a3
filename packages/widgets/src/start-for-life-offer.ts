/**
 * `<fh-start-for-life-offer>`: the element class, its layouts and its events. Importing this file
 * registers nothing; import `@family-hubs/widgets/start-for-life-offer/define` to register the tag.
 * @module
 */
export { FhStartForLifeOffer, OFFER_LAYOUTS, type OfferLayout } from './start-for-life-offer/start-for-life-offer.js';
export { FhOfferPrintEvent, FhOfferStageChangeEvent, type OfferStageChangeDetail } from './start-for-life-offer/events.js';
