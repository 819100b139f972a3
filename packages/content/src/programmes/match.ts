/**
 * Matching a family's answers to programmes. Every answer is optional; a programme matches when it
 * fits every answer given, and each match says why in plain words. When nothing matches, the
 * finder offers to drop one answer at a time, with how many programmes each would bring back.
 */
import type { LanguageCode, ProgrammeNeed, Weekday } from '../model/vocabularies.js';
import { scheduleCourses } from './schedule.js';
import type { CourseView, ProgrammeView } from './types.js';

/** Ages and stages families choose from (several, for several children). */
export const CHILD_STAGES = ['pregnancy', 'under1', 'age1to2', 'age3to5', 'age6to11', 'age12to15', 'age16to18'] as const;
/** One of {@link CHILD_STAGES}. */
export type ChildStage = (typeof CHILD_STAGES)[number];

/** The ages (in years, inclusive) each stage covers; pregnancy is before birth. */
export const STAGE_AGES: Readonly<Record<ChildStage, readonly [number, number]>> = {
  pregnancy: [-1, 0],
  under1: [0, 0.99],
  age1to2: [1, 2.99],
  age3to5: [3, 5.99],
  age6to11: [6, 11.99],
  age12to15: [12, 15.99],
  age16to18: [16, 18.99],
};

/** Ways to take part. */
export const TAKE_PART_WAYS = ['group', 'oneToOne', 'online', 'atHome'] as const;
/** One of {@link TAKE_PART_WAYS}. */
export type TakePartWay = (typeof TAKE_PART_WAYS)[number];

/** Parts of the day. Evening means starting at 5pm or later. */
export const TIMES_OF_DAY = ['daytime', 'evening'] as const;
/** One of {@link TIMES_OF_DAY}. */
export type PartOfDay = (typeof TIMES_OF_DAY)[number];

/** A family's answers; leave out (or leave empty) whatever they skipped. */
export interface FinderAnswers {
  readonly stages?: readonly ChildStage[];
  readonly needs?: readonly ProgrammeNeed[];
  readonly ways?: readonly TakePartWay[];
  readonly language?: LanguageCode;
  readonly days?: readonly Weekday[];
  readonly times?: readonly PartOfDay[];
}

/** The questions, in the order the finder asks them. `when` covers both days and times. */
export const FINDER_QUESTIONS = ['stages', 'needs', 'ways', 'language', 'when'] as const;
/** One of {@link FINDER_QUESTIONS}. */
export type FinderQuestion = (typeof FINDER_QUESTIONS)[number];

/** Why a programme matched one answer; widgets put it in words (see {@link reasonText} for English). */
export type MatchReason =
  | { readonly question: 'stages'; readonly minimumAge?: number; readonly maximumAge?: number; readonly pregnancy: boolean }
  | { readonly question: 'needs'; readonly needs: readonly ProgrammeNeed[] }
  | { readonly question: 'ways'; readonly ways: readonly TakePartWay[] }
  | { readonly question: 'language'; readonly language: LanguageCode }
  | { readonly question: 'when'; readonly courses: number };

/** A programme that fits, with a reason for each answer given. */
export interface ProgrammeMatch {
  readonly programme: ProgrammeView;
  readonly reasons: readonly MatchReason[];
}

/** Dropping one answer: how many programmes would then match. */
export interface Relaxation {
  readonly question: FinderQuestion;
  readonly count: number;
}

const has = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** True when the family answered `question`. */
export function answered(answers: FinderAnswers, question: FinderQuestion): boolean {
  switch (question) {
    case 'language':
      return answers.language !== undefined;
    case 'when':
      return has(answers.days) || has(answers.times);
    default:
      return has(answers[question]);
  }
}

/** The answers without `question`. */
export function withoutAnswer(answers: FinderAnswers, question: FinderQuestion): FinderAnswers {
  const { stages, needs, ways, language, days, times } = answers;
  const all = { stages, needs, ways, language, days, times };
  if (question === 'when') return stripUndefined({ ...all, days: undefined, times: undefined });
  return stripUndefined({ ...all, [question]: undefined });
}

function stripUndefined(answers: Record<string, unknown>): FinderAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
}

/**
 * Whether a programme suits a child of `stage`. Ages overlap the stage's years; for pregnancy, the
 * programme must start from birth and be for new parents or run at home (ante-natal home visits).
 */
function stageFits(programme: ProgrammeView, stage: ChildStage): boolean {
  const low = programme.minimumAge ?? 0;
  const high = programme.maximumAge ?? 25;
  if (stage === 'pregnancy') return low === 0 && (programme.helpsWith.includes('newParent') || programme.setting.includes('home'));
  const [from, to] = STAGE_AGES[stage];
  return low <= to && high >= from;
}

function waysOf(programme: ProgrammeView): Set<TakePartWay> {
  const ways = new Set<TakePartWay>();
  if (programme.format === 'group' || programme.format === 'groupOrIndividual') ways.add('group');
  if (programme.format === 'individual' || programme.format === 'groupOrIndividual') ways.add('oneToOne');
  if (programme.setting.some((s) => s.toLowerCase() === 'online') || programme.courses.some((c) => c.online)) ways.add('online');
  if (programme.setting.some((s) => s.toLowerCase() === 'home')) ways.add('atHome');
  return ways;
}

