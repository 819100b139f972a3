/**
 * Family-facing words of `<fh-programme-finder>`, translated with @lit/localize. Functions, not
 * constants, so each call reads the active locale.
 */
import { msg, str } from '@lit/localize';
import type { ChildStage, EvidenceRating, FinderQuestion, MatchReason, ProgrammeNeed, TakePartWay, PartOfDay, Weekday } from '@family-hubs/content';

/** The widget's heading. */
export const headingText = (): string => msg('Find a parenting programme');

/** Each age or stage. */
export function stageLabel(stage: ChildStage): string {
  switch (stage) {
    case 'pregnancy':
      return msg('Expecting a baby');
    case 'under1':
      return msg('Baby (0 to 12 months)');
    case 'age1to2':
      return msg('1 to 2 years');
    case 'age3to5':
      return msg('3 to 5 years');
    case 'age6to11':
      return msg('6 to 11 years');
    case 'age12to15':
      return msg('12 to 15 years');
    case 'age16to18':
      return msg('16 to 18 years');
  }
}

/** Each thing a programme can help with. */
export function needLabel(need: ProgrammeNeed): string {
  switch (need) {
    case 'behaviour':
      return msg('Behaviour');
    case 'relationship':
      return msg('Your relationship with your child');
    case 'communication':
      return msg('Talking and communication');
    case 'parentalConflict':
      return msg('Separation or arguments between parents');
    case 'teenagers':
      return msg('Teenagers');
    case 'send':
      return msg('A child with special educational needs or disabilities (SEND)');
    case 'newParent':
      return msg('Being a new parent');
  }
}

/** Each way to take part. */
export function wayLabel(way: TakePartWay): string {
  switch (way) {
    case 'group':
      return msg('In a group');
    case 'oneToOne':
      return msg('One-to-one');
    case 'online':
      return msg('Online');
    case 'atHome':
      return msg('At home');
  }
}

/** Daytime or evening. */
export function timeLabel(time: PartOfDay): string {
  return time === 'daytime' ? msg('Daytime') : msg('Evening (from 5pm)');
}

/** Each question's heading. */
export function questionText(question: FinderQuestion): string {
  switch (question) {
    case 'stages':
      return msg('How old is your child?');
    case 'needs':
      return msg('What would help?');
    case 'ways':
      return msg('How would you like to take part?');
    case 'language':
      return msg('Which language would you like the course in?');
    case 'when':
      return msg('When could you go?');
  }
}

/** Each question's hint. */
export function questionHint(question: FinderQuestion): string {
  switch (question) {
    case 'stages':
      return msg('Choose all that apply if you have more than one child.');
    case 'needs':
      return msg('Lots of parents come to a course for one of these. Choose all that apply.');
    case 'ways':
      return msg('Choose all that would work for you.');
    case 'language':
      return msg('Some courses run in other languages, or with an interpreter.');
    case 'when':
      return msg('Choose the days and times that could work.');
  }
}

/** The answer a relaxation drops, for "Without …". */
export function relaxLabel(question: FinderQuestion, count: number): string {
  const what = {
    stages: msg('your child’s age'),
    needs: msg('what would help'),
    ways: msg('how you would like to take part'),
    language: msg('the language'),
    when: msg('the days and times'),
  }[question];
  return count === 1 ? msg(str`Leave out ${what}: 1 programme`) : msg(str`Leave out ${what}: ${count} programmes`);
}

/** An age range: "3 to 8 year olds". */
function ageRange(minimumAge: number | undefined, maximumAge: number | undefined): string {
  if (minimumAge !== undefined && maximumAge !== undefined) {
    if (minimumAge === 0 && maximumAge <= 1) return msg('babies under 1');
    if (minimumAge === 0) return msg(str`children up to ${maximumAge}`);
    return msg(str`${minimumAge} to ${maximumAge} year olds`);
  }
  if (maximumAge !== undefined) return msg(str`children up to ${maximumAge}`);
  if (minimumAge !== undefined) return msg(str`children aged ${minimumAge} and over`);
  return msg('children of any age');
}

/** Why a programme matched, in the family's words. */
export function reasonLabel(reason: MatchReason, list: (items: string[]) => string, languageName: (code: string) => string): string {
  switch (reason.question) {
    case 'stages':
      return reason.pregnancy ? msg('For parents-to-be and new parents') : msg(str`For parents of ${ageRange(reason.minimumAge, reason.maximumAge)}`);
    case 'needs':
      return msg(str`Helps with: ${list(reason.needs.map((need) => needLabel(need).toLowerCase()))}`);
    case 'ways':
      return msg(str`You can take part: ${list(reason.ways.map((way) => wayLabel(way).toLowerCase()))}`);
    case 'language':
      return msg(str`Available in ${languageName(reason.language)}`);
    case 'when':
      return reason.courses === 1 ? msg('1 course at a time that could suit you') : msg(str`${reason.courses} courses at times that could suit you`);
  }
}

/** What a Foundations rating means, in plain words. */
export function ratingMeaning(rating: EvidenceRating): string {
  switch (rating) {
    case '4+':
    case '4':
      return msg('Strong evidence: studies found it helps families in the long term.');
    case '3+':
    case '3':
      return msg('Good evidence: at least one careful study found it helps families in the short term.');
    case '2+':
    case '2':
      return msg('Early evidence: first studies look promising.');
    case 'NL2':
      return msg('Not yet rated at level 2: the evidence so far is limited.');
    case 'NE':
      return msg('Studies found it did not work as hoped.');
  }
}

/** The caveat that goes with every rating. */
export const kiteMarkCaveat = (): string =>
  msg('The Foundations Guidebook says its ratings are not a kite mark: they describe the research, not whether a programme is right for your family.');

const WEEKDAY_INDEX: Readonly<Record<Weekday, number>> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };

/** `TU` → "Tuesday" in the locale (1 January 2024 was a Monday). */
export function dayName(day: Weekday, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAY_INDEX[day])));
}
