/**
 * Venues and Family Hubs of the fictional borough of Northshire (towns: Northshire, Riverside,
 * Millbrook, Eastfield, Oakley, Hillcrest). Postcodes are in the invented NS area; map positions
 * sit around 53.4–53.6 N, 2.1–2.4 W.
 */
import type { Entity } from '@family-hubs/content';
import { sample, type SampleEntry } from '../space.js';
import { scheduleEntity, weekly, type ScheduleSpec } from './schedules.js';

/** Location ids, for links. */
export const LOC = {
  centralHub: 'loc-northshire-central-hub',
  centralLibrary: 'loc-northshire-central-library',
  adviceCentre: 'loc-northshire-advice-centre',
  riversideHub: 'loc-riverside-hub',
  riversideLibrary: 'loc-riverside-library',
  millbrookHub: 'loc-millbrook-hub',
  millbrookHealthCentre: 'loc-millbrook-health-centre',
  eastfieldHub: 'loc-eastfield-hub',
  eastfieldLeisure: 'loc-eastfield-leisure-centre',
  eastfieldChurchHall: 'loc-eastfield-st-annes-hall',
  oakleyHub: 'loc-oakley-hub',
  oakleyYouthCentre: 'loc-oakley-youth-centre',
  hillcrestCommunityCentre: 'loc-hillcrest-community-centre',
  hillcrestPrimary: 'loc-hillcrest-primary-school',
  hospital: 'loc-northshire-general-maternity',
  safeHomes: 'loc-safe-homes-support-base',
} as const;

/** Family Hub ids, for links. */
export const HUB = {
  central: 'hub-northshire-central',
  riverside: 'hub-riverside',
  millbrook: 'hub-millbrook',
  eastfield: 'hub-eastfield',
  oakley: 'hub-oakley',
} as const;

const HUB_FEATURES = ['stepFreeAccess', 'accessibleToilet', 'babyChanging', 'buggyStorage', 'breastfeedingFriendly'] as const;

