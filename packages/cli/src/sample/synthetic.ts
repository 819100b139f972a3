/**
 * Large, deterministic, realistic-looking spaces for benchmarks: thousands of services with venues
 * and schedules spread over most of England (50–55° N, 4° W–0°). The same seed always gives the
 * same space. Venues, schedules, organisations and costs are pooled and shared between services,
 * as in a real directory; 50,000 services take about two seconds and 150 MB of heap.
 */
import { DFE_TAXONOMY, taxonomyTermId, type Entity, type LanguageCode, type Weekday } from '@family-hubs/content';
import type { ExportEntry, SpaceExport } from '../cms-server/export-types.js';
import { taxonomyEntries } from './council/taxonomy.js';
import { SAMPLE_LOCALES, toExportContentTypes, toExportEntry, type ExportEntryOptions, type Translations } from './to-export.js';

/** Options for {@link generateSyntheticSpace}. */
export interface SyntheticSpaceOptions {
  /** How many services (e.g. 5,000 or 50,000). */
  readonly services: number;
  /** PRNG seed; the same seed gives the same space. Default 1. */
  readonly seed?: number;
  /** Space id written into `sys.space`. */
  readonly spaceId?: string;
}

/** Mulberry32: small, fast and good enough to make varied test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** What a service of each sub-category tends to be called, and for whom. */
const STEMS: Readonly<Record<string, { names: readonly string[]; ages?: readonly [number, number]; pregnancy?: boolean }>> = {
  Activities: { names: ['Youth club', 'Family fun day', 'Games night', 'Outdoor adventure club'], ages: [8, 18] },
  'Before and after school clubs': { names: ['Breakfast club', 'After-school club', 'Homework club'], ages: [4, 11] },
  'Holiday clubs and schemes': { names: ['Holiday activities and food', 'Summer playscheme', 'Easter holiday club'], ages: [5, 16] },
  'Music, arts and dance': { names: ['Little music makers', 'Street dance', 'Art club', 'Family choir'], ages: [1, 18] },
  'Parent, baby and toddler groups': { names: ['Stay and Play', 'Baby and toddler group', 'Bumps and babies', 'Messy play', 'Baby massage'], ages: [0, 5] },
  'Pre-school playgroup': { names: ['Pre-school playgroup', 'Little acorns pre-school'], ages: [2, 4] },
  'Sports and recreation': { names: ['Family swim', 'Junior football', 'Toddler gym', 'Multi-sports club'], ages: [3, 16] },
  'Bullying and cyber bullying': { names: ['Online safety for parents', 'Anti-bullying support'], ages: [5, 18] },
  'Debt and welfare advice': { names: ['Debt advice', 'Money advice drop-in', 'Budgeting support'] },
  'Domestic abuse': { names: ['Domestic abuse support', 'Recovery group', 'Children’s domestic abuse support'] },
  'Intensive targeted family support': { names: ['Early Help family support', 'Family support worker service'], ages: [0, 18] },
  'Money, benefits and housing': { names: ['Benefits check', 'Housing advice', 'Food and essentials help'] },
  'Parenting support': { names: ['Parenting advice drop-in', 'Parenting course', 'Dads’ group'], ages: [0, 18] },
  'Reducing parental conflict': { names: ['Reducing Parental Conflict support', 'Parents as partners group'] },
  'Separating and separated parent support': { names: ['Separated parents course', 'Co-parenting support'] },
  'Stopping smoking': { names: ['Stop smoking support', 'Smokefree pregnancy support'], pregnancy: true },
  'Substance misuse (including alcohol and drug)': { names: ['Young people’s drug and alcohol service', 'Family drug and alcohol support'] },
  'Targeted youth support': { names: ['Young carers group', 'Youth worker drop-in', 'LGBTQ+ youth group'], ages: [11, 19] },
  'Youth justice services': { names: ['Youth justice service', 'Youth offending prevention'], ages: [10, 17] },
  'Hearing and sight': { names: ['Children’s hearing clinic', 'Children’s eye clinic'], ages: [0, 16] },
  'Mental health, social and emotional support': { names: ['Wellbeing walk', 'Online counselling', 'Emotional health drop-in'] },
  'Nutrition and weight management': { names: ['Healthy families programme', 'Cook and eat', 'Healthy Start help'] },
  'Oral health': { names: ['Tooth brushing club', 'Children’s dental advice'], ages: [0.5, 11] },
  'Public health services': { names: ['Immunisation clinic', 'School nursing drop-in', 'Sexual health clinic'] },
  'Birth registration': { names: ['Register a birth'] },
  'Early years language and learning': { names: ['Chatterboxes', 'Rhyme time', 'Book sharing', 'Talking toddlers'], ages: [0, 5] },
  'Health visiting': { names: ['Baby clinic', 'Health visitor drop-in'], ages: [0, 5], pregnancy: true },
  'Infant feeding support (including breastfeeding)': { names: ['Infant feeding café', 'Breastfeeding support group', 'Bottle feeding advice'], ages: [0, 2], pregnancy: true },
  'Midwife and maternity': { names: ['Antenatal clinic', 'Antenatal classes', 'Community midwife clinic'], pregnancy: true },
  'Perinatal mental health support (pregnancy to one year post birth)': { names: ['Perinatal wellbeing group', 'Bump and baby wellbeing'], ages: [0, 1], pregnancy: true },
  'Autistic Spectrum Disorder (ASD)': { names: ['Autism parent support group', 'Autism-friendly play'], ages: [2, 25] },
  'Breaks and respite': { names: ['Short breaks club', 'Saturday respite club'], ages: [0, 18] },
  'Early years support': { names: ['SEND stay and play', 'Early years SEND support'], ages: [0, 5] },
  'Groups for parents and carers of children with SEND': { names: ['Parent carer coffee morning', 'SEND parents’ group'] },
  'Hearing impairment': { names: ['Deaf children’s group', 'BSL family sign class'], ages: [0, 25] },
  'Learning difficulties and disabilities': { names: ['SEND information and advice', 'Inclusive youth club'], ages: [0, 25] },
  'Multi-sensory impairment': { names: ['Sensory support service'], ages: [0, 25] },
  'Other difficulties or disabilities': { names: ['SEND advice line', 'Local offer drop-in'], ages: [0, 25] },
  'Physical disabilities': { names: ['Children’s occupational therapy', 'Adapted cycling'], ages: [0, 25] },
  'Social, emotional and mental health support': { names: ['Calm club', 'Nurture group'], ages: [4, 18] },
  'Speech, language and communication needs': { names: ['Speech and language drop-in', 'Talk and play group'], ages: [0, 11] },
  'Visual impairment': { names: ['Vision support group'], ages: [0, 25] },
  'Community transport': { names: ['Dial-a-Ride', 'Volunteer car scheme', 'Travel training'] },
};

