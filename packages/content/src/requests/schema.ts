/**
 * The help request: what a family sends from the "ask for help" form. One schema, shared by the
 * widget (to show errors before sending), the submission client and the receiver (to answer 422).
 *
 * Minimal by design (DOMAIN.md): a first name or nickname and one safe way to contact, or no
 * contact details at all on the "I just want information" route. Objects are strict, so a field
 * nobody asked for (and nobody promised to protect) is refused rather than stored.
 */
import { z } from '../zod.js';
import { CONTACT_METHODS, HELP_REQUEST_LIMITS, HELP_REQUEST_ROUTES, HELP_REQUEST_VERSION, MAX_CHILD_AGE, type HelpRequestErrorCode } from './limits.js';

/** Entry ids (Contentful `sys.id`) and codes: letters, digits, `.`, `_`, `-`. */
const ID_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Digits with the usual separators; at least 10 and at most 13 digits (0… or +44…). */
const PHONE_PATTERN = /^\+?[0-9 ()-]+$/;

const id = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(ID_PATTERN));
const text = (max: number) => z.string().check(z.maxLength(max));
const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

const phoneNumber = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(HELP_REQUEST_LIMITS.phone),
  z.regex(PHONE_PATTERN),
  z.refine((value: string) => digitCount(value) >= 10 && digitCount(value) <= 13, { message: 'invalid_format' }),
);

/** Who the help is for. Everything is optional: families need not say. */
const forWhomSchema = z.strictObject({
  pregnant: z.optional(z.boolean()),
  childAges: z.optional(z.array(z.int().check(z.gte(0), z.lte(MAX_CHILD_AGE))).check(z.maxLength(HELP_REQUEST_LIMITS.children))),
});

/** The ways to reach the family; at least one is required on the contact route. */
const contactSchema = z.strictObject({
  /** A first name or a nickname: nothing more is needed. */
  name: requiredText(HELP_REQUEST_LIMITS.name),
  phone: z.optional(phoneNumber),
  /** A mobile number for text messages (may be the same as `phone`). */
  text: z.optional(phoneNumber),
  email: z.optional(z.email().check(z.maxLength(HELP_REQUEST_LIMITS.email))),
  post: z.optional(requiredText(HELP_REQUEST_LIMITS.post)),
});

/**
 * The safe-contact answers. `undefined` means "not asked" or "not answered"; staff must then
 * treat the route as unsafe and use the one the family chose with care.
 */
const safetySchema = z.strictObject({
  safeToCall: z.optional(z.boolean()),
  safeToLeaveVoicemail: z.optional(z.boolean()),
  acceptsWithheldNumbers: z.optional(z.boolean()),
  safeToText: z.optional(z.boolean()),
  safeToEmail: z.optional(z.boolean()),
  safeToPost: z.optional(z.boolean()),
  /** Free text: "weekday mornings", "not after 5pm". */
  safeTimes: z.optional(text(HELP_REQUEST_LIMITS.safeTimes)),
});

/** Access needs. */
const accessSchema = z.strictObject({
  /** The language the family would like to be contacted in, in their own words. */
  language: z.optional(text(HELP_REQUEST_LIMITS.language)),
  interpreter: z.optional(z.boolean()),
  britishSignLanguage: z.optional(z.boolean()),
  easyRead: z.optional(z.boolean()),
});

/**
 * Where the form was opened from. Ids only, set by the page (never read from the URL's query,
 * never personal data).
 */
const contextSchema = z.strictObject({
  serviceId: z.optional(id(HELP_REQUEST_LIMITS.contextId)),
  courseId: z.optional(id(HELP_REQUEST_LIMITS.contextId)),
});

/** The request's shape before the cross-field rules. */
const baseSchema = z.strictObject({
  version: z.literal(HELP_REQUEST_VERSION),
  route: z.enum(HELP_REQUEST_ROUTES),
  /** Topic ids: the `taxonomyTerm` entry ids listed in the CMS help-request settings' `topics`. */
  topics: z.array(id(HELP_REQUEST_LIMITS.contextId)).check(z.maxLength(HELP_REQUEST_LIMITS.topics)),
  /** "Something else": what would help, in the family's words. */
  somethingElse: z.optional(text(HELP_REQUEST_LIMITS.somethingElse)),
  forWhom: z.optional(forWhomSchema),
  contact: z.optional(contactSchema),
  safety: z.optional(safetySchema),
  access: z.optional(accessSchema),
  context: z.optional(contextSchema),
  /**
   * The honeypot: a field people never see (hidden from sight and from assistive technology), so
   * anything in it suggests a bot. Send `''`. Accepted by the schema so that the receiver can
   * quarantine the request instead of telling the bot what gave it away.
   */
  honeypot: text(HELP_REQUEST_LIMITS.honeypot),
  /** Milliseconds from the form's first render to submit: the minimum-time signal. */
  elapsedMs: z.int().check(z.gte(0)),
});

/** A valid help request. */
export type HelpRequest = z.infer<typeof baseSchema>;

/** Checks that do not fit one field: a topic or "something else"; a contact route; no contact details when anonymous. */
function crossFieldRules(topicIds: ReadonlySet<string> | undefined) {
  return z.superRefine((request: HelpRequest, ctx) => {
    const problem = (path: (string | number)[], code: HelpRequestErrorCode) => ctx.issues.push({ code: 'custom', message: code, path, input: request });
    if (request.topics.length === 0 && !request.somethingElse?.trim()) problem(['topics'], 'topic_required');
    if (new Set(request.topics).size !== request.topics.length) problem(['topics'], 'duplicate');
    if (topicIds) request.topics.forEach((topic, index) => topicIds.has(topic) || problem(['topics', index], 'unknown_topic'));
    if (request.route === 'contact') {
      if (!request.contact) problem(['contact'], 'required');
      else if (!CONTACT_METHODS.some((method) => request.contact?.[method] !== undefined)) problem(['contact'], 'contact_method_required');
    } else {
      // Anonymous means anonymous: nothing that could identify or reach the family.
      for (const key of ['contact', 'safety'] as const) if (request[key] !== undefined) problem([key], 'not_allowed');
    }
  });
}

/** Options for {@link helpRequestSchema}. */
export interface HelpRequestSchemaOptions {
  /**
   * The topic ids this form offers (the settings' `topics`). Given, any other topic is an
   * `unknown_topic` error; left out, any well-formed id is accepted.
   */
  readonly topicIds?: readonly string[];
}

/** The zod schema of a help request, optionally limited to the topics one council offers. */
export function helpRequestSchema(options: HelpRequestSchemaOptions = {}) {
  const topics = options.topicIds ? new Set(options.topicIds) : undefined;
  return baseSchema.check(crossFieldRules(topics));
}

