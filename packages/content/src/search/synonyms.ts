/**
 * Words families use for what the national taxonomy calls something else. Each entry maps one or
 * more phrases, as a family types them, to DfE sub-category names (matched against the labels of
 * the categories in the index, case-insensitively, so they work whatever ids a source gives its
 * terms). A phrase matches a service when the words match its text *or* the service is in one of
 * the categories. Councils can pass their own table to `createSearchIndex` (`synonyms`).
 */

/** One row of the synonym table. */
export interface SearchSynonym {
  /** Phrases as typed, lower case; a phrase of several words matches when they appear in that order. */
  readonly phrases: readonly string[];
  /** Category labels (DfE names or a council's own) the phrases stand for. */
  readonly categories: readonly string[];
}

/** The default table: family words for the DfE Family Hubs categories. */
export const DEFAULT_SEARCH_SYNONYMS: readonly SearchSynonym[] = [
  { phrases: ['nursery', 'nurseries', 'preschool', 'pre-school'], categories: ['Pre-school playgroup', 'Early years language and learning'] },
  { phrases: ['childcare', 'child care', 'childminder', 'childminders', 'creche'], categories: ['Pre-school playgroup', 'Before and after school clubs', 'Holiday clubs and schemes'] },
  { phrases: ['baby group', 'baby groups', 'toddler group', 'mum and baby', 'parent and baby', 'stay and play', 'playgroup'], categories: ['Parent, baby and toddler groups'] },
  { phrases: ['breastfeeding', 'breast feeding', 'bottle feeding', 'feeding', 'formula'], categories: ['Infant feeding support (including breastfeeding)'] },
  { phrases: ['speech', 'talking', 'language delay', 'stammer', 'salt'], categories: ['Speech, language and communication needs', 'Early years language and learning'] },
  { phrases: ['health visitor', 'health visitors', 'baby clinic', 'baby weighing'], categories: ['Health visiting'] },
  { phrases: ['midwife', 'midwives', 'antenatal', 'ante-natal', 'maternity', 'pregnant', 'pregnancy', 'bump'], categories: ['Midwife and maternity'] },
  { phrases: ['postnatal depression', 'baby blues', 'perinatal'], categories: ['Perinatal mental health support (pregnancy to one year post birth)'] },
  { phrases: ['autism', 'autistic', 'asd', 'adhd'], categories: ['Autistic Spectrum Disorder (ASD)'] },
  { phrases: ['send', 'special needs', 'disability', 'disabled'], categories: ['Learning difficulties and disabilities', 'Groups for parents and carers of children with SEND', 'Other difficulties or disabilities'] },
  { phrases: ['respite', 'short breaks'], categories: ['Breaks and respite'] },
  { phrases: ['deaf', 'hearing loss'], categories: ['Hearing impairment', 'Hearing and sight'] },
  { phrases: ['blind', 'sight loss', 'eyesight'], categories: ['Visual impairment', 'Hearing and sight'] },
  { phrases: ['dentist', 'teeth', 'tooth', 'dental'], categories: ['Oral health'] },
  { phrases: ['counselling', 'anxiety', 'depression', 'wellbeing', 'mental health'], categories: ['Mental health, social and emotional support'] },
  { phrases: ['food bank', 'foodbank', 'benefits', 'universal credit', 'rent', 'housing'], categories: ['Money, benefits and housing'] },
  { phrases: ['debt', 'money advice', 'bills'], categories: ['Debt and welfare advice'] },
  { phrases: ['domestic violence', 'abuse', 'refuge'], categories: ['Domestic abuse'] },
  { phrases: ['smoking', 'vaping', 'quit smoking'], categories: ['Stopping smoking'] },
  { phrases: ['drugs', 'alcohol'], categories: ['Substance misuse (including alcohol and drug)'] },
  { phrases: ['divorce', 'separation', 'co-parenting'], categories: ['Separating and separated parent support'] },
  { phrases: ['after school', 'breakfast club', 'wraparound'], categories: ['Before and after school clubs'] },
  { phrases: ['holiday club', 'summer club', 'haf'], categories: ['Holiday clubs and schemes'] },
  { phrases: ['swimming', 'football', 'sport'], categories: ['Sports and recreation'] },
  { phrases: ['register birth', 'birth certificate'], categories: ['Birth registration'] },
  { phrases: ['healthy eating', 'weight', 'healthy start'], categories: ['Nutrition and weight management'] },
  { phrases: ['bus', 'travel', 'lift'], categories: ['Community transport'] },
];
