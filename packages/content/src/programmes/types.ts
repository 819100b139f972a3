/**
 * The programme finder's plain view types: a parenting programme with its evidence and its local
 * courses, resolved from the content set (links followed, sensitive venues masked).
 */
import type { GeoPoint } from '../model/definition/index.js';
import type { EvidenceRating, LanguageCode, LevelOfNeed, ProgrammeFormat, ProgrammeNeed, RichTextDocument, Weekday } from '../model/index.js';
import type { FieldLanguages } from '../views/parts.js';

/** How a family can join a course. */
export type JoinRoute = 'selfReferral' | 'booking' | 'askUs' | 'referral';

/** Where a course meets. Sensitive venues carry the postcode area only and a blurred position. */
export interface CourseVenue {
  readonly id: string;
  readonly name: string;
  /** One line; the postcode area only for a sensitive venue. */
  readonly address: string;
  /** The map position (rounded to 2 decimals for a sensitive venue). */
  readonly position?: GeoPoint;
}

/** One local run of a programme. */
export interface CourseView {
  readonly id: string;
  readonly programmeId: string;
  readonly title?: string;
  readonly venue?: CourseVenue;
  readonly online: boolean;
  /** First session, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Every session date, `YYYY-MM-DD`, in order (at least the start date). */
  readonly sessionDates: readonly string[];
  /** Days of the week it meets. */
  readonly days: readonly Weekday[];
  /** Local time in Europe/London, `HH:MM`. */
  readonly opensAt?: string;
  readonly closesAt?: string;
  /** The schedule's own words, for patterns a date list cannot say. */
  readonly scheduleNote?: string;
  readonly language?: LanguageCode;
  readonly creche?: boolean;
  readonly isFree?: boolean;
  readonly cost?: string;
  readonly places?: number;
  readonly placesLeft?: number;
  readonly howToJoin: readonly JoinRoute[];
  readonly bookingUrl?: string;
  readonly contactPhone?: string;
  readonly contactEmail?: string;
  readonly fieldLanguages: FieldLanguages;
}

/** The evidence behind a programme, as stored: the rating, its source and when it was checked. */
export interface ProgrammeEvidence {
  readonly rating: EvidenceRating;
  /** The Guidebook page (already through the URL policy in the widget). */
  readonly sourceUrl?: string;
  /** When the council last checked the rating, `YYYY-MM-DD`. */
  readonly checkedOn?: string;
  /** When the Guidebook last reviewed the programme, `YYYY-MM-DD`. */
  readonly reviewedOn?: string;
  readonly ukTested?: boolean;
}

/** A parenting programme with its local courses. */
export interface ProgrammeView {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly description?: RichTextDocument;
  readonly evidence: ProgrammeEvidence;
  /** On a national approved list (DfE's menus), and that list's name. */
  readonly nationalList: { readonly listed: boolean; readonly name?: string };
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  readonly format?: ProgrammeFormat;
  readonly setting: readonly string[];
  readonly levelOfNeed: readonly LevelOfNeed[];
  readonly helpsWith: readonly ProgrammeNeed[];
  readonly languages: readonly LanguageCode[];
  readonly deliveredBy?: string;
  readonly dosage?: string;
  readonly outcomes: readonly string[];
  readonly firstSession?: string;
  /** Its courses, in start-date order (past ones included: scheduling decides what families see). */
  readonly courses: readonly CourseView[];
  readonly fieldLanguages: FieldLanguages;
}
