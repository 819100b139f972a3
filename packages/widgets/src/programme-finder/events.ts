/**
 * Events of `<fh-programme-finder>`. `fh-ask-for-help` is shared with other widgets: its kit file
 * (`internal/ask-for-help.ts`) is on another branch, so the class is defined here with exactly that
 * name and detail until the two meet.
 */
import { FhEvent } from '../internal/events.js';

/** Detail of {@link FhAskForHelpEvent}: what the family asked about, never who they are. */
export interface AskForHelpDetail {
  /** The course asked about. */
  readonly courseId: string;
  /** What the family pressed, e.g. the programme's name, for the help request's topic. */
  readonly label: string;
}

/**
 * A family pressed "Ask about this course". Cancelable: a host page that opens its own help
 * request cancels it; otherwise the finder follows the site's help request link, if any.
 */
export class FhAskForHelpEvent extends FhEvent<AskForHelpDetail> {
  static readonly eventName = 'fh-ask-for-help';
  constructor(detail: AskForHelpDetail) {
    super(FhAskForHelpEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fh-ask-for-help': FhAskForHelpEvent;
  }
}