const SUBCATEGORIES = DFE_TAXONOMY.flatMap((category) => category.subcategories);
const TOWN_STARTS = ['Ash', 'Bram', 'Carl', 'Dun', 'Elm', 'Fair', 'Glen', 'Hart', 'Ivy', 'King', 'Lang', 'Marsh', 'Nor', 'Oak', 'Pen', 'Queens', 'Red', 'Stan', 'Thorn', 'Upper', 'Wes', 'Yar'];
const TOWN_ENDS = ['ford', 'ley', 'ton', 'field', 'bridge', 'wick', 'by', 'combe', 'ham', 'well', 'moor', 'stead'];
const VENUE_KINDS = ['Family Hub', 'Library', 'Community Centre', 'Health Centre', 'Primary School', 'Leisure Centre', 'Church Hall', 'Youth Centre'];
const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Park Road', 'Mill Lane', 'Market Place', 'Victoria Road', 'School Lane'];
// Invented postcode areas: Z followed by a second letter no real area uses.
const AREAS = ['ZA', 'ZB', 'ZC', 'ZD', 'ZF', 'ZG', 'ZH', 'ZK', 'ZL', 'ZM', 'ZN', 'ZP', 'ZR', 'ZS', 'ZT', 'ZU', 'ZW', 'ZY'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const LANGUAGE_MIX: readonly LanguageCode[] = ['pl', 'ur', 'bn', 'ar', 'pa', 'so', 'ro', 'uk', 'gu', 'tr'];
const ACCESSIBILITY = ['stepFreeAccess', 'accessibleToilet', 'hearingLoop', 'lift', 'disabledParking', 'babyChanging', 'buggyStorage', 'quietSpace', 'breastfeedingFriendly'] as const;
const DAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const STARTS = ['09:00', '09:30', '10:00', '10:30', '13:00', '13:30', '15:30', '16:00', '18:00', '18:30'] as const;

/** Generates a benchmark space of `services` services. Deterministic for a seed; no clock. */
export function generateSyntheticSpace(options: SyntheticSpaceOptions): SpaceExport {
  const random = prng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
  const start = Date.parse('2025-01-01T09:00:00.000Z');
  const entries: ExportEntry[] = [];
  const exportOptions = (index: number): ExportEntryOptions => {
    const at = new Date(start + index * 1000).toISOString();
    return { createdAt: at, updatedAt: at, ...(options.spaceId ? { spaceId: options.spaceId } : {}) };
  };
  const push = (entity: Entity, translations: Translations<Entity['contentType']> = {}) => {
    entries.push(toExportEntry(entity, translations, exportOptions(entries.length)));
  };

  for (const { entity, translations } of taxonomyEntries()) push(entity, translations);

  const towns = Array.from({ length: Math.max(20, Math.ceil(options.services / 250)) }, (_, index) => ({
    name: `${TOWN_STARTS[index % TOWN_STARTS.length]}${TOWN_ENDS[Math.floor(index / TOWN_STARTS.length) % TOWN_ENDS.length]}${index >= TOWN_STARTS.length * TOWN_ENDS.length ? ` ${Math.floor(index / (TOWN_STARTS.length * TOWN_ENDS.length)) + 1}` : ''}`,
    // Town centres keep clear of the edges so venues scattered around them stay inside the area.
    lat: 50.05 + random() * 4.9,
    lon: -3.95 + random() * 3.9,
    outcode: `${AREAS[index % AREAS.length]}${(Math.floor(index / AREAS.length) % 99) + 1}`,
  }));

  const organisations = Array.from({ length: Math.max(10, Math.ceil(options.services / 100)) }, (_, index): Entity<'organisation'> => {
    const town = towns[index % towns.length]!;
    const kind = pick(['Council', 'Community Trust', 'NHS Trust', 'Advice Centre', 'Family Support']);
    return { id: `syn-org-${index}`, contentType: 'organisation', name: `${town.name} ${kind}`, phone: `0161 496 ${String(index % 1000).padStart(4, '0')}` };
  });
  for (const entity of organisations) push(entity);

  const locations = Array.from({ length: Math.max(30, Math.ceil(options.services / 8)) }, (_, index): Entity<'location'> => {
    const town = towns[index % towns.length]!;
    const features = ACCESSIBILITY.filter(() => chance(0.5));
    return {
      id: `syn-loc-${index}`,
      contentType: 'location',
      name: `${town.name} ${pick(VENUE_KINDS)}`,
      addressLine1: `${1 + Math.floor(random() * 120)} ${pick(STREETS)}`,
      townOrCity: town.name,
      postcode: `${town.outcode} ${Math.floor(random() * 10)}${pick([...INWARD_LETTERS])}${pick([...INWARD_LETTERS])}`,
      position: { lat: round(town.lat + (random() - 0.5) * 0.06, 5), lon: round(town.lon + (random() - 0.5) * 0.1, 5) },
      ...(features.length ? { accessibility: features } : {}),
      ...(chance(0.01) ? { hideExactAddress: true } : {}),
    };
  });
  for (const entity of locations) push(entity);

  const schedules = Array.from({ length: 240 }, (_, index): Entity<'schedule'> => {
    const opens = pick(STARTS);
    const [hours, minutes] = opens.split(':').map(Number) as [number, number];
    const closes = `${String(hours + 1 + Math.floor(random() * 3)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    const day = pick(DAYS);
    const base = { id: `syn-sch-${index}`, contentType: 'schedule' as const, opensAt: opens, closesAt: closes };
    if (index % 6 === 0) return { ...base, freq: 'MONTHLY', byday: [`${pick(['1', '2', '3', '4', '-1'])}${day}`] };
    if (index % 6 === 1) return { ...base, freq: 'WEEKLY', interval: 2, byday: [day], validFrom: '2026-11-02' };
    return { ...base, freq: 'WEEKLY', interval: 1, byday: chance(0.2) ? [day, pick(DAYS)].filter((d, i, all) => all.indexOf(d) === i) : [day] };
  });
  for (const entity of schedules) push(entity);

  const costs = Array.from({ length: 20 }, (_, index): Entity<'costOption'> => {
    const amount = round(1 + random() * 14, 1);
    return { id: `syn-cost-${index}`, contentType: 'costOption', option: pick(['Per session', 'Per child', 'Per family', 'Whole course']), amount, amountDescription: `£${amount.toFixed(2)}` };
  });
  for (const entity of costs) push(entity);

  for (let index = 0; index < options.services; index += 1) {
    const subcategory = pick(SUBCATEGORIES);
    const stem = STEMS[subcategory] ?? { names: [subcategory] };
    const venueCount = chance(0.1) ? 0 : chance(0.2) ? 2 : 1;
    const venues = Array.from({ length: venueCount }, () => pick(locations));
    const salIds = venues.map((location, v) => {
      const sal: Entity<'serviceAtLocation'> = { id: `syn-sal-${index}-${v}`, contentType: 'serviceAtLocation', location: location.id, schedules: [pick(schedules).id] };
      push(sal);
      return sal.id;
    });
    const town = venues[0] ? venues[0].townOrCity : pick(towns).name;
    const paid = chance(0.15);
    const extraCategory = chance(0.3) ? pick(SUBCATEGORIES) : undefined;
    const categories = [taxonomyTermId(subcategory), ...(extraCategory && extraCategory !== subcategory ? [taxonomyTermId(extraCategory)] : [])];
    const status = chance(0.03) ? 'temporarilyClosed' : chance(0.02) ? 'inactive' : 'active';
    const month = Math.floor(random() * 18);
    const lastChecked = new Date(Date.UTC(2025, 5 + month, 1 + Math.floor(random() * 28))).toISOString().slice(0, 10);
    const languages: LanguageCode[] = chance(0.3) ? ['en', pick(LANGUAGE_MIX)] : ['en'];
    const service: Entity<'service'> = {
      id: `syn-svc-${index}`,
      contentType: 'service',
      name: `${pick(stem.names)}${town ? ` – ${town}` : ''}`,
      summary: `${pick(stem.names)} for families in ${town ?? 'the area'}. ${paid ? 'There is a small charge.' : 'Free.'} ${chance(0.5) ? 'No need to book.' : 'Please book a place.'}`,
      status,
      ...(status === 'temporarilyClosed' ? { statusNote: 'Closed for a few weeks; check back soon.' } : {}),
      organisation: pick(organisations).id,
      categories,
      ...(stem.ages ? { minimumAge: stem.ages[0], maximumAge: stem.ages[1] } : {}),
      ...(stem.pregnancy ? { forPregnancy: true } : {}),
      isFree: !paid,
      ...(paid ? { costOptions: [pick(costs).id] } : {}),
      deliveryModes: venueCount ? (chance(0.2) ? ['inPerson', 'online'] : ['inPerson']) : pick([['telephone'], ['online'], ['telephone', 'online']] as const).slice(),
      languages,
      ...(chance(0.05) ? { bsl: true } : {}),
      ...(chance(0.25) ? { interpreterOnRequest: true } : {}),
      needsReferral: chance(0.15),
      phone: `0161 496 ${String(index % 1000).padStart(4, '0')}`,
      ...(salIds.length ? { locations: salIds } : { schedules: [pick(schedules).id] }),
      lastChecked,
    };
    push(service);
  }

  const { contentTypes, editorInterfaces } = toExportContentTypes();
  return { contentTypes, editorInterfaces, locales: SAMPLE_LOCALES.map((locale) => ({ ...locale })), assets: [], entries };
}
