import { defineContentType, field, type EntityOf } from './definition/index.js';

/** A category from the service taxonomy (HSDS `taxonomy_term`), seeded with the DfE 6/43 list. */
export const taxonomyTermType = defineContentType({
  id: 'taxonomyTerm',
  name: 'Category',
  description: 'A service category. The national DfE Family Hubs list is loaded for you; add local ones if you need them.',
  displayField: 'name',
  fields: {
    name: field.symbol('Name', { max: 100 }).required().localized(),
    code: field.symbol('Code', { max: 100 }).help('Stable identifier used in feeds and links, e.g. "health-visiting"'),
    parent: field.link('Parent category', ['taxonomyTerm']).help('Leave empty for a top-level category'),
    vocabulary: field.symbol('Vocabulary', { max: 60 }).help('Where the term comes from, e.g. "dfe-family-hubs" or "local"'),
    description: field.text('Description', { max: 500 }).localized(),
  },
});
/** A taxonomy term. */
export type TaxonomyTerm = EntityOf<typeof taxonomyTermType>;
