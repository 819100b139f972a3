/**
 * Resolves the programme finder's content: each published programme with its courses, their
 * schedules and venues followed. A course whose programme is missing (unpublished or invalid) is
 * left out here; the health check reports it.
 */
import { getEntity, listEntities, type ContentSet } from '../content-set.js';
import type { Location } from '../model/location.js';
import type { ParentingProgramme, ProgrammeCourse } from '../model/parenting-programme.js';
import { fieldLanguages, venueAddress } from '../views/parts.js';
import { courseDays, sessionDates } from './sessions.js';
import type { CourseVenue, CourseView, ProgrammeView } from './types.js';

/** Sensitive venues: coordinates rounded to 2 decimals (about 1 km), as everywhere else. */
function venueView(location: Location): CourseVenue {
  const round = (value: number) => Math.round(value * 100) / 100;
  const position = location.position && (location.hideExactAddress ? { lat: round(location.position.lat), lon: round(location.position.lon) } : location.position);
  return { id: location.id, name: location.name, address: venueAddress(location), ...(position ? { position } : {}) };
}

/** One course as the finder shows it. */
export function courseView(set: ContentSet, course: ProgrammeCourse): CourseView {
  const schedule = getEntity(set, 'schedule', course.schedule);
  const location = getEntity(set, 'location', course.venue);
  const optional = {
    title: course.title,
    venue: location ? venueView(location) : undefined,
    opensAt: schedule?.opensAt,
    closesAt: schedule?.closesAt,
    scheduleNote: schedule?.description,
    language: course.language,
    creche: course.creche,
    isFree: course.isFree,
    cost: course.cost,
    places: course.places,
    placesLeft: course.placesLeft,
    bookingUrl: course.bookingUrl,
    contactPhone: course.contactPhone,
    contactEmail: course.contactEmail,
  };
  return {
    id: course.id,
    programmeId: course.programme,
    online: course.online === true || course.venue === undefined,
    startDate: course.startDate,
    sessionDates: sessionDates(course.startDate, course.sessions, schedule),
    days: courseDays(schedule),
    howToJoin: course.howToJoin,
    fieldLanguages: fieldLanguages(set, course.id),
    ...(Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) as Partial<CourseView>),
  };
}

/** One programme with its courses (in start-date order). */
export function programmeView(set: ContentSet, programme: ParentingProgramme, courses: readonly CourseView[]): ProgrammeView {
  const optional = {
    description: programme.description,
    minimumAge: programme.minimumAge,
    maximumAge: programme.maximumAge,
    format: programme.format,
    deliveredBy: programme.deliveredBy,
    dosage: programme.dosage,
    firstSession: programme.firstSession,
  };
  const evidence = {
    rating: programme.evidenceRating,
    ...(programme.sourceUrl ? { sourceUrl: programme.sourceUrl } : {}),
    ...(programme.evidenceCheckedOn ? { checkedOn: programme.evidenceCheckedOn } : {}),
    ...(programme.guidebookReviewed ? { reviewedOn: programme.guidebookReviewed } : {}),
    ...(programme.ukTested !== undefined ? { ukTested: programme.ukTested } : {}),
  };
  return {
    id: programme.id,
    name: programme.name,
    summary: programme.summary,
    evidence,
    nationalList: { listed: programme.onNationalList === true, ...(programme.nationalListName ? { name: programme.nationalListName } : {}) },
    setting: programme.setting ?? [],
    levelOfNeed: programme.levelOfNeed ?? [],
    helpsWith: programme.helpsWith ?? [],
    languages: programme.languages ?? [],
    outcomes: programme.outcomes ?? [],
    courses: [...courses].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id)),
    fieldLanguages: fieldLanguages(set, programme.id),
    ...(Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) as Partial<ProgrammeView>),
  };
}

/** Every published programme, by name, each with its courses. */
export function resolveProgrammes(set: ContentSet): ProgrammeView[] {
  const byProgramme = new Map<string, CourseView[]>();
  for (const course of listEntities(set, 'programmeCourse')) {
    const list = byProgramme.get(course.programme) ?? [];
    list.push(courseView(set, course));
    byProgramme.set(course.programme, list);
  }
  return listEntities(set, 'parentingProgramme')
    .map((programme) => programmeView(set, programme, byProgramme.get(programme.id) ?? []))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
