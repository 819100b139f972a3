/**
 * How the Start for Life offer's view is read from a content set: the offer with its sections and
 * items, the services and Family Hubs they link to (with the hubs' venues), and the site
 * settings. Loaded on first use (`startForLifeOfferView.resolver()`), and by `family-hubs pack`,
 * which writes the view prebuilt.
 */
import type { ContentSet } from '../content-set.js';
import { familyHubType } from '../model/family-hub.js';
import { locationType } from '../model/location.js';
import { serviceType } from '../model/service.js';
import { siteSettingsType } from '../model/site-settings.js';
import { startForLifeItemType, startForLifeOfferType, startForLifeSectionType } from '../model/start-for-life.js';
import { resolveOffer } from '../offer/offer-view.js';
import { defineResolver } from './define-view.js';
import { siteView } from './parts.js';
import type { StartForLifeOfferContent } from './start-for-life-offer.js';

/** The Start for Life offer view's resolver. */
export const startForLifeOfferResolver = defineResolver<StartForLifeOfferContent>({
  root: [startForLifeOfferType, siteSettingsType],
  follows: [startForLifeSectionType, startForLifeItemType, serviceType, familyHubType, locationType],
  resolve(set: ContentSet) {
    const offer = resolveOffer(set);
    if (!offer) return undefined;
    const site = siteView(set);
    return site ? { offer, site } : { offer };
  },
});
