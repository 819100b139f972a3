import { defineContentType, field, type EntityOf } from './definition/index.js';
import { EVIDENCE_RATINGS, LANGUAGE_CODES, LEVELS_OF_NEED, PROGRAMME_FORMATS, PROGRAMME_NEEDS } from './vocabularies.js';

/** An evidence-based parenting programme, as rated by the Foundations Guidebook. */
export const parentingProgrammeType = defineContentType({
  id: 'parentingProgramme',
  name: 'Parenting programme',
  description: 'A parenting programme (e.g. Incredible Years) and its evidence. Add local runs as Programme courses.',
  displayField: 'name',
  fields: {
    name: field.symbol('Name', { max: 100 }).required(),
    summary: field.text('Summary', { max: 300 }).required().localized(),
    description: field.richText('Description').localized(),
    evidenceRating: field.symbol('Evidence rating', { in: EVIDENCE_RATINGS }).required().help('From the Foundations Guidebook: 4, 3, 2 (with + for an extra study), NL2 or NE'),
    costRating: field.integer('Cost rating', { min: 1, max: 5 }),
    minimumAge: field.number('Youngest child age (years)', { min: 0, max: 25 }),
    maximumAge: field.number('Oldest child age (years)', { min: 0, max: 25 }),
    levelOfNeed: field.symbols('Level of need', { in: LEVELS_OF_NEED }),
    format: field.symbol('Format', { in: PROGRAMME_FORMATS }),
    setting: field.symbols('Setting', { max: 6 }).help('E.g. home, children’s centre, online'),
    deliveredBy: field.symbol('Delivered by', { max: 150 }).localized(),
    dosage: field.symbol('How long it takes', { max: 150 }).localized().help('E.g. "10 weekly two-hour group sessions"'),
    outcomes: field.symbols('Outcomes', { max: 10 }).localized(),
    ukTested: field.boolean('Tested in the UK'),
    guidebookReviewed: field.date('Guidebook last reviewed'),
    sourceUrl: field.url('Guidebook page'),
    evidenceCheckedOn: field.date('Rating last checked').help('When someone last checked the rating against the Guidebook page. Store the rating and the link, not the Guidebook’s text.'),
    onNationalList: field
      .boolean('On a national approved list', { yes: 'Yes: on a national list', no: 'No, or not yet' })
      .help('DfE is preparing national menus of parenting and home-learning programmes. This is separate from the Guidebook rating.'),
    nationalListName: field.symbol('National list name', { max: 150 }).localized().help('E.g. the name of the DfE menu the programme is on'),
    helpsWith: field.symbols('What it helps with', { in: PROGRAMME_NEEDS }).help('Used by the programme finder to match what a family says would help'),
    firstSession: field.text('What to expect in the first session', { max: 600 }).localized(),
    languages: field.symbols('Languages', { in: LANGUAGE_CODES }),
  },
});
/** A parenting programme. */
export type ParentingProgramme = EntityOf<typeof parentingProgrammeType>;

/** One local run of a programme. */
export const programmeCourseType = defineContentType({
  id: 'programmeCourse',
  name: 'Programme course',
  description: 'A course of a parenting programme running locally: where, when and how to join.',
  displayField: 'title',
  fields: {
    title: field.symbol('Title', { max: 150 }).localized().help('Optional, e.g. "Incredible Years for parents of toddlers"'),
    programme: field.link('Programme', ['parentingProgramme']).required(),
    venue: field.link('Venue', ['location']).help('Leave empty for online courses'),
    online: field.boolean('Online'),
    startDate: field.date('Start date').required(),
    sessions: field.integer('Number of sessions', { min: 1, max: 60 }),
    schedule: field.link('When', ['schedule']),
    language: field.symbol('Language', { in: LANGUAGE_CODES }),
    creche: field.boolean('Crèche available'),
    isFree: field.boolean('Free'),
    cost: field.symbol('Cost', { max: 100 }).localized(),
    places: field.integer('Places', { min: 0, max: 500 }),
    placesLeft: field.integer('Places left', { min: 0, max: 500 }),
    howToJoin: field.symbols('How to join', { in: ['selfReferral', 'booking', 'askUs', 'referral'] as const }).required(),
    bookingUrl: field.url('Booking link'),
    contactPhone: field.symbol('Contact phone', { max: 30 }),
    contactEmail: field.symbol('Contact email', { max: 254 }),
  },
});
/** A programme course. */
export type ProgrammeCourse = EntityOf<typeof programmeCourseType>;
