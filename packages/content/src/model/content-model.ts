/**
 * The full content model: every content type, keyed by id. The CLI (content packs, health checks,
 * the Contentful model import) and tools iterate over it. Widgets never import it: each widget's
 * view names the few types it reads (see `views/`), so a page bundles only those schemas.
 */
import { costOptionType } from './cost-option.js';
import type { ContentTypeDefinition } from './definition/index.js';
import { familyHubType } from './family-hub.js';
import { helpRequestSettingsType } from './help-request-settings.js';
import { locationType } from './location.js';
import { organisationType } from './organisation.js';
import { parentingProgrammeType, programmeCourseType } from './parenting-programme.js';
import { scheduleType } from './schedule.js';
import { serviceAtLocationType } from './service-at-location.js';
import { serviceType } from './service.js';
import { siteSettingsType } from './site-settings.js';
import { startForLifeItemType, startForLifeOfferType, startForLifeSectionType } from './start-for-life.js';
import { taxonomyTermType } from './taxonomy-term.js';

/** Every content type, keyed by id. */
export const contentModel = {
  organisation: organisationType,
  location: locationType,
  familyHub: familyHubType,
  schedule: scheduleType,
  taxonomyTerm: taxonomyTermType,
  costOption: costOptionType,
  serviceAtLocation: serviceAtLocationType,
  service: serviceType,
  startForLifeItem: startForLifeItemType,
  startForLifeSection: startForLifeSectionType,
  startForLifeOffer: startForLifeOfferType,
  parentingProgramme: parentingProgrammeType,
  programmeCourse: programmeCourseType,
  helpRequestSettings: helpRequestSettingsType,
  siteSettings: siteSettingsType,
} as const satisfies Record<string, ContentTypeDefinition>;

/** All content type ids. */
export const CONTENT_TYPE_IDS = Object.keys(contentModel) as (keyof typeof contentModel)[];

/** True when `id` names a content type of the model. */
export function isContentTypeId(id: unknown): id is keyof typeof contentModel {
  return typeof id === 'string' && Object.hasOwn(contentModel, id);
}
