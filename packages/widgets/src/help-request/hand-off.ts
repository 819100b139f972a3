/**
 * The hand-off from another widget ("Ask for help about this service"), read from an
 * `fh-ask-for-help` event. Any script on the page can fire one, so only what the form uses is
 * kept: the ids (sent with the request) and the name shown on screen (never sent).
 */
import type { RequestContext } from './answers.js';
import type { AskForHelpDetail } from './events.js';

/** What the form keeps of a hand-off. */
export interface HandOff {
  /** The service's or course's id, sent with the request. */
  readonly context: RequestContext;
  /** The name shown on the form ("You are asking about: …"), at most 200 characters. */
  readonly label: string;
}

/** The hand-off in `event`, or undefined when it has no name to show. */
export function readHandOff(event: Event): HandOff | undefined {
  const detail = (event as CustomEvent<AskForHelpDetail>).detail as Partial<AskForHelpDetail> | undefined;
  if (!detail || typeof detail.label !== 'string') return undefined;
  const context: { serviceId?: string; courseId?: string } = {};
  if (typeof detail.serviceId === 'string' && detail.serviceId) context.serviceId = detail.serviceId;
  if (typeof detail.courseId === 'string' && detail.courseId) context.courseId = detail.courseId;
  return { context, label: detail.label.slice(0, 200) };
}
