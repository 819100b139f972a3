/**
 * How the programme finder's view is read from a content set: every published parenting
 * programme with its local courses (schedules and venues followed, sensitive venues masked), and
 * the site settings. Loaded on first use (`programmeFinderView.resolver()`) and by
 * `family-hubs pack`, which writes the view prebuilt.
 */
import { locationType } from '../model/location.js';
import { parentingProgrammeType, programmeCourseType } from '../model/parenting-programme.js';
import { scheduleType } from '../model/schedule.js';
import { siteSettingsType } from '../model/site-settings.js';
import { resolveProgrammes } from '../programmes/resolve.js';
import { defineResolver } from './define-view.js';
import { siteView } from './parts.js';
import type { ProgrammeFinderContent } from './programme-finder.js';

/** The programme finder view's resolver. */
export const programmeFinderResolver = defineResolver<ProgrammeFinderContent>({
  root: [parentingProgrammeType, programmeCourseType, siteSettingsType],
  follows: [scheduleType, locationType],
  resolve(set) {
    const programmes = resolveProgrammes(set);
    if (!programmes.length) return undefined;
    const site = siteView(set);
    return site ? { programmes, site } : { programmes };
  },
});
