// A realistic small directory for the search tests: 40 services of one council, filed under the
// national DfE categories, with venues around one town centre (53.48 N, 2.24 W).
import { DFE_TAXONOMY, taxonomyTermId } from '@family-hubs/content';
import type { SearchCategory, SearchDocument } from '@family-hubs/content/search';

const parentOf = new Map(DFE_TAXONOMY.flatMap((top) => top.subcategories.map((sub) => [sub, top.name] as const)));

/** A category by its DfE name (top level or sub-category). */
export function category(name: string): SearchCategory {
  const parent = parentOf.get(name);
  if (!parent && !DFE_TAXONOMY.some((top) => top.name === name)) throw new Error(`Not a DfE category: ${name}`);
  return { id: taxonomyTermId(name), label: name, ...(parent ? { parentId: taxonomyTermId(parent) } : {}) };
}

/** The town centre the fixture's venues are around. */
export const TOWN = { lat: 53.48, lon: -2.24 } as const;
/** A point `north` and `east` miles from the centre (small distances: flat-earth is fine here). */
export const near = (north: number, east: number) => ({ lat: TOWN.lat + north / 69.05, lon: TOWN.lon + east / (69.17 * Math.cos((TOWN.lat * Math.PI) / 180)) });

type Spec = Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'name' | 'summary'> & { cats: string[] };
const doc = ({ cats, ...rest }: Spec): SearchDocument => ({
  categories: cats.map(category),
  isFree: true,
  days: [],
  deliveryModes: ['inPerson'],
  languages: ['en'],
  positions: [],
  ...rest,
});

