/**
 * A small space of deliberately broken entries beside a few valid ones, for tests and for trying
 * `family-hubs check --space-file packages/cli/sample/invalid-space.json`. Each broken entry has
 * one fault, explained in the comment above it, and is listed in {@link INVALID_ENTRIES} with the
 * editor label the rejection must name.
 */
import type { ContentTypeId } from '@family-hubs/content';
import type { SpaceExport } from '../cms-server/export-types.js';
import { a, doc, p } from './rich-text.js';
import { SAMPLE_LOCALES, encodeEntry, toExportContentTypes } from './to-export.js';

interface RawSpec {
  readonly id: string;
  readonly type: ContentTypeId;
  /** Field values in the SDK's shape (links as ids), valid or not. */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** An entry the SDK must reject, and the editor label ("Summary", "Postcode"…) its issue names. */
export interface InvalidEntryExpectation {
  readonly id: string;
  readonly contentType: ContentTypeId;
  readonly label: string;
  readonly fault: string;
}

const validService = {
  name: 'Valid service',
  summary: 'A service with nothing wrong with it.',
  status: 'active',
  categories: ['tax-health'],
  lastChecked: '2026-10-01',
};

const valid: RawSpec[] = [
  { id: 'tax-health', type: 'taxonomyTerm', fields: { name: 'Health', code: 'health', vocabulary: 'dfe-family-hubs' } },
  { id: 'tax-public-health-services', type: 'taxonomyTerm', fields: { name: 'Public health services', parent: 'tax-health', vocabulary: 'dfe-family-hubs' } },
  { id: 'org-valid', type: 'organisation', fields: { name: 'Valid Organisation', email: 'hello@valid.example' } },
  { id: 'loc-valid', type: 'location', fields: { name: 'Valid venue', postcode: 'NS1 4AB', position: { lat: 53.48, lon: -2.24 } } },
  { id: 'sch-valid', type: 'schedule', fields: { freq: 'MONTHLY', byday: ['-1FR'], opensAt: '10:00', closesAt: '11:30' } },
  { id: 'sal-valid', type: 'serviceAtLocation', fields: { location: 'loc-valid', schedules: ['sch-valid'] } },
  { id: 'svc-valid', type: 'service', fields: { ...validService, organisation: 'org-valid', locations: ['sal-valid'], url: 'https://valid.example/service' } },
  { id: 'prog-valid', type: 'parentingProgramme', fields: { name: 'Valid programme', summary: 'A programme.', evidenceRating: '3' } },
  { id: 'course-valid', type: 'programmeCourse', fields: { programme: 'prog-valid', venue: 'loc-valid', startDate: '2027-01-12', howToJoin: ['booking'] } },
];

const invalid: (RawSpec & { readonly label: string; readonly fault: string })[] = [
  // Summary longer than the 200 characters search results have room for.
  {
    id: 'svc-summary-too-long',
    type: 'service',
    label: 'Summary',
    fault: 'summary too long',
    fields: { ...validService, summary: `${'A very long summary that keeps going. '.repeat(7)}The end.` },
  },
  // A required field left empty: services must say when they were last checked.
  {
    id: 'svc-missing-last-checked',
    type: 'service',
    label: 'Last checked',
    fault: 'missing required field',
    fields: { ...validService, lastChecked: undefined },
  },
  // A value outside the dropdown's list: "open" is not a service status.
  { id: 'svc-bad-status', type: 'service', label: 'Status', fault: 'bad enum value', fields: { ...validService, status: 'open' } },
  // A `javascript:` URL, which would run script when a family clicks it.
  { id: 'svc-javascript-url', type: 'service', label: 'Website', fault: 'javascript: URL', fields: { ...validService, url: 'javascript:alert(document.cookie)' } },
  // The same attack hidden in a rich-text hyperlink.
  {
    id: 'svc-rich-text-javascript-link',
    type: 'service',
    label: 'Description',
    fault: 'javascript: link in rich text',
    fields: { ...validService, description: doc(p('Find out more ', a('javascript:alert(1)', 'on our website'), '.')) },
  },
  // A language code that is not in the ISO 639-1 list the model accepts.
  { id: 'svc-bad-language', type: 'service', label: 'Languages', fault: 'bad enum value in a list', fields: { ...validService, languages: ['en', 'xx'] } },
  // A required link to an entry that does not exist: the venue was deleted.
  { id: 'sal-missing-location', type: 'serviceAtLocation', label: 'Location', fault: 'link to a missing entry', fields: { location: 'loc-deleted' } },
  // A required link to the wrong content type: an organisation where a category belongs.
  { id: 'svc-wrong-link-type', type: 'service', label: 'Categories', fault: 'link to the wrong content type', fields: { ...validService, categories: ['org-valid'] } },
  // A date that does not exist (Date.parse would quietly roll it over to 2 March).
  {
    id: 'course-impossible-date',
    type: 'programmeCourse',
    label: 'Start date',
    fault: 'impossible date',
    fields: { programme: 'prog-valid', venue: 'loc-valid', startDate: '2025-02-30', howToJoin: ['booking'] },
  },
  // Not a UK postcode: the inward part must be a digit and two letters.
  { id: 'loc-bad-postcode', type: 'location', label: 'Postcode', fault: 'bad postcode', fields: { name: 'Venue with a typo', postcode: 'NS1 ABC' } },
  // A day code that is not a weekday.
  { id: 'sch-bad-byday', type: 'schedule', label: 'Days', fault: "schedule byday 'XX'", fields: { freq: 'WEEKLY', byday: ['XX'], opensAt: '10:00', closesAt: '11:00' } },
  // A time that is not on the 24-hour clock.
  { id: 'sch-bad-time', type: 'schedule', label: 'Starts at', fault: 'bad time of day', fields: { freq: 'WEEKLY', byday: ['MO'], opensAt: '9.30am' } },
  // An email address without a domain.
  { id: 'org-bad-email', type: 'organisation', label: 'Email', fault: 'bad email address', fields: { name: 'Organisation with a typo', email: 'hello@' } },
];

/** The entries of the invalid space that must be rejected, with the label each rejection names. */
export const INVALID_ENTRIES: readonly InvalidEntryExpectation[] = invalid.map(({ id, type, label, fault }) => ({ id, contentType: type, label, fault }));

/** Ids of the entries of the invalid space that are valid. */
export const VALID_ENTRY_IDS: readonly string[] = valid.map((spec) => spec.id);

/** Builds the invalid fixture space. */
export function buildInvalidSpace(): SpaceExport {
  const start = Date.parse('2026-10-01T09:00:00.000Z');
  const { contentTypes, editorInterfaces } = toExportContentTypes();
  return {
    contentTypes,
    editorInterfaces,
    locales: SAMPLE_LOCALES.map((locale) => ({ ...locale })),
    assets: [],
    entries: [...valid, ...invalid].map((spec, index) => {
      const at = new Date(start + index * 60_000).toISOString();
      return encodeEntry(spec.type, spec.id, spec.fields, {}, { createdAt: at, updatedAt: at, spaceId: 'northshire-invalid' });
    }),
  };
}
