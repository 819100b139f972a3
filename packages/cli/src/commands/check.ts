import { checkOfferCompleteness, checkProgrammeCourses, findServicesNotCheckedRecently, type ContentIssue } from '@family-hubs/content';
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
  readonly findings: readonly HealthFinding[];
}

/** `family-hubs check`: content health for editors. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check content health: invalid entries, broken links, missing translations, services not checked for 6 months, Start for Life offer completeness, and parenting programmes with no upcoming course or ended courses still published',
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
  const issues = [...pack.issues, ...findServicesNotCheckedRecently(set, now), ...checkOfferCompleteness(set, now), ...checkProgrammeCourses(set, now)];
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
    findings,
  };
}

const SECTIONS: readonly { code: ContentIssue['code'][]; title: string; advice: string }[] = [
  { code: ['invalid-field', 'missing-field'], title: 'Invalid entries (not shown to families)', advice: 'Open each entry and fix the field named.' },
  { code: ['dangling-link', 'wrong-link-type'], title: 'Broken links between entries', advice: 'Publish the linked entry, or remove the link.' },
  { code: ['not-checked-recently'], title: 'Services not checked for 6 months', advice: 'Confirm the details with the provider, then update "Last checked".' },
  { code: ['offer-incomplete'], title: 'Start for Life offer', advice: 'Only editors see this; families see the offer as published.' },
  { code: ['programme-no-upcoming-course', 'course-ended'], title: 'Parenting programmes and courses', advice: 'Families see only courses still to come: add the next dates, and unpublish courses that have ended.' },
  { code: ['missing-translation'], title: 'Missing translations', advice: 'Families reading these languages see English instead.' },
];

/** A readable report for a terminal or an email. */
export function formatReport(report: HealthReport): string {
  const lines = [`Content health for ${report.space}, ${report.checkedAt.slice(0, 10)}`, ''];
  const known = new Set(SECTIONS.flatMap((s) => s.code));
  const sections = [...SECTIONS, { code: [...new Set(report.findings.map((f) => f.code))].filter((c) => !known.has(c)), title: 'Other findings', advice: '' }];
  for (const section of sections) {
    const found = report.findings.filter((f) => section.code.includes(f.code));
    if (!found.length) continue;
    lines.push(`${section.title}: ${found.length}`);
    if (section.advice) lines.push(`  ${section.advice}`);
    for (const finding of found) {
      const name = finding.entryName ? `"${finding.entryName}" ` : '';
      lines.push(`  - ${name}(${finding.contentType} ${finding.entryId}${finding.locale ? `, ${finding.locale}` : ''}): ${finding.message}`);
      if (finding.link) lines.push(`    ${finding.link}`);
    }
    lines.push('');
  }
  const { errors, warnings } = report.summary;
  lines.push(
    errors === 0 && warnings === 0
      ? 'All content is healthy.'
      : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.${errors ? ' Entries with errors are not shown on the website.' : ''}`,
  );
  return lines.join('\n');
}