export const SERVICES: readonly SearchDocument[] = [
  doc({ id: 'health-visiting', name: 'Health visiting team', summary: 'Health visitors support you from late pregnancy until your child is 5.', description: 'Home visits, development reviews and advice on feeding, sleep and growth.', organisation: 'Northshire NHS Community Trust', cats: ['Health visiting'], minimumAge: 0, maximumAge: 5, forPregnancy: true, days: ['MO', 'TU', 'WE', 'TH', 'FR'], positions: [near(0.5, 0.2)] }),
  doc({ id: 'baby-clinic', name: 'Baby clinic at Riverside Family Hub', summary: 'Drop in to have your baby weighed and talk to a health visitor.', organisation: 'Northshire NHS Community Trust', cats: ['Health visiting'], minimumAge: 0, maximumAge: 1, days: ['TU'], positions: [near(1, 1)] }),
  doc({ id: 'infant-feeding', name: 'Infant feeding café', summary: 'Friendly help with breastfeeding, bottle feeding and combining both.', description: 'Peer supporters and an infant feeding specialist. Come along in pregnancy or with your baby.', organisation: 'Northshire NHS Community Trust', cats: ['Infant feeding support (including breastfeeding)'], minimumAge: 0, maximumAge: 2, forPregnancy: true, days: ['WE'], positions: [near(-0.5, 0.5)] }),
  doc({ id: 'feeding-helpline', name: 'Feeding support line', summary: 'Call for help with feeding your baby, seven days a week.', cats: ['Infant feeding support (including breastfeeding)'], minimumAge: 0, maximumAge: 1, deliveryModes: ['telephone'], days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }),
  doc({ id: 'antenatal-classes', name: 'Antenatal classes', summary: 'Get ready for birth and your first weeks with a new baby.', organisation: 'Northshire Maternity Services', cats: ['Midwife and maternity'], forPregnancy: true, days: ['TH'], deliveryModes: ['inPerson', 'online'], positions: [near(2, -1)] }),
  doc({ id: 'community-midwives', name: 'Community midwives', summary: 'Your midwife appointments in pregnancy, close to home.', organisation: 'Northshire Maternity Services', cats: ['Midwife and maternity'], forPregnancy: true, days: ['MO', 'WE', 'FR'], positions: [near(0.2, 0.1)] }),
  doc({ id: 'perinatal-wellbeing', name: 'Perinatal wellbeing group', summary: 'A calm space for parents who feel low or anxious in pregnancy or after birth.', cats: ['Perinatal mental health support (pregnancy to one year post birth)'], minimumAge: 0, maximumAge: 1, forPregnancy: true, days: ['FR'], positions: [near(3, 3)] }),
  doc({ id: 'stay-and-play', name: 'Stay and Play', summary: 'Play, songs and a cuppa for parents and carers with children under 5.', cats: ['Parent, baby and toddler groups'], minimumAge: 0, maximumAge: 5, days: ['MO', 'TH'], positions: [near(0.3, -0.3)] }),
  doc({ id: 'bumps-and-babies', name: 'Bumps and babies', summary: 'Meet other parents-to-be and new parents.', cats: ['Parent, baby and toddler groups', 'Midwife and maternity'], minimumAge: 0, maximumAge: 1, forPregnancy: true, days: ['TU'], positions: [near(4, 0)] }),
  doc({ id: 'baby-massage', name: 'Baby massage', summary: 'Learn gentle massage to soothe and bond with your baby. Five-week course.', cats: ['Parent, baby and toddler groups'], minimumAge: 0, maximumAge: 1, isFree: false, days: ['WE'], positions: [near(1.5, 1.5)] }),
  doc({ id: 'rhyme-time', name: 'Rhyme time', summary: 'Songs and rhymes at the library to help your child’s early language.', organisation: 'Northshire Libraries', cats: ['Early years language and learning'], minimumAge: 0, maximumAge: 4, days: ['SA'], positions: [near(0.1, 0)] }),
  doc({ id: 'chatterboxes', name: 'Chatterboxes', summary: 'A small group for toddlers who are slow to start talking.', cats: ['Early years language and learning', 'Speech, language and communication needs'], minimumAge: 1, maximumAge: 3, days: ['TH'], positions: [near(6, 2)] }),
  doc({ id: 'speech-dropin', name: 'Speech and language drop-in', summary: 'Worried about how your child talks or understands? Ask a speech and language therapist.', organisation: 'Northshire NHS Community Trust', cats: ['Speech, language and communication needs'], minimumAge: 0, maximumAge: 11, days: ['MO'], positions: [near(2, 2)] }),
  doc({ id: 'playgroup', name: 'Little Acorns pre-school', summary: 'Sessions for 2 to 4 year olds, with funded places.', cats: ['Pre-school playgroup'], minimumAge: 2, maximumAge: 4, isFree: false, days: ['MO', 'TU', 'WE', 'TH', 'FR'], positions: [near(-2, -2)] }),
  doc({ id: 'after-school', name: 'After-school club', summary: 'Care until 6pm on school days, with snacks and games.', cats: ['Before and after school clubs'], minimumAge: 4, maximumAge: 11, isFree: false, days: ['MO', 'TU', 'WE', 'TH', 'FR'], positions: [near(-1, 0)] }),
  doc({ id: 'holiday-food', name: 'Holiday activities and food', summary: 'Free activities and a healthy meal in the school holidays for children on free school meals.', cats: ['Holiday clubs and schemes'], minimumAge: 5, maximumAge: 16, days: ['MO', 'TU', 'WE', 'TH'], positions: [near(8, -4)] }),
  doc({ id: 'youth-club', name: 'Youth club', summary: 'Games, trips and someone to talk to, for young people aged 11 to 18.', cats: ['Activities', 'Targeted youth support'], minimumAge: 11, maximumAge: 18, days: ['TU', 'TH'], positions: [near(1, -2)] }),
  doc({ id: 'junior-football', name: 'Junior football', summary: 'Football for boys and girls, all abilities.', cats: ['Sports and recreation'], minimumAge: 5, maximumAge: 14, isFree: false, days: ['SA'], positions: [near(12, 0)] }),
  doc({ id: 'family-swim', name: 'Family swim', summary: 'Relaxed swimming sessions for the whole family.', organisation: 'Northshire Leisure', cats: ['Sports and recreation'], isFree: false, days: ['SU'], positions: [near(0, 5)] }),
  doc({ id: 'street-dance', name: 'Street dance', summary: 'Dance classes for 8 to 16 year olds.', cats: ['Music, arts and dance'], minimumAge: 8, maximumAge: 16, isFree: false, days: ['WE'], positions: [near(-3, 1)] }),
  doc({ id: 'debt-advice', name: 'Debt advice', summary: 'Free, confidential help with debts, bills and budgeting.', organisation: 'Northshire Advice Centre', cats: ['Debt and welfare advice'], days: ['MO', 'WE'], deliveryModes: ['inPerson', 'telephone'], languages: ['en', 'pl', 'ur'], positions: [near(0.4, 0.4)] }),
  doc({ id: 'benefits-check', name: 'Benefits check', summary: 'Find out what you can claim, including Universal Credit and Healthy Start.', organisation: 'Northshire Advice Centre', cats: ['Money, benefits and housing'], deliveryModes: ['telephone', 'online'], languages: ['en', 'pl'] }),
  doc({ id: 'food-essentials', name: 'Food and essentials help', summary: 'Emergency food parcels, nappies and toiletries.', cats: ['Money, benefits and housing'], days: ['FR'], positions: [near(-0.8, -0.8)] }),
  doc({ id: 'domestic-abuse', name: 'Domestic abuse support', summary: 'Safe, confidential support for anyone affected by domestic abuse.', cats: ['Domestic abuse'], deliveryModes: ['telephone', 'inPerson'], languages: ['en', 'ur', 'bn'], days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], positions: [{ lat: 53.49, lon: -2.25 }] }),
  doc({ id: 'parenting-course', name: 'Parenting course', summary: 'Eight weeks of practical ideas for calmer family life.', cats: ['Parenting support'], minimumAge: 0, maximumAge: 18, days: ['TH'], deliveryModes: ['inPerson', 'online'], positions: [near(5, 5)] }),
  doc({ id: 'dads-group', name: 'Dads’ group', summary: 'A Saturday morning group for dads and male carers and their children.', cats: ['Parenting support', 'Parent, baby and toddler groups'], minimumAge: 0, maximumAge: 5, days: ['SA'], positions: [near(0.6, -0.6)] }),
  doc({ id: 'separated-parents', name: 'Separated parents course', summary: 'Help to put your children first when you separate.', cats: ['Separating and separated parent support'], deliveryModes: ['online'] }),
  doc({ id: 'parental-conflict', name: 'Reducing Parental Conflict support', summary: 'Support for couples who argue a lot, to protect their children.', cats: ['Reducing parental conflict'], deliveryModes: ['online', 'telephone'] }),
  doc({ id: 'stop-smoking', name: 'Stop smoking support', summary: 'Free help to quit, including in pregnancy.', cats: ['Stopping smoking'], forPregnancy: true, deliveryModes: ['telephone'], languages: ['en', 'bn'] }),
  doc({ id: 'family-drug', name: 'Family drug and alcohol support', summary: 'Support for families affected by a parent’s drinking or drug use.', cats: ['Substance misuse (including alcohol and drug)'], days: ['WE'], positions: [near(7, -7)] }),
  doc({ id: 'wellbeing-walk', name: 'Wellbeing walk', summary: 'A gentle walk and a chat for parents feeling isolated.', cats: ['Mental health, social and emotional support'], days: ['TU'], positions: [near(9, 9)] }),
  doc({ id: 'tooth-brushing', name: 'Tooth brushing club', summary: 'Help your child keep healthy teeth, with free brushes and paste.', cats: ['Oral health'], minimumAge: 0.5, maximumAge: 11, days: ['MO'], positions: [near(-1.2, 0.3)] }),
  doc({ id: 'healthy-families', name: 'Healthy families programme', summary: 'Cooking, eating well and being active together.', cats: ['Nutrition and weight management'], minimumAge: 4, maximumAge: 12, days: ['WE'], positions: [near(3, -3)] }),
  doc({ id: 'autism-support', name: 'Autism parent support group', summary: 'Parents of autistic children sharing tips and support, before or after diagnosis.', cats: ['Autistic Spectrum Disorder (ASD)', 'Groups for parents and carers of children with SEND'], minimumAge: 2, maximumAge: 25, days: ['TH'], positions: [near(2.5, 0)] }),
  doc({ id: 'short-breaks', name: 'Short breaks club', summary: 'Saturday club for disabled children and young people, giving carers a break.', cats: ['Breaks and respite'], minimumAge: 5, maximumAge: 18, days: ['SA'], positions: [near(15, 5)] }),
  doc({ id: 'deaf-group', name: 'Deaf children’s group', summary: 'Play and BSL for deaf children and their families.', cats: ['Hearing impairment'], minimumAge: 0, maximumAge: 25, days: ['SA'], languages: ['en'], positions: [near(4, -4)] }),
  doc({ id: 'send-advice', name: 'SEND information and advice', summary: 'Impartial advice about special educational needs and disabilities, EHC plans and support in school.', cats: ['Learning difficulties and disabilities', 'Other difficulties or disabilities'], minimumAge: 0, maximumAge: 25, deliveryModes: ['telephone', 'online', 'inPerson'], days: ['MO', 'TU', 'WE', 'TH'], positions: [near(0.05, 0.05)] }),
  doc({ id: 'register-birth', name: 'Register a birth', summary: 'Book an appointment to register your baby’s birth.', cats: ['Birth registration'], days: ['MO', 'TU', 'WE', 'TH', 'FR'], positions: [near(0, 0)] }),
  doc({ id: 'dial-a-ride', name: 'Dial-a-Ride', summary: 'Door-to-door minibus for people who cannot use buses.', cats: ['Community transport'], isFree: false, deliveryModes: ['telephone'], days: ['MO', 'TU', 'WE', 'TH', 'FR'] }),
  doc({ id: 'polish-family', name: 'Polish family support', summary: 'Help in Polish with school, health and money questions.', organisation: 'Northshire Polish Association', cats: ['Intensive targeted family support'], languages: ['pl'], days: ['SA'], positions: [near(1, 3)] }),
];
