/**
 * ORUK taxonomy terms as our `taxonomyTerm` entries. A term whose name is one of the national DfE
 * Family Hubs terms becomes that term (`tax-health-visiting`, with its DfE parent), so services
 * from a feed file under the same categories as services from the CMS; any other term is kept as
 * a local term of the feed's vocabulary.
 */
import type { RawEntry } from '../../model/definition/index.js';
import { dfeTaxonomyTerms, taxonomyTermId } from '../../model/dfe-taxonomy.js';
import { idOf, pick, text } from './values.js';

/** A term as the feed gave it, read tolerantly. */
export interface FeedTerm {
  readonly feedId: string;
  readonly name: string;
  readonly parentFeedId?: string;
  readonly vocabulary?: string;
  readonly description?: string;
}

const dfeBySlug = new Map(dfeTaxonomyTerms().map((term) => [term.id, term]));
// DfE wording that feeds also use for the same sub-category.
const DFE_ALIASES: Readonly<Record<string, string>> = {
  'tax-breastfeeding': 'Infant feeding support (including breastfeeding)',
  'tax-infant-feeding': 'Infant feeding support (including breastfeeding)',
  'tax-infant-feeding-support': 'Infant feeding support (including breastfeeding)',
  'tax-send': 'Special educational needs and disabilities (SEND)',
};

/** The DfE term a feed term's name names, if any. */
function dfeTermFor(name: string): RawEntry | undefined {
  const slug = taxonomyTermId(name);
  const term = dfeBySlug.get(slug) ?? (DFE_ALIASES[slug] ? dfeBySlug.get(taxonomyTermId(DFE_ALIASES[slug])) : undefined);
  if (!term) return undefined;
  const { id, contentType, ...fields } = term;
  return { id, contentType, fields };
}

/** Reads a term object (ORUK 3.0 `taxonomy_term`, v1 `taxonomy`). */
export function readFeedTerm(value: unknown): FeedTerm | undefined {
  const feedId = idOf(pick(value, 'id'));
  const name = text(pick(value, 'name', 'term'));
  if (feedId === undefined || name === undefined) return undefined;
  const parentFeedId = idOf(pick(value, 'parent_id', 'parent'));
  const vocabulary = text(pick(value, 'vocabulary', 'taxonomy', 'taxonomy_id'));
  const description = text(pick(value, 'description'));
  return { feedId, name, ...(parentFeedId ? { parentFeedId } : {}), ...(vocabulary ? { vocabulary } : {}), ...(description ? { description } : {}) };
}

/** The entry id a feed term gets: its DfE term's id, or `term-<feed id>`. */
export function termEntryId(term: Pick<FeedTerm, 'feedId' | 'name'>): string {
  return dfeTermFor(term.name)?.id ?? `term-${term.feedId}`;
}

/**
 * The entries for `term`: the DfE term and its DfE parent, or a local term. A local term links
 * its parent only when `known` has it, so a parent the feed never sent is not a broken link.
 */
export function termEntries(term: FeedTerm, known: ReadonlyMap<string, FeedTerm>): RawEntry[] {
  const dfe = dfeTermFor(term.name);
  if (dfe) {
    const parentId = dfe.fields['parent'];
    const parent = typeof parentId === 'string' ? dfeBySlug.get(parentId) : undefined;
    const out = [dfe];
    if (parent) {
      const { id, contentType, ...fields } = parent;
      out.push({ id, contentType, fields });
    }
    return out;
  }
  const parent = term.parentFeedId ? known.get(term.parentFeedId) : undefined;
  return [
    {
      id: `term-${term.feedId}`,
      contentType: 'taxonomyTerm',
      fields: {
        name: term.name.slice(0, 100),
        code: term.feedId.slice(0, 100),
        vocabulary: (term.vocabulary ?? 'oruk').slice(0, 60),
        ...(term.description ? { description: term.description.slice(0, 500) } : {}),
        ...(parent ? { parent: termEntryId(parent) } : {}),
      },
    },
  ];
}
