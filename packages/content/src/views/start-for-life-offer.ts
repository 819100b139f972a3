/**
 * The view of `<fh-start-for-life-offer>`: the offer with its sections and items, the services
 * and Family Hubs they link to (with the hubs' venues), and the site settings. Packs carry it
 * prebuilt; its resolver (`start-for-life-offer-resolver.ts`) loads only for other sources.
 */
import type { OfferItemView, OfferSectionView, OfferView } from '../offer/offer-view.js';
import { defineLazyView } from './define-view.js';
import type { SiteView } from './parts.js';
import { ANY, FIELD_LANGUAGES_SHAPE, HUB_LINK_SHAPE, OPTIONAL_TEXT, SERVICE_LINK_SHAPE, SITE_VIEW_SHAPE, TEXT, TEXTS } from './shapes.js';
import type { ShapeOf } from './view-shape.js';

/** What the offer widget shows. */
export interface StartForLifeOfferContent {
  readonly offer: OfferView;
  /** The site settings, when published. */
  readonly site?: SiteView;
}

const ITEM_SHAPE = {
  fields: {
    id: TEXT,
    title: TEXT,
    summary: ANY,
    stages: TEXTS,
    whoItIsFor: OPTIONAL_TEXT,
    access: TEXTS,
    accessNote: OPTIONAL_TEXT,
    accessUrl: OPTIONAL_TEXT,
    accessPhone: OPTIONAL_TEXT,
    services: { list: SERVICE_LINK_SHAPE },
    hubs: { list: HUB_LINK_SHAPE },
    languages: TEXTS,
    formats: TEXTS,
    category: OPTIONAL_TEXT,
    fieldLanguages: FIELD_LANGUAGES_SHAPE,
  },
} as const satisfies ShapeOf<OfferItemView>;

const SECTION_SHAPE = {
  fields: { id: TEXT, category: TEXT, title: TEXT, intro: OPTIONAL_TEXT, items: { list: ITEM_SHAPE }, fieldLanguages: FIELD_LANGUAGES_SHAPE },
} as const satisfies ShapeOf<OfferSectionView>;

const OFFER_SHAPE = {
  fields: {
    id: TEXT,
    title: OPTIONAL_TEXT,
    intro: ANY,
    ageSpan: TEXT,
    stages: TEXTS,
    sections: { list: SECTION_SHAPE },
    featured: { list: ITEM_SHAPE },
    howToAccess: { optional: ANY },
    whoItIsFor: OPTIONAL_TEXT,
    contactPhone: OPTIONAL_TEXT,
    contactEmail: OPTIONAL_TEXT,
    fullOfferUrl: OPTIONAL_TEXT,
    lastReviewed: TEXT,
    coProduced: 'boolean',
    coProductionNote: OPTIONAL_TEXT,
    updatedAt: OPTIONAL_TEXT,
    fieldLanguages: FIELD_LANGUAGES_SHAPE,
  },
} as const satisfies ShapeOf<OfferView>;

/** The Start for Life offer's view. */
export const startForLifeOfferView = defineLazyView<StartForLifeOfferContent>({
  id: 'start-for-life-offer',
  types: ['startForLifeOffer', 'siteSettings'],
  prebuilt: { version: 1, shape: { fields: { offer: OFFER_SHAPE, site: { optional: SITE_VIEW_SHAPE } } } },
  load: () => import('./start-for-life-offer-resolver.js').then((module) => module.startForLifeOfferResolver),
});
