/**
 * The fictional Northshire Council: every entry of the sample space, linked entries before the
 * entries that link to them.
 */
import type { AnySampleEntry } from '../space.js';
import { organisationEntries } from './organisations.js';
import { hubEntries, locationEntries } from './places.js';
import { programmeEntries } from './programmes.js';
import { serviceEntries } from './services.js';
import { settingsEntries } from './settings.js';
import { startForLifeEntries } from './start-for-life.js';
import { taxonomyEntries } from './taxonomy.js';

/** Every entry of the Northshire sample. */
export function northshireEntries(): AnySampleEntry[] {
  return [
    ...taxonomyEntries(),
    ...organisationEntries(),
    ...locationEntries(),
    ...hubEntries(),
    ...serviceEntries(),
    ...startForLifeEntries(),
    ...programmeEntries(),
    ...settingsEntries(),
  ];
}
