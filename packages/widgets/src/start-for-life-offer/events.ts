import type { OfferStage } from '@family-hubs/content';
import { FhEvent } from '../internal/events.js';

/** Detail of {@link FhOfferStageChangeEvent}. */
export interface OfferStageChangeDetail {
  /** The stage now shown, or `undefined` for every stage. */
  readonly stage: OfferStage | undefined;
}

/** A family chose a stage in the offer's filter. */
export class FhOfferStageChangeEvent extends FhEvent<OfferStageChangeDetail> {
  static readonly eventName = 'fh-offer-stage-change';
  constructor(detail: OfferStageChangeDetail) {
    super(FhOfferStageChangeEvent.eventName, detail);
  }
}

/** A family asked to print the offer (or save it as a PDF). Cancel it to print another way. */
export class FhOfferPrintEvent extends FhEvent<Record<string, never>> {
  static readonly eventName = 'fh-offer-print';
  constructor() {
    super(FhOfferPrintEvent.eventName, {}, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fh-offer-stage-change': FhOfferStageChangeEvent;
    'fh-offer-print': FhOfferPrintEvent;
  }
}
