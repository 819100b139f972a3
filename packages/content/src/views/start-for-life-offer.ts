/**
 * The view of `<fh-start-for-life-offer>`: the offer with its sections and items, the services
 * and Family Hubs they link to (with the hubs' venues), and the site settings.
 */
import type { ContentSet } from '../content-set.js';
import { familyHubType } from '../model/family-hub.js';
import { locationType } from '../model/location.js';
import { serviceType } from '../model/service.js';
import { siteSettingsType } from '../model/site-settings.js';
import { startForLifeItemType, startForLifeOfferType, startForLifeSectionType } from '../model/start-for-life.js';
import { resolveOffer, type OfferView } from '../offer/offer-view.js';
import { defineView } from './define-view.js';
import { siteView, type SiteView } from './parts.js';

/** What the offer widget shows. */
export interface StartForLifeOfferContent {
  readonly offer: OfferView;
  /** The site settings, when published. */
  readonly site?: SiteView;
}

/** The Start for Life offer's view. */
export const startForLifeOfferView = defineView<StartForLifeOfferContent>({
  id: 'start-for-life-offer',
  root: [startForLifeOfferType, siteSettingsType],
  follows: [startForLifeSectionType, startForLifeItemType, serviceType, familyHubType, locationType],
  resolve(set: ContentSet) {
    const offer = resolveOffer(set);
    if (!offer) return undefined;
    const site = siteView(set);
    return site ? { offer, site } : { offer };
  },
});
