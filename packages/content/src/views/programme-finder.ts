/**
 * The view of `<fh-programme-finder>`: every published parenting programme with its local courses
 * (schedules and venues followed, sensitive venues masked), and the site settings for the "ask us
 * first" contacts.
 */
import { locationType } from '../model/location.js';
import { parentingProgrammeType, programmeCourseType } from '../model/parenting-programme.js';
import { scheduleType } from '../model/schedule.js';
import { siteSettingsType } from '../model/site-settings.js';
import { resolveProgrammes } from '../programmes/resolve.js';
import type { ProgrammeView } from '../programmes/types.js';
import { defineView } from './define-view.js';
import { siteView, type SiteView } from './parts.js';

/** What `<fh-programme-finder>` shows. */
export interface ProgrammeFinderContent {
  /** Published programmes, by name, each with its courses. */
  readonly programmes: readonly ProgrammeView[];
  /** The site settings, when published. */
  readonly site?: SiteView;
}

/** The programme finder's view. */
export const programmeFinderView = defineView<ProgrammeFinderContent>({
  id: 'programme-finder',
  root: [parentingProgrammeType, programmeCourseType, siteSettingsType],
  follows: [scheduleType, locationType],
  resolve(set) {
    const programmes = resolveProgrammes(set);
    if (!programmes.length) return undefined;
    const site = siteView(set);
    return site ? { programmes, site } : { programmes };
  },
});
