/**
 * The view of `<fh-programme-finder>`: every published parenting programme with its local courses
 * (schedules and venues followed, sensitive venues masked), and the site settings for the "ask us
 * first" contacts. Packs carry it prebuilt; its resolver (`programme-finder-resolver.ts`) loads
 * only for other sources.
 */
import type { CourseView, ProgrammeView } from '../programmes/types.js';
import { defineLazyView } from './define-view.js';
import type { SiteView } from './parts.js';
import { ANY, FIELD_LANGUAGES_SHAPE, OPTIONAL_TEXT, SITE_VIEW_SHAPE, TEXT, TEXTS } from './shapes.js';
import type { ShapeOf } from './view-shape.js';

/** What `<fh-programme-finder>` shows. */
export interface ProgrammeFinderContent {
  /** Published programmes, by name, each with its courses. */
  readonly programmes: readonly ProgrammeView[];
  /** The site settings, when published. */
  readonly site?: SiteView;
}

const NUMBER = 'number';
const OPTIONAL_NUMBER = { optional: NUMBER } as const;
const OPTIONAL_FLAG = { optional: 'boolean' } as const;

const COURSE_SHAPE = {
  fields: {
    id: TEXT,
    programmeId: TEXT,
    title: OPTIONAL_TEXT,
    venue: { optional: { fields: { id: TEXT, name: TEXT, address: TEXT, position: { optional: { fields: { lat: NUMBER, lon: NUMBER } } } } } },
    online: 'boolean',
    startDate: TEXT,
    sessionDates: TEXTS,
    days: TEXTS,
    opensAt: OPTIONAL_TEXT,
    closesAt: OPTIONAL_TEXT,
    scheduleNote: OPTIONAL_TEXT,
    language: OPTIONAL_TEXT,
    creche: OPTIONAL_FLAG,
    isFree: OPTIONAL_FLAG,
    cost: OPTIONAL_TEXT,
    places: OPTIONAL_NUMBER,
    placesLeft: OPTIONAL_NUMBER,
    howToJoin: TEXTS,
    bookingUrl: OPTIONAL_TEXT,
    contactPhone: OPTIONAL_TEXT,
    contactEmail: OPTIONAL_TEXT,
    fieldLanguages: FIELD_LANGUAGES_SHAPE,
  },
} as const satisfies ShapeOf<CourseView>;

const PROGRAMME_SHAPE = {
  fields: {
    id: TEXT,
    name: TEXT,
    summary: TEXT,
    description: { optional: ANY },
    evidence: { fields: { rating: TEXT, sourceUrl: OPTIONAL_TEXT, checkedOn: OPTIONAL_TEXT, reviewedOn: OPTIONAL_TEXT, ukTested: OPTIONAL_FLAG } },
    nationalList: { fields: { listed: 'boolean', name: OPTIONAL_TEXT } },
    minimumAge: OPTIONAL_NUMBER,
    maximumAge: OPTIONAL_NUMBER,
    format: OPTIONAL_TEXT,
    setting: TEXTS,
    levelOfNeed: TEXTS,
    helpsWith: TEXTS,
    languages: TEXTS,
    deliveredBy: OPTIONAL_TEXT,
    dosage: OPTIONAL_TEXT,
    outcomes: TEXTS,
    firstSession: OPTIONAL_TEXT,
    courses: { list: COURSE_SHAPE },
    fieldLanguages: FIELD_LANGUAGES_SHAPE,
  },
} as const satisfies ShapeOf<ProgrammeView>;

/** The programme finder's view. */
export const programmeFinderView = defineLazyView<ProgrammeFinderContent>({
  id: 'programme-finder',
  types: ['parentingProgramme', 'programmeCourse', 'siteSettings'],
  prebuilt: { version: 1, shape: { fields: { programmes: { list: PROGRAMME_SHAPE }, site: { optional: SITE_VIEW_SHAPE } } } },
  load: () => import('./programme-finder-resolver.js').then((module) => module.programmeFinderResolver),
});
