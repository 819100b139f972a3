import { checkOfferCompleteness, checkProgrammeCourses, checkServiceDirectory, DIRECTORY_ISSUE_CODES, type ContentIssue, type DirectoryIssueCode } from '@family-hubs/content';
import { contentSetFromPack } from '@family-hubs/content/pack-builder';
import { CliError, EXIT, stringOption, type Command, type CommandIo } from '../command.js';
import { entryLink, openSpace, spaceOptions, type SpaceConnection } from '../space-connection.js';
import { validateSpace } from '../validate-space.js';

/** One finding of the health check, as printed and as JSON. */
export interface HealthFinding extends ContentIssue {
  /** The entry's title, when it has one. */
  readonly entryName?: string;
  /** Where to fix it in the Contentful web app. */
  readonly link?: string;
}

/** The whole report. */
export interface HealthReport {
  readonly space: string;
  readonly checkedAt: string;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly byCode: Readonly<Record<string, number>> };
  /** The service directory section: how many services families can see, and how many of each finding (zeros included). */
  readonly directory: { readonly services: number; readonly counts: Readonly<Record<DirectoryIssueCode, number>> };
  readonly findings: readonly HealthFinding[];
}

/** `family-hubs check`: content health for editors. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check content health: invalid entries, broken links, missing translations, the service directory (missing places, categories, ages or times; not checked for 6 months; closed past their date; duplicates), Start for Life offer completeness, and parenting programmes with no upcoming course or ended courses still published',
  usage: 'family-hubs check [--json] [--strict] [--space <id> --token <token> | --space-file <file>]',
  options: {
    ...spaceOptions,
    json: { type: 'boolean', description: 'Print the report as JSON (for dashboards and CI)' },
    strict: { type: 'boolean', description: 'Exit non-zero on warnings too, not only on invalid published entries' },
    today: { type: 'string', value: '<YYYY-MM-DD>', description: 'Check as of this date (default: today)' },
  },
  examples: ['family-hubs check', 'family-hubs check --space abc123 --token $CONTENTFUL_ACCESS_TOKEN --json > health.json'],
  async run(values, io) {
    const today = stringOption(values, 'today');
    const now = today === undefined ? new Date() : parseDay(today);
    const connection = await openSpace(values, io);
    let report: HealthReport;
    try {
      // --json output feeds dashboards and CI: no progress lines around it.
      report = await buildReport(connection, now, io, values['json'] !== true);
    } finally {
      await connection.close();
    }
    io.out(values['json'] ? JSON.stringify(report, null, 2) : formatReport(report));
    if (report.summary.errors > 0) return EXIT.content;
    return values['strict'] && report.summary.warnings > 0 ? EXIT.content : EXIT.ok;
  },
};

/**
 * Noon UTC on a `YYYY-MM-DD` day. `new Date('2026-02-30')` quietly becomes 2 March, and a report
 * "as of" the wrong day would misjudge every "not checked for 6 months", so the day must exist.
 */
export function parseDay(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : undefined;
  if (!match || !date || date.getUTCFullYear() !== Number(match[1]) || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
    throw new CliError(`--today must be a real date written YYYY-MM-DD, not "${text}"`, 'For example: --today 2026-11-23.');
  }
  return date;
}

async function buildReport(connection: SpaceConnection, now: Date, io: CommandIo, progress: boolean): Promise<HealthReport> {
  const { pack, names } = await validateSpace(connection, io, { progress });
  const set = contentSetFromPack(pack);
  const directory = checkServiceDirectory(set, now);
  const issues = [...pack.issues, ...directory.issues, ...checkOfferCompleteness(set, now), ...checkProgrammeCourses(set, now)];
  const findings = issues.map((issue): HealthFinding => {
    const entryName = names.get(issue.entryId);
    const link = entryLink(connection, issue.entryId);
    return { ...issue, ...(entryName ? { entryName } : {}), ...(link ? { link } : {}) };
  });
  const byCode: Record<string, number> = {};
  for (const finding of findings) byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
  return {
    space: connection.label,
    checkedAt: now.toISOString(),
    summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length, byCode },
    directory: { services: directory.services, counts: Object.fromEntries(DIRECTORY_ISSUE_CODES.map((code) => [code, byCode[code] ?? 0])) as Record<DirectoryIssueCode, number> },
    findings,
  };
}

