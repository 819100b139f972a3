/**
 * Typed events. Every event the widgets fire is an {@link FhEvent} subclass named `fh-…` that
 * bubbles and crosses shadow roots, registered in `GlobalEventHandlersEventMap` so
 * `addEventListener('fh-…', e => e.detail…)` is typed. Details never hold personal data: an
 * analytics script on the host page may listen to every event.
 *
 * A widget's own events live in its `events.ts`, following the same pattern:
 * ```ts
 * export class FhThingChangeEvent extends FhEvent<{ readonly value: string }> {
 *   static readonly eventName = 'fh-thing-change';
 *   constructor(detail: { readonly value: string }) { super(FhThingChangeEvent.eventName, detail); }
 * }
 * declare global {
 *   interface GlobalEventHandlersEventMap { 'fh-thing-change': FhThingChangeEvent }
 * }
 * ```
 */
import type { ContentErrorKind } from '@family-hubs/content';

/** Base class of the widgets' events: bubbles and is composed unless `init` says otherwise. */
export class FhEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: `fh-${string}`, detail: Detail, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init, detail });
  }
}

/** Detail of {@link FhContentLoadedEvent}. */
export interface ContentLoadedDetail {
  /** The locale the content was asked for. */
  readonly locale: string;
  /** When the content was fetched from its source (ISO 8601). */
  readonly fetchedAt: string;
  /** True when the content is a backup copy because the source could not be reached. */
  readonly stale: boolean;
  /** True when the source answered but had nothing for this widget. */
  readonly empty: boolean;
  /** Number of content problems (invalid entries left out), for editors' health checks. */
  readonly issueCount: number;
}

/** A widget has content to show (fired again whenever newer content arrives). */
export class FhContentLoadedEvent extends FhEvent<ContentLoadedDetail> {
  static readonly eventName = 'fh-content-loaded';
  constructor(detail: ContentLoadedDetail) {
    super(FhContentLoadedEvent.eventName, detail);
  }
}

/** Why content could not be loaded: a source failure, or no content source on the page at all. */
export type ContentErrorReason = ContentErrorKind | 'not-configured';

/** Detail of {@link FhContentErrorEvent}. */
export interface ContentErrorDetail {
  /** What went wrong. */
  readonly kind: ContentErrorReason;
  /** A developer-facing explanation (never personal data). */
  readonly message: string;
  /**
   * True when the widget still shows content (a backup copy, or the last good content); false
   * when it has none and shows its fallback slot instead.
   */
  readonly stale: boolean;
}

/** Loading content failed. */
export class FhContentErrorEvent extends FhEvent<ContentErrorDetail> {
  static readonly eventName = 'fh-content-error';
  constructor(detail: ContentErrorDetail) {
    super(FhContentErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fh-content-loaded': FhContentLoadedEvent;
    'fh-content-error': FhContentErrorEvent;
  }
}
