/**
 * The family's answers while they fill the form (in memory only), the pages they see in order,
 * and the request the answers make. The checks against the shared schema live in `checks.ts`,
 * which the form loads when the family starts (zod comes with it).
 */
import { HELP_REQUEST_VERSION, type ContactMethod, type HelpRequestRoute } from '@family-hubs/content/requests';

/** The pages of the form, in order. */
export const STEPS = ['start', 'topics', 'route', 'for-whom', 'contact', 'safety', 'access', 'check', 'confirmation'] as const;
/** One page. */
export type Step = (typeof STEPS)[number];

/** The safe-contact questions, each asked when its contact method was chosen. */
export const SAFETY_QUESTIONS = [
  { key: 'safeToCall', method: 'phone' },
  { key: 'safeToLeaveVoicemail', method: 'phone' },
  { key: 'acceptsWithheldNumbers', method: 'phone' },
  { key: 'safeToText', method: 'text' },
  { key: 'safeToEmail', method: 'email' },
  { key: 'safeToPost', method: 'post' },
] as const satisfies readonly { key: string; method: ContactMethod }[];
/** One safe-contact question. */
export type SafetyKey = (typeof SAFETY_QUESTIONS)[number]['key'];

/** Access needs that are ticked. */
export const ACCESS_NEEDS = ['interpreter', 'britishSignLanguage', 'easyRead'] as const;
/** One access need. */
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

/** What the family has typed and ticked. Strings as typed; nothing leaves memory until sent. */
export interface Answers {
  topics: string[];
  somethingElseChosen: boolean;
  somethingElse: string;
  route: HelpRequestRoute | undefined;
  pregnant: boolean;
  childAges: string;
  name: string;
  methods: ContactMethod[];
  phone: string;
  text: string;
  email: string;
  post: string;
  safety: Partial<Record<SafetyKey, 'yes' | 'no'>>;
  safeTimes: string;
  language: string;
  access: AccessNeed[];
  /** The honeypot's value: people never see the field. */
  honeypot: string;
}

/** No answers. */
export function emptyAnswers(): Answers {
  return {
    topics: [],
    somethingElseChosen: false,
    somethingElse: '',
    route: undefined,
    pregnant: false,
    childAges: '',
    name: '',
    methods: [],
    phone: '',
    text: '',
    email: '',
    post: '',
    safety: {},
    safeTimes: '',
    language: '',
    access: [],
    honeypot: '',
  };
}

/** The pages this family goes through: the anonymous route skips the personal ones. */
export function stepsFor(answers: Answers): readonly Step[] {
  if (answers.route === 'information') return ['start', 'topics', 'route', 'check', 'confirmation'];
  return STEPS;
}

/** The page after `step`. */
export function nextStep(answers: Answers, step: Step): Step {
  const steps = stepsFor(answers);
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)] ?? 'check';
}

/** The page before `step`, for the back link. */
export function previousStep(answers: Answers, step: Step): Step | undefined {
  const steps = stepsFor(answers);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : undefined;
}

/** The child ages as numbers, or `undefined` when something typed is not a whole number. */
export function parseChildAges(value: string): number[] | undefined {
  const parts = value.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((part) => !/^\d{1,2}$/.test(part))) return undefined;
  return parts.map(Number);
}

/** Where the form was opened from (ids only). */
export interface RequestContext {
  readonly serviceId?: string;
  readonly courseId?: string;
}

/** The request the answers make (what is validated, shown on "check your answers" and sent). */
export function buildRequest(answers: Answers, context: RequestContext, elapsedMs: number, routeDefault: HelpRequestRoute = 'contact'): Record<string, unknown> {
  const route = answers.route ?? routeDefault;
  const request: Record<string, unknown> = {
    version: HELP_REQUEST_VERSION,
    route,
    topics: [...answers.topics],
    honeypot: answers.honeypot,
    elapsedMs: Math.max(0, Math.round(elapsedMs)),
  };
  if (answers.somethingElseChosen) request['somethingElse'] = answers.somethingElse;
  if (context.serviceId || context.courseId) request['context'] = { ...context };
  if (route === 'information') return request;
  const ages = parseChildAges(answers.childAges);
  const forWhom: Record<string, unknown> = {};
  if (answers.pregnant) forWhom['pregnant'] = true;
  if (ages && ages.length) forWhom['childAges'] = ages;
  if (Object.keys(forWhom).length) request['forWhom'] = forWhom;
  if (answers.name || answers.methods.length) {
    const contact: Record<string, unknown> = { name: answers.name };
    for (const method of answers.methods) contact[method] = answers[method];
    request['contact'] = contact;
  }
  const safety: Record<string, unknown> = {};
  for (const { key, method } of SAFETY_QUESTIONS) {
    const answer = answers.safety[key];
    if (answer && answers.methods.includes(method)) safety[key] = answer === 'yes';
  }
  if (answers.safeTimes.trim()) safety['safeTimes'] = answers.safeTimes;
  if (Object.keys(safety).length) request['safety'] = safety;
  const access: Record<string, unknown> = {};
  if (answers.language.trim()) access['language'] = answers.language;
  for (const need of answers.access) access[need] = true;
  if (Object.keys(access).length) request['access'] = access;
  return request;
}

/** The page a request field is asked on. */
export function stepOfPath(path: string): Step {
  const head = path.split('.')[0];
  switch (head) {
    case 'topics':
    case 'somethingElse':
      return 'topics';
    case 'route':
      return 'route';
    case 'forWhom':
      return 'for-whom';
    case 'contact':
      return 'contact';
    case 'safety':
      return 'safety';
    case 'access':
      return 'access';
    default:
      return 'check';
  }
}