const locations: Entity<'location'>[] = [
  {
    id: LOC.centralHub,
    contentType: 'location',
    name: 'Northshire Central Family Hub',
    addressLine1: '12 Market Street',
    townOrCity: 'Northshire',
    postcode: 'NS1 4AB',
    position: { lat: 53.48, lon: -2.24 },
    accessibility: [...HUB_FEATURES, 'hearingLoop', 'lift', 'disabledParking', 'quietSpace'],
    accessibilityNotes: 'Step-free entrance on Market Street. Two blue badge spaces at the back; the nearest bus stop is Market Street (routes 5 and 12).',
  },
  {
    id: LOC.centralLibrary,
    contentType: 'location',
    name: 'Northshire Central Library',
    addressLine1: 'Town Hall Square',
    townOrCity: 'Northshire',
    postcode: 'NS1 6EF',
    position: { lat: 53.5, lon: -2.236 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'lift', 'hearingLoop', 'babyChanging'],
    accessibilityNotes: 'The children’s library is on the ground floor. Use the ramp on the left of the main steps.',
  },
  {
    id: LOC.adviceCentre,
    contentType: 'location',
    name: 'Northshire Advice Centre',
    addressLine1: '5 Bridge Street',
    townOrCity: 'Northshire',
    postcode: 'NS1 5HU',
    position: { lat: 53.49, lon: -2.2445 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'hearingLoop', 'quietSpace'],
  },
  {
    id: LOC.riversideHub,
    contentType: 'location',
    name: 'Riverside Family Hub',
    addressLine1: '3 Wharf Road',
    townOrCity: 'Riverside',
    postcode: 'NS2 3HJ',
    position: { lat: 53.462, lon: -2.31 },
    accessibility: [...HUB_FEATURES, 'disabledParking'],
    accessibilityNotes: 'Free parking next to the building. Buggies can be left in the covered area by the door.',
  },
  {
    id: LOC.riversideLibrary,
    contentType: 'location',
    name: 'Riverside Library',
    addressLine1: 'Canal Street',
    townOrCity: 'Riverside',
    postcode: 'NS2 7AB',
    position: { lat: 53.458, lon: -2.318 },
    accessibility: ['stepFreeAccess', 'babyChanging'],
  },
  {
    id: LOC.millbrookHub,
    contentType: 'location',
    name: 'Millbrook Family Hub',
    addressLine1: 'Millbrook Lane',
    townOrCity: 'Millbrook',
    postcode: 'NS3 5LP',
    position: { lat: 53.538, lon: -2.335 },
    accessibility: [...HUB_FEATURES, 'quietSpace'],
  },
  {
    id: LOC.millbrookHealthCentre,
    contentType: 'location',
    name: 'Millbrook Health Centre',
    addressLine1: '88 Church Road',
    townOrCity: 'Millbrook',
    postcode: 'NS3 8GH',
    position: { lat: 53.542, lon: -2.32 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'disabledParking', 'babyChanging'],
  },
  {
    id: LOC.eastfieldHub,
    contentType: 'location',
    name: 'Eastfield Family Hub',
    addressLine1: '40 Station Road',
    townOrCity: 'Eastfield',
    postcode: 'NS4 2QR',
    position: { lat: 53.495, lon: -2.145 },
    accessibility: [...HUB_FEATURES, 'hearingLoop'],
    accessibilityNotes: 'Five minutes’ walk from Eastfield station. The garden gate on Station Road is step-free.',
  },
  {
    id: LOC.eastfieldLeisure,
    contentType: 'location',
    name: 'Eastfield Leisure Centre',
    addressLine1: 'Park Way',
    townOrCity: 'Eastfield',
    postcode: 'NS4 6JL',
    position: { lat: 53.489, lon: -2.13 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'disabledParking', 'babyChanging', 'lift'],
    accessibilityNotes: 'Pool hoist and a changing place toilet are available. Ask at reception.',
  },
  {
    id: LOC.eastfieldChurchHall,
    contentType: 'location',
    name: 'St Anne’s Church Hall',
    addressLine1: 'Vicarage Lane',
    townOrCity: 'Eastfield',
    postcode: 'NS4 8PW',
    position: { lat: 53.501, lon: -2.155 },
    accessibility: ['stepFreeAccess', 'babyChanging'],
  },
  {
    id: LOC.oakleyHub,
    contentType: 'location',
    name: 'Oakley Family Hub',
    addressLine1: '1 Green Lane',
    townOrCity: 'Oakley',
    postcode: 'NS5 1ST',
    position: { lat: 53.565, lon: -2.205 },
    accessibility: [...HUB_FEATURES],
  },
  {
    id: LOC.oakleyYouthCentre,
    contentType: 'location',
    name: 'Oakley Youth Centre',
    addressLine1: 'Beech Avenue',
    townOrCity: 'Oakley',
    postcode: 'NS5 3NP',
    position: { lat: 53.57, lon: -2.195 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'quietSpace'],
  },
  {
    id: LOC.hillcrestCommunityCentre,
    contentType: 'location',
    name: 'Hillcrest Community Centre',
    addressLine1: 'Hillcrest Road',
    townOrCity: 'Hillcrest',
    postcode: 'NS6 4UW',
    position: { lat: 53.425, lon: -2.265 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'babyChanging', 'buggyStorage'],
  },
  {
    id: LOC.hillcrestPrimary,
    contentType: 'location',
    name: 'Hillcrest Primary School',
    addressLine1: 'School Lane',
    townOrCity: 'Hillcrest',
    postcode: 'NS6 2RT',
    position: { lat: 53.43, lon: -2.255 },
    accessibility: ['stepFreeAccess', 'accessibleToilet'],
    accessibilityNotes: 'Use the Key Stage 1 entrance on School Lane during holiday clubs.',
  },
  {
    id: LOC.hospital,
    contentType: 'location',
    name: 'Northshire General Hospital – Maternity Unit',
    addressLine1: 'Hospital Road',
    townOrCity: 'Northshire',
    postcode: 'NS7 2DE',
    position: { lat: 53.515, lon: -2.28 },
    accessibility: ['stepFreeAccess', 'accessibleToilet', 'lift', 'disabledParking', 'babyChanging', 'hearingLoop'],
    accessibilityNotes: 'Follow signs for the Women and Children’s entrance (Gate C). Drop-off bays are free for 30 minutes.',
  },
  {
    // The one sensitive venue: families see the NS8 area only and a blurred map position.
    id: LOC.safeHomes,
    contentType: 'location',
    name: 'Safe Homes support base',
    addressLine1: '17 Linden Close',
    townOrCity: 'Riverside',
    postcode: 'NS8 1AA',
    position: { lat: 53.4467, lon: -2.3812 },
    accessibility: ['stepFreeAccess', 'quietSpace'],
    accessibilityNotes: 'We give the address when you call us, once we have checked it is safe for you to visit.',
    hideExactAddress: true,
  },
];

