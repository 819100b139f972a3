/**
 * The hand-off from a widget that shows support (a service, a course) to the help request form on
 * the same page: "Ask for help about this service". The event carries ids and the name shown on
 * screen, never anything about the family; the form listens for it on the document, pre-selects
 * the service or course, and takes focus. Pages without the form never show the button.
 */
import { FhEvent } from './events.js';

/** The help request form's tag, for finding it on the page. */
export const HELP_REQUEST_TAG = 'fh-help-request';

/** Detail of {@link FhAskForHelpEvent}. */
export interface AskForHelpDetail {
  /** The service asked about. */
  readonly serviceId?: string;
  /** The course asked about (parenting programme finder). */
  readonly courseId?: string;
  /** The name of the service or course, as the family saw it. */
  readonly label: string;
}

/** A family asked for help about a service or a course. Cancel it to handle the hand-off yourself. */
export class FhAskForHelpEvent extends FhEvent<AskForHelpDetail> {
  static readonly eventName = 'fh-ask-for-help';
  constructor(detail: AskForHelpDetail) {
    super(FhAskForHelpEvent.eventName, detail, { cancelable: true });
  }
}

/** Whether `document` has a help request form to hand over to. */
export function hasHelpRequestForm(document: Document | undefined = globalThis.document): boolean {
  return !!document?.querySelector(HELP_REQUEST_TAG);
}

/**
 * Fires the hand-off from `source`; unless a listener cancels it, scrolls the form into view.
 * The form itself moves focus once it has taken the details.
 */
export function askForHelp(source: HTMLElement, detail: AskForHelpDetail): void {
  const event = new FhAskForHelpEvent(detail);
  if (!source.dispatchEvent(event)) return;
  source.ownerDocument.querySelector(HELP_REQUEST_TAG)?.scrollIntoView({ block: 'start' });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fh-ask-for-help': FhAskForHelpEvent;
  }
}
