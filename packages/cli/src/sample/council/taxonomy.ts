/**
 * The national DfE taxonomy as editable `taxonomyTerm` entries, with Polish names for the six
 * top-level categories only (sub-categories fall back to English, which the health check reports).
 */
import { DFE_TAXONOMY, dfeTaxonomyTerms, taxonomyTermId, type Entity } from '@family-hubs/content';
import { sample, type SampleEntry } from '../space.js';

const POLISH_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  'Activities, clubs and groups': 'Zajęcia, kluby i grupy',
  'Family support': 'Wsparcie dla rodzin',
  Health: 'Zdrowie',
  'Pregnancy, birth and early years': 'Ciąża, poród i wczesne dzieciństwo',
  'Special educational needs and disabilities (SEND)': 'Specjalne potrzeby edukacyjne i niepełnosprawność (SEND)',
  Transport: 'Transport',
};

const KNOWN_TERMS = new Set(DFE_TAXONOMY.flatMap((category) => [category.name, ...category.subcategories]));

/** The id of a DfE term by its exact name; throws on a typo so sample services never link to nothing. */
export function tax(name: string): string {
  if (!KNOWN_TERMS.has(name)) throw new Error(`"${name}" is not a DfE taxonomy term`);
  return taxonomyTermId(name);
}

/** All 49 DfE terms, parents first. */
export function taxonomyEntries(): SampleEntry<'taxonomyTerm'>[] {
  return dfeTaxonomyTerms().map((term) => {
    const polish = POLISH_CATEGORY_NAMES[term.name];
    return sample(term as Entity<'taxonomyTerm'>, polish ? { translations: { pl: { name: polish } } } : {});
  });
}