function speaks(programme: ProgrammeView, language: LanguageCode): boolean {
  if (programme.languages.includes(language) || programme.courses.some((c) => c.language === language)) return true;
  // A programme that names no language is run in English.
  return language === 'en' && programme.languages.length === 0;
}

function courseFitsWhen(course: CourseView, answers: FinderAnswers): boolean {
  if (has(answers.days) && !course.days.some((day) => answers.days!.includes(day))) return false;
  if (has(answers.times)) {
    if (!course.opensAt) return false;
    const time: PartOfDay = course.opensAt >= '17:00' ? 'evening' : 'daytime';
    if (!answers.times.includes(time)) return false;
  }
  return true;
}

/** The reasons `programme` fits `answers`, or `undefined` when it does not fit one of them. */
export function matchProgramme(programme: ProgrammeView, answers: FinderAnswers, now: Date): ProgrammeMatch | undefined {
  const reasons: MatchReason[] = [];
  if (has(answers.stages)) {
    const fits = answers.stages.filter((stage) => stageFits(programme, stage));
    if (!fits.length) return undefined;
    reasons.push({
      question: 'stages',
      pregnancy: fits.includes('pregnancy'),
      ...(programme.minimumAge !== undefined ? { minimumAge: programme.minimumAge } : {}),
      ...(programme.maximumAge !== undefined ? { maximumAge: programme.maximumAge } : {}),
    });
  }
  if (has(answers.needs)) {
    const needs = answers.needs.filter((need) => programme.helpsWith.includes(need));
    if (!needs.length) return undefined;
    reasons.push({ question: 'needs', needs });
  }
  if (has(answers.ways)) {
    const offered = waysOf(programme);
    const ways = answers.ways.filter((way) => offered.has(way));
    if (!ways.length) return undefined;
    reasons.push({ question: 'ways', ways });
  }
  if (answers.language !== undefined) {
    if (!speaks(programme, answers.language)) return undefined;
    reasons.push({ question: 'language', language: answers.language });
  }
  if (answered(answers, 'when')) {
    // Started courses count: some take people after the first session (ask us); full ones do not.
    const courses = scheduleCourses(programme.courses, { now }).filter((s) => s.status !== 'full' && courseFitsWhen(s.course, answers));
    if (!courses.length) return undefined;
    reasons.push({ question: 'when', courses: courses.length });
  }
  return { programme, reasons };
}

/** The programmes that fit every answer, in the order given (the view sorts them by name). */
export function matchProgrammes(programmes: readonly ProgrammeView[], answers: FinderAnswers, now: Date): ProgrammeMatch[] {
  return programmes.map((programme) => matchProgramme(programme, answers, now)).filter((match): match is ProgrammeMatch => match !== undefined);
}

/** For each answer given, how many programmes would match without it (for "nothing matches"). */
export function relaxations(programmes: readonly ProgrammeView[], answers: FinderAnswers, now: Date): Relaxation[] {
  return FINDER_QUESTIONS.filter((question) => answered(answers, question)).map((question) => ({
    question,
    count: matchProgrammes(programmes, withoutAnswer(answers, question), now).length,
  }));
}

const NEED_WORDS: Readonly<Record<ProgrammeNeed, string>> = {
  behaviour: 'behaviour',
  relationship: 'your relationship with your child',
  communication: 'talking and communication',
  parentalConflict: 'separation or conflict between parents',
  teenagers: 'teenagers',
  send: 'a child with SEND',
  newParent: 'being a new parent',
};
const WAY_WORDS: Readonly<Record<TakePartWay, string>> = { group: 'in a group', oneToOne: 'one-to-one', online: 'online', atHome: 'at home' };

/** An age range in words: "3 to 8 year olds", "babies under 1", "children up to 12". */
export function ageRangeText(minimumAge: number | undefined, maximumAge: number | undefined): string {
  const years = (age: number) => (Number.isInteger(age) ? String(age) : age.toFixed(1).replace(/\.0$/, ''));
  if (minimumAge !== undefined && maximumAge !== undefined) {
    if (minimumAge === 0 && maximumAge <= 1) return 'babies under 1';
    if (minimumAge === 0) return `children up to ${years(maximumAge)}`;
    return `${years(minimumAge)} to ${years(maximumAge)} year olds`;
  }
  if (maximumAge !== undefined) return `children up to ${years(maximumAge)}`;
  if (minimumAge !== undefined) return `children aged ${years(minimumAge)} and over`;
  return 'children of any age';
}

/** A reason in plain English, e.g. "for parents of 3 to 8 year olds" (widgets translate their own). */
export function reasonText(reason: MatchReason): string {
  switch (reason.question) {
    case 'stages':
      return reason.pregnancy ? 'for parents-to-be and new parents' : `for parents of ${ageRangeText(reason.minimumAge, reason.maximumAge)}`;
    case 'needs':
      return `helps with ${reason.needs.map((need) => NEED_WORDS[need]).join(' and ')}`;
    case 'ways':
      return `you can take part ${reason.ways.map((way) => WAY_WORDS[way]).join(' or ')}`;
    case 'language':
      return `available in your language (${reason.language})`;
    case 'when':
      return reason.courses === 1 ? '1 course at a time that suits you' : `${reason.courses} courses at times that suit you`;
  }
}
