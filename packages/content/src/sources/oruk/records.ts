/**
 * Service records from a feed to a validated content set: every term of the load is collected
 * first (so local terms can link their parents), each record is mapped on its own, entries the
 * records share (a venue, an organisation, a category) are kept once, and every entry is
 * validated through the query's registry by {@link buildContentSet}.
 */
import { buildContentSet } from '../../build-content-set.js';
import type { ContentSet } from '../../content-set.js';
import type { RawEntry } from '../../model/definition/index.js';
import type { ContentIssue, ContentRegistry } from '../../model/index.js';
import { mapServiceRecord, recordTerms } from './map.js';
import type { FeedTerm } from './taxonomy.js';
import { clip, text, pick } from './values.js';

/** The outcome of {@link buildFromRecords}. */
export interface FeedContent {
  readonly set: ContentSet;
  readonly issues: ContentIssue[];
  /** Entry ids of the services, in feed order (valid or not). */
  readonly serviceIds: string[];
}

/** Maps and validates `records`. A record that is not a service record at all is one `source-error` issue. */
export function buildFromRecords(records: readonly unknown[], where: string, locale: string, registry: ContentRegistry): FeedContent {
  const known = new Map<string, FeedTerm>();
  for (const record of records) for (const term of recordTerms(record)) if (!known.has(term.feedId)) known.set(term.feedId, term);
  const issues: ContentIssue[] = [];
  const entries: RawEntry[] = [];
  const shared = new Set<string>();
  const serviceIds: string[] = [];
  records.forEach((record, index) => {
    const mapped = mapServiceRecord(record, locale, known);
    if (!mapped) {
      const name = text(pick(record, 'name'));
      issues.push({
        entryId: '',
        contentType: 'service',
        path: [],
        message: `${where} sent a service record without an id${name ? ` ("${clip(name, 60)}")` : ` (number ${index + 1} of the list)`}, so it was left out.`,
        severity: 'error',
        code: 'source-error',
        locale,
      });
      return;
    }
    serviceIds.push(mapped.serviceId);
    issues.push(...mapped.issues);
    for (const entry of mapped.entries) {
      // Services are never merged: two with one id are the feed's mistake, and buildContentSet says so.
      if (entry.contentType !== 'service') {
        if (shared.has(entry.id)) continue;
        shared.add(entry.id);
      }
      entries.push(entry);
    }
  });
  const built = buildContentSet(entries, { locale, registry });
  return { set: built.set, issues: [...issues, ...built.issues], serviceIds };
}
