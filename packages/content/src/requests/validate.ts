/**
 * Validating a help request into a value or a list of field errors (path + code), never zod's
 * own messages: those are English, technical, and sometimes quote the input back.
 */
import type { z } from '../zod.js';
import type { HelpRequestErrorCode, HelpRequestFieldError } from './limits.js';
import { helpRequestSchema, type HelpRequest, type HelpRequestSchemaOptions } from './schema.js';

/** The outcome of {@link validateHelpRequest}. */
export type HelpRequestValidation =
  | { readonly ok: true; readonly request: HelpRequest }
  | { readonly ok: false; readonly errors: readonly HelpRequestFieldError[] };

const CUSTOM_CODES: ReadonlySet<string> = new Set<HelpRequestErrorCode>(['topic_required', 'unknown_topic', 'duplicate', 'contact_method_required', 'not_allowed', 'required', 'invalid_format']);

/** The dotted path of a zod issue. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Maps one zod issue to the field errors it stands for (an unknown key names the key). */
function fieldErrors(issue: z.core.$ZodIssue): HelpRequestFieldError[] {
  const path = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, code: issue.input === undefined ? 'required' : 'invalid_type' }];
    case 'too_big':
      return [{ path, code: issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big' }];
    case 'too_small':
      return [{ path, code: issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too_small' }];
    case 'invalid_format':
      return [{ path, code: 'invalid_format' }];
    case 'invalid_value':
      return [{ path, code: issue.input === undefined ? 'required' : 'invalid_value' }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, code: 'unexpected_field' as const }));
    case 'custom':
      return [{ path, code: CUSTOM_CODES.has(issue.message) ? (issue.message as HelpRequestErrorCode) : 'invalid_value' }];
    default:
      return [{ path, code: 'invalid_value' }];
  }
}

/**
 * Validates `input` (a parsed JSON body, or the widget's answers). On success the request is
 * trimmed; on failure every field error is listed once, in the order of the form.
 */
export function validateHelpRequest(input: unknown, options: HelpRequestSchemaOptions = {}): HelpRequestValidation {
  // `reportInput` keeps each failing value on its issue, so "missing" and "wrong type" differ;
  // the values never leave this function.
  const result = helpRequestSchema(options).safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, request: result.data };
  const seen = new Set<string>();
  const errors: HelpRequestFieldError[] = [];
  for (const error of result.error.issues.flatMap(fieldErrors)) {
    const key = `${error.path}\u0000${error.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return { ok: false, errors };
}

/** Why a request looks like spam. */
export type SpamSignal = 'honeypot' | 'too_fast';

/** The default minimum time: nobody reads and answers the form in under 3 seconds. */
export const DEFAULT_MINIMUM_FILL_MS = 3000;

/**
 * The spam signals of a valid request. Suspected spam is quarantined for a person to look at,
 * never dropped: a fast, careful family must not lose their request.
 */
export function spamSignals(request: HelpRequest, minimumFillMs: number = DEFAULT_MINIMUM_FILL_MS): SpamSignal[] {
  const signals: SpamSignal[] = [];
  if (request.honeypot !== '') signals.push('honeypot');
  if (request.elapsedMs < minimumFillMs) signals.push('too_fast');
  return signals;
}
