/**
 * The help request's constants and error vocabulary, without zod: the form widget shows limits
 * (character counts), contact methods and error messages from these on its first pages, and
 * loads the schema (`schema.ts`, with zod) only when it first checks an answer.
 */

/** The version of this request shape; a receiver refuses versions it does not know. */
export const HELP_REQUEST_VERSION = 1;

/** Length and count limits. The widget shows them (character count), the schema enforces them. */
export const HELP_REQUEST_LIMITS = {
  /** Topics ticked; the CMS settings allow at most 20. */
  topics: 20,
  /** "Something else" free text. */
  somethingElse: 500,
  /** First name or nickname. */
  name: 50,
  phone: 30,
  email: 254,
  /** Postal address, as one block of lines. */
  post: 500,
  /** Safe times to contact, free text ("weekday mornings"). */
  safeTimes: 200,
  language: 60,
  /** Children whose ages are given. */
  children: 12,
  /** Ids of a service or course the form was opened from. */
  contextId: 64,
  /** The honeypot field is accepted (and quarantined) at any length up to this. */
  honeypot: 500,
} as const;

/** Ages up to 25: families with SEND are served to 25 (DOMAIN.md). */
export const MAX_CHILD_AGE = 25;

/** How the family can be reached; the form offers them in this order. */
export const CONTACT_METHODS = ['phone', 'text', 'email', 'post'] as const;
/** One of {@link CONTACT_METHODS}. */
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** The two routes through the form. */
export const HELP_REQUEST_ROUTES = ['contact', 'information'] as const;
/** `contact`: please get in touch. `information`: anonymous, no contact details. */
export type HelpRequestRoute = (typeof HELP_REQUEST_ROUTES)[number];

/**
 * Every machine-readable reason a field can fail, so the widget can show its own (GOV.UK style,
 * localised) message for each and a test can check that none is missing; the receiver answers
 * with the same codes.
 */
export const HELP_REQUEST_ERROR_CODES = [
  'required',
  'too_long',
  'too_many',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'invalid_type',
  'unexpected_field',
  'topic_required',
  'unknown_topic',
  'duplicate',
  'contact_method_required',
  'not_allowed',
] as const;
/** One of {@link HELP_REQUEST_ERROR_CODES}. */
export type HelpRequestErrorCode = (typeof HELP_REQUEST_ERROR_CODES)[number];

/** One problem with one field. `path` is dotted from the request's root: `contact.email`, `topics.2`. */
export interface HelpRequestFieldError {
  readonly path: string;
  readonly code: HelpRequestErrorCode;
}
