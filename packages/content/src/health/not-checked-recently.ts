import { listEntities, type ContentSet } from '../content-set.js';
import { monthsBefore } from '../dates.js';
import type { ContentIssue } from '../model/index.js';

/** Services whose details were last confirmed longer ago than this are flagged to editors and families. */
export const SERVICE_CHECK_INTERVAL_MONTHS = 6;

/** True when a `lastChecked` date is older than the check interval. */
export function isOverdueForCheck(lastChecked: string | undefined, now: Date, months = SERVICE_CHECK_INTERVAL_MONTHS): boolean {
  return lastChecked === undefined || lastChecked < monthsBefore(now, months);
}

/** One warning per active service not checked within `months`. */
export function findServicesNotCheckedRecently(set: ContentSet, now: Date, months = SERVICE_CHECK_INTERVAL_MONTHS): ContentIssue[] {
  return listEntities(set, 'service')
    .filter((service) => service.status !== 'inactive' && isOverdueForCheck(service.lastChecked, now, months))
    .map((service) => ({
      entryId: service.id,
      contentType: 'service',
      path: ['lastChecked'],
      message: `"${service.name}" was last checked on ${service.lastChecked}, more than ${months} months ago: confirm the details with the provider and update "Last checked"`,
      severity: 'warning' as const,
      code: 'not-checked-recently' as const,
    }));
}
