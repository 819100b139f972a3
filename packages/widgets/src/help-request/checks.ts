/**
 * What the form loads when a family starts it (a chunk of its own, with zod): each page's answers
 * checked against the shared schema (`@family-hubs/content/requests`), keeping the errors of that
 * page's fields only, and the submission that sends the request. The start page needs neither,
 * so a page that shows it downloads neither.
 */
import { browserConnectivity, createHelpRequestSubmission, validateHelpRequest, type HelpRequest, type HelpRequestErrorCode, type HelpRequestFieldError, type HelpRequestSubmission } from '@family-hubs/content/requests';
import { buildRequest, parseChildAges, STEPS, stepOfPath, type Answers, type RequestContext, type Step } from './answers.js';

/** The field errors of `step`, from the shared schema plus the checks only the form can make. */
export function stepErrors(answers: Answers, step: Step, context: RequestContext, topicIds: readonly string[]): HelpRequestFieldError[] {
  // Before the route question, check as the anonymous route, which asks for nothing personal.
  const routeDefault = STEPS.indexOf(step) < STEPS.indexOf('route') ? 'information' : 'contact';
  const errors: HelpRequestFieldError[] = [];
  const add = (path: string, code: HelpRequestErrorCode) => errors.push({ path, code });
  if (step === 'topics' && answers.somethingElseChosen && !answers.somethingElse.trim()) add('somethingElse', 'required');
  if (step === 'for-whom' && parseChildAges(answers.childAges) === undefined) add('forWhom.childAges', 'invalid_format');
  const checked = validateHelpRequest(buildRequest(answers, context, 0, routeDefault), { topicIds });
  if (!checked.ok) {
    for (const error of checked.errors) {
      if (stepOfPath(error.path) !== step && step !== 'check') continue;
      if (errors.some((known) => known.path === error.path)) continue;
      add(error.path, error.code);
    }
  }
  if (step === 'contact' && answers.route !== 'information' && !answers.name.trim() && !errors.some((error) => error.path === 'contact.name')) add('contact.name', 'required');
  return errors;
}

/** The request to send, or the errors that stop it. */
export function finalRequest(answers: Answers, context: RequestContext, elapsedMs: number, topicIds: readonly string[]): { ok: true; request: HelpRequest } | { ok: false; errors: readonly HelpRequestFieldError[] } {
  return validateHelpRequest(buildRequest(answers, context, elapsedMs), { topicIds });
}

/** A submission of `request` to `endpoint`, told by the browser when it goes offline and back. */
export function submissionOf(request: HelpRequest, endpoint: string, topicIds: readonly string[]): HelpRequestSubmission {
  return createHelpRequestSubmission(request, { endpoint, topicIds, connectivity: browserConnectivity(globalThis) });
}
