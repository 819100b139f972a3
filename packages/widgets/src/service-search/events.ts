/**
 * Events of `<fh-service-search>`. Details say what kind of search ran, never what was typed or
 * where: an analytics script on the host page may listen, and a search for domestic abuse support
 * or a postcode is personal.
 */
import type { AgeStage, DeliveryMode, Weekday } from '@family-hubs/content';
import { FhEvent } from '../internal/events.js';

/** Detail of {@link FhServiceSearchEvent}. */
export interface ServiceSearchDetail {
  /** Matching services across all pages. */
  readonly total: number;
  readonly page: number;
  /** Whether free text was part of the search (the text itself is never given). */
  readonly hasText: boolean;
  /** Whether results were measured from a place (the place is never given). */
  readonly hasPlace: boolean;
  readonly radiusMiles?: number;
  readonly categories: readonly string[];
  readonly stages: readonly AgeStage[];
  readonly freeOnly: boolean;
  readonly days: readonly Weekday[];
  readonly deliveryModes: readonly DeliveryMode[];
  readonly languages: readonly string[];
}

/** A search ran (after typing pauses, a filter changes, or the page changes). */
export class FhServiceSearchEvent extends FhEvent<ServiceSearchDetail> {
  static readonly eventName = 'fh-service-search';
  constructor(detail: ServiceSearchDetail) {
    super(FhServiceSearchEvent.eventName, detail);
  }
}

/** Detail of {@link FhServiceOpenEvent}. */
export interface ServiceOpenDetail {
  readonly serviceId: string;
}

/** A family opened a service's details. */
export class FhServiceOpenEvent extends FhEvent<ServiceOpenDetail> {
  static readonly eventName = 'fh-service-open';
  constructor(detail: ServiceOpenDetail) {
    super(FhServiceOpenEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fh-service-search': FhServiceSearchEvent;
    'fh-service-open': FhServiceOpenEvent;
  }
}
