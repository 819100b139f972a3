/** Categories as HSDS-UK 3.0 taxonomy terms, each with its taxonomy (the term's vocabulary). */
import { getEntity, type ContentSet } from '../content-set.js';
import type { TaxonomyTerm } from '../model/index.js';
import { orukId } from './stable-id.js';
import type { OrukTaxonomy, OrukTaxonomyTerm } from './types.js';

/** The vocabulary of terms that name none: the council's own categories. */
export const LOCAL_VOCABULARY = 'local';

/** Names and descriptions of the vocabularies the model seeds; any other is named by its code. */
const KNOWN_TAXONOMIES: Readonly<Record<string, { readonly name: string; readonly description: string }>> = {
  'dfe-family-hubs': {
    name: 'DfE Family Hubs service taxonomy',
    description: 'The national Family Hubs service categories of the Department for Education (6 categories, 43 sub-categories).',
  },
  [LOCAL_VOCABULARY]: { name: 'Local categories', description: 'Service categories the council added for its own directory.' },
};

/** The taxonomy a term belongs to. */
export function toOrukTaxonomy(vocabulary: string): OrukTaxonomy {
  const known = Object.hasOwn(KNOWN_TAXONOMIES, vocabulary) ? KNOWN_TAXONOMIES[vocabulary] : undefined;
  return { id: orukId('taxonomy', vocabulary), name: known?.name ?? vocabulary, description: known?.description ?? `Service categories from the "${vocabulary}" vocabulary.` };
}

/** `term` as an ORUK taxonomy term; `description` is required, so a term without one repeats its name. */
export function toOrukTaxonomyTerm(set: ContentSet, term: TaxonomyTerm): OrukTaxonomyTerm {
  const taxonomy = toOrukTaxonomy(term.vocabulary?.trim() || LOCAL_VOCABULARY);
  // A parent the set does not have would be a dangling id in the feed.
  const parent = getEntity(set, 'taxonomyTerm', term.parent);
  return {
    id: orukId('taxonomyTerm', term.id),
    name: term.name,
    description: term.description?.trim() || term.name,
    ...(term.code ? { code: term.code } : {}),
    ...(parent ? { parent_id: orukId('taxonomyTerm', parent.id) } : {}),
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    taxonomy_detail: taxonomy,
  };
}
