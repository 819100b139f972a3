/**
 * Events `<fh-help-request>` listens for. It fires only the shared fh-content-loaded and
 * fh-content-error events: nothing about the family's answers ever leaves the element as an event.
 */

/** Detail of `fh-ask-for-help`, fired by the service search and the programme finder. */
export interface AskForHelpDetail {
  readonly serviceId?: string;
  readonly courseId?: string;
  /** The service's or course's name, shown on the form. */
  readonly label: string;
}

/** The event name the help request listens for on its document. */
export const ASK_FOR_HELP_EVENT = 'fh-ask-for-help';