interface HubSpec {
  readonly hub: Omit<Entity<'familyHub'>, 'contentType' | 'openingTimes'>;
  readonly opening: readonly ScheduleSpec[];
}

const WEEKDAYS_MON_THU = ['MO', 'TU', 'WE', 'TH'] as const;

const hubs: HubSpec[] = [
  {
    hub: {
      id: HUB.central,
      name: 'Northshire Central Family Hub',
      summary: 'Our biggest hub, in the town centre: baby clinics, feeding support, groups for all ages and advice on money, housing and SEND.',
      location: LOC.centralHub,
      openingTimesNote: 'Closed on bank holidays and from 25 December to 1 January.',
      phone: '0161 496 0110',
      email: 'central.hub@northshire.example',
      url: '/family-hubs/northshire-central',
    },
    opening: [weekly(WEEKDAYS_MON_THU, '08:30', '17:00'), weekly('FR', '08:30', '16:30'), weekly('SA', '10:00', '13:00')],
  },
  {
    hub: {
      id: HUB.riverside,
      name: 'Riverside Family Hub',
      summary: 'By the canal in Riverside, with a big garden for outdoor play, a baby clinic and a debt advice drop-in.',
      location: LOC.riversideHub,
      openingTimesNote: 'Closed on bank holidays.',
      phone: '0161 496 0120',
      email: 'riverside.hub@northshire.example',
      url: '/family-hubs/riverside',
    },
    opening: [weekly(WEEKDAYS_MON_THU, '09:00', '17:00'), weekly('FR', '09:00', '16:30')],
  },
  {
    hub: {
      id: HUB.millbrook,
      name: 'Millbrook Family Hub',
      summary: 'Next to Millbrook Health Centre. Late opening on Wednesdays for working parents.',
      location: LOC.millbrookHub,
      openingTimesNote: 'Open until 7pm on Wednesdays. Closed on bank holidays.',
      phone: '0161 496 0130',
      email: 'millbrook.hub@northshire.example',
      url: '/family-hubs/millbrook',
    },
    opening: [weekly(['MO', 'TU', 'TH'], '09:00', '17:00'), weekly('WE', '09:00', '19:00'), weekly('FR', '09:00', '16:30')],
  },
  {
    hub: {
      id: HUB.eastfield,
      name: 'Eastfield Family Hub',
      summary: 'A short walk from Eastfield station, with groups in Polish and Urdu and a garden for outdoor play.',
      location: LOC.eastfieldHub,
      openingTimesNote: 'Closed on bank holidays.',
      phone: '0161 496 0140',
      email: 'eastfield.hub@northshire.example',
      url: '/family-hubs/eastfield',
    },
    opening: [weekly(WEEKDAYS_MON_THU, '09:00', '17:00'), weekly('FR', '09:00', '16:00')],
  },
  {
    hub: {
      id: HUB.oakley,
      name: 'Oakley Family Hub',
      summary: 'Our newest hub, in the north of the borough, open mornings and school pick-up time.',
      location: LOC.oakleyHub,
      openingTimesNote: 'Open mornings and 2:30pm to 5pm. Closed on bank holidays.',
      phone: '0161 496 0150',
      email: 'oakley.hub@northshire.example',
      url: '/family-hubs/oakley',
    },
    opening: [weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '12:30'), weekly(['MO', 'TU', 'WE', 'TH'], '14:30', '17:00')],
  },
];

/** The name of a location, for labels of services at it. */
export function locationName(id: string): string {
  const location = locations.find((l) => l.id === id);
  if (!location) throw new Error(`Unknown sample location ${id}`);
  return location.name;
}

/** Location entries. */
export function locationEntries(): SampleEntry<'location'>[] {
  return locations.map((location) => sample(location));
}

/** Family Hub entries and their opening-times schedules. */
export function hubEntries(): (SampleEntry<'familyHub'> | SampleEntry<'schedule'>)[] {
  return hubs.flatMap(({ hub, opening }) => {
    const schedules = opening.map((spec, index) => scheduleEntity(`sch-${hub.id}-${index + 1}`, spec));
    return [...schedules.map((schedule) => sample(schedule)), sample<'familyHub'>({ ...hub, contentType: 'familyHub', openingTimes: schedules.map((s) => s.id) })];
  });
}
