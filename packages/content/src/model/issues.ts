/**
 * Content issues: what is wrong with an entry, said so an editor can fix it. Sources report them
 * instead of throwing, so one bad entry never stops the rest of the content from showing.
 */

/** What kind of problem an issue is. */
export const CONTENT_ISSUE_CODES = [
  'invalid-field',
  'missing-field',
  'dangling-link',
  'wrong-link-type',
  'unknown-content-type',
  'missing-translation',
  'not-checked-recently',
  'source-error',
  'offer-incomplete',
  'duplicate-entry',
  'invalid-entity',
  'missing-position',
  'missing-categories',
  'missing-ages',
  'missing-schedule',
  'closed-past-date',
  'possible-duplicate',
  'programme-no-upcoming-course',
  'course-ended',
] as const;
/** One of {@link CONTENT_ISSUE_CODES}. */
export type ContentIssueCode = (typeof CONTENT_ISSUE_CODES)[number];

/** A problem with one entry (or with the source as a whole, when `entryId` is empty). */
export interface ContentIssue {
  /** Contentful entry id (or the pack's entity id). Empty for problems with the whole source. */
  readonly entryId: string;
  /** Content type id of the entry. */
  readonly contentType: string;
  /** Path to the field and inside it, e.g. `['summary']` or `['description', 'content', 2]`. */
  readonly path: readonly (string | number)[];
  /** Plain-English explanation an editor can act on. */
  readonly message: string;
  /** `error`: the entry was left out. `warning`: the entry is shown but needs attention. */
  readonly severity: 'error' | 'warning';
  readonly code: ContentIssueCode;
  /** The locale the problem was found in, when it depends on locale. */
  readonly locale?: string;
}

/** A short one-line description, for logs and terminals. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.entryId ? `${issue.contentType} ${issue.entryId}${issue.path.length ? ` › ${issue.path.join('.')}` : ''}` : 'source';
  return `${issue.severity === 'error' ? 'Error' : 'Warning'} in ${where}${issue.locale ? ` (${issue.locale})` : ''}: ${issue.message}`;
}