const SECTIONS: readonly { code: ContentIssue['code'][]; title: string; advice: string }[] = [
  { code: ['invalid-field', 'missing-field'], title: 'Invalid entries (not shown to families)', advice: 'Open each entry and fix the field named.' },
  { code: ['dangling-link', 'wrong-link-type'], title: 'Broken links between entries', advice: 'Publish the linked entry, or remove the link.' },
  { code: ['offer-incomplete'], title: 'Start for Life offer', advice: 'Only editors see this; families see the offer as published.' },
  { code: ['programme-no-upcoming-course', 'course-ended'], title: 'Parenting programmes and courses', advice: 'Families see only courses still to come: add the next dates, and unpublish courses that have ended.' },
  { code: ['missing-translation'], title: 'Missing translations', advice: 'Families reading these languages see English instead.' },
];

/** The directory section's parts, in {@link DIRECTORY_ISSUE_CODES} order. */
const DIRECTORY_PARTS: Readonly<Record<DirectoryIssueCode, { title: string; advice: string }>> = {
  'missing-position': { title: 'No postcode or map position', advice: 'Families searching by postcode or distance do not find these: add a venue, or a map position to the venue.' },
  'missing-categories': { title: 'No categories', advice: 'Families browsing by category do not find these.' },
  'missing-ages': { title: 'No ages', advice: 'These show for every age a family chooses.' },
  'missing-schedule': { title: 'No times', advice: 'Families cannot see when these run, or filter them by day.' },
  'not-checked-recently': { title: 'Not checked for 6 months', advice: 'Confirm the details with the provider, then update "Last checked".' },
  'closed-past-date': { title: 'Temporarily closed past the date in their status note', advice: 'Reopen them, or update the status note.' },
  'possible-duplicate': { title: 'Possible duplicates (same name and postcode)', advice: 'Keep one of each, or give each a name families can tell apart.' },
};

function formatFinding(finding: HealthFinding): string[] {
  const name = finding.entryName ? `"${finding.entryName}" ` : '';
  return [`  - ${name}(${finding.contentType} ${finding.entryId}${finding.locale ? `, ${finding.locale}` : ''}): ${finding.message}`, ...(finding.link ? [`    ${finding.link}`] : [])];
}

/** The service directory: every count first (zeros too, so a clean part is visible), then the entries of each part. */
function formatDirectory(report: HealthReport): string[] {
  const { services, counts } = report.directory;
  const total = DIRECTORY_ISSUE_CODES.reduce((sum, code) => sum + counts[code], 0);
  const lines = [`Service directory: ${services} ${services === 1 ? 'service' : 'services'} families can see, ${total} ${total === 1 ? 'finding' : 'findings'}`];
  const width = Math.max(...DIRECTORY_ISSUE_CODES.map((code) => DIRECTORY_PARTS[code].title.length)) + 1;
  for (const code of DIRECTORY_ISSUE_CODES) lines.push(`  ${`${DIRECTORY_PARTS[code].title}:`.padEnd(width + 1)} ${counts[code]}`);
  lines.push('');
  for (const code of DIRECTORY_ISSUE_CODES) {
    const found = report.findings.filter((f) => f.code === code);
    if (!found.length) continue;
    lines.push(`${DIRECTORY_PARTS[code].title}: ${found.length}`, `  ${DIRECTORY_PARTS[code].advice}`, ...found.flatMap(formatFinding), '');
  }
  return lines;
}

/** A readable report for a terminal or an email. */
export function formatReport(report: HealthReport): string {
  const lines = [`Content health for ${report.space}, ${report.checkedAt.slice(0, 10)}`, ''];
  const known = new Set<string>([...SECTIONS.flatMap((s) => s.code), ...DIRECTORY_ISSUE_CODES]);
  const other = { code: [...new Set(report.findings.map((f) => f.code))].filter((c) => !known.has(c)), title: 'Other findings', advice: '' };
  const section = (part: (typeof SECTIONS)[number]) => {
    const found = report.findings.filter((f) => part.code.includes(f.code));
    if (!found.length) return;
    lines.push(`${part.title}: ${found.length}`);
    if (part.advice) lines.push(`  ${part.advice}`);
    lines.push(...found.flatMap(formatFinding), '');
  };
  // Entries families cannot see at all come first; then the directory; then the rest.
  SECTIONS.slice(0, 2).forEach(section);
  lines.push(...formatDirectory(report));
  [...SECTIONS.slice(2), other].forEach(section);
  const { errors, warnings } = report.summary;
  lines.push(
    errors === 0 && warnings === 0
      ? 'All content is healthy.'
      : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.${errors ? ' Entries with errors are not shown on the website.' : ''}`,
  );
  return lines.join('\n');
}
