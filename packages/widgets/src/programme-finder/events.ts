/**
 * Events of `<fh-programme-finder>`. "Ask about this course" fires the kit's shared
 * `fh-ask-for-help` (`{ courseId, label }`, cancelable), the same hand-off the service search
 * makes: a page with `<fh-help-request>` takes it there; otherwise the finder follows the site's
 * help request link, if any.
 */
export { FhAskForHelpEvent, type AskForHelpDetail } from '../internal/ask-for-help.js';
