/**
 * Events of `<fh-exit-this-page>`. The help request (and any widget holding answers in memory)
 * listens for {@link FhExitThisPageEvent} on the document and forgets them.
 */
import { FhEvent } from '../internal/events.js';

/**
 * The family is leaving through Exit this page: forget anything they typed. Fired on the element
 * (it bubbles to the document) just before the page navigates away. No detail: nothing to leak.
 */
export class FhExitThisPageEvent extends FhEvent<Record<string, never>> {
  static readonly eventName = 'fh-exit-this-page';
  constructor() {
    super(FhExitThisPageEvent.eventName, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fh-exit-this-page': FhExitThisPageEvent;
  }
}
