/**
 * The national Family Hubs service taxonomy (DfE, 6 categories and 43 sub-categories). It seeds
 * the editable `taxonomyTerm` entries of a new space; councils may add local terms beside it.
 */

/** One top-level category and its sub-categories. */
export interface TaxonomySeedCategory {
  readonly name: string;
  readonly subcategories: readonly string[];
}

/** The DfE list, in its published order. */
export const DFE_TAXONOMY: readonly TaxonomySeedCategory[] = [
  {
    name: "Activities, clubs and groups",
    subcategories: [
      "Activities",
      "Before and after school clubs",
      "Holiday clubs and schemes",
      "Music, arts and dance",
      "Parent, baby and toddler groups",
      "Pre-school playgroup",
      "Sports and recreation",
    ],
  },
  {
    name: "Family support",
    subcategories: [
      "Bullying and cyber bullying",
      "Debt and welfare advice",
      "Domestic abuse",
      "Intensive targeted family support",
      "Money, benefits and housing",
      "Parenting support",
      "Reducing parental conflict",
      "Separating and separated parent support",
      "Stopping smoking",
      "Substance misuse (including alcohol and drug)",
      "Targeted youth support",
      "Youth justice services",
    ],
  },
  {
    name: "Health",
    subcategories: [
      "Hearing and sight",
      "Mental health, social and emotional support",
      "Nutrition and weight management",
      "Oral health",
      "Public health services",
    ],
  },
  {
    name: "Pregnancy, birth and early years",
    subcategories: [
      "Birth registration",
      "Early years language and learning",
      "Health visiting",
      "Infant feeding support (including breastfeeding)",
      "Midwife and maternity",
      "Perinatal mental health support (pregnancy to one year post birth)",
    ],
  },
  {
    name: "Special educational needs and disabilities (SEND)",
    subcategories: [
      "Autistic Spectrum Disorder (ASD)",
      "Breaks and respite",
      "Early years support",
      "Groups for parents and carers of children with SEND",
      "Hearing impairment",
      "Learning difficulties and disabilities",
      "Multi-sensory impairment",
      "Other difficulties or disabilities",
      "Physical disabilities",
      "Social, emotional and mental health support",
      "Speech, language and communication needs",
      "Visual impairment",
    ],
  },
  {
    name: "Transport",
    subcategories: [
      "Community transport",
    ],
  },
];

/** The vocabulary id DfE terms carry. */
export const DFE_VOCABULARY = 'dfe-family-hubs';

/** A stable, readable id for a term name: `Health visiting` → `tax-health-visiting`. */
export function taxonomyTermId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tax-${slug}`.slice(0, 64);
}

/** A DfE term as a `taxonomyTerm` entity's fields (links as ids). */
export interface DfeTaxonomyTerm {
  readonly id: string;
  readonly contentType: 'taxonomyTerm';
  readonly name: string;
  readonly code: string;
  readonly vocabulary: string;
  readonly parent?: string;
}

/** Every DfE term as a `taxonomyTerm` entity, parents before their children. */
export function dfeTaxonomyTerms(): DfeTaxonomyTerm[] {
  const term = (name: string, parent?: string): DfeTaxonomyTerm => ({
    id: taxonomyTermId(name),
    contentType: 'taxonomyTerm',
    name,
    code: taxonomyTermId(name).replace(/^tax-/, ''),
    vocabulary: DFE_VOCABULARY,
    ...(parent ? { parent: taxonomyTermId(parent) } : {}),
  });
  return DFE_TAXONOMY.flatMap((category) => [term(category.name), ...category.subcategories.map((sub) => term(sub, category.name))]);
}
