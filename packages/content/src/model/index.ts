/**
 * The content model: every content type, and the registry that sources and tools iterate over.
 */
import { costOptionType } from './cost-option.js';
import type { ContentTypeDefinition, EntityOf } from './definition/index.js';
import { familyHubType } from './family-hub.js';
import { locationType } from './location.js';
import { organisationType } from './organisation.js';
import { parentingProgrammeType, programmeCourseType } from './parenting-programme.js';
import { scheduleType } from './schedule.js';
import { serviceAtLocationType } from './service-at-location.js';
import { serviceType } from './service.js';
import { helpRequestSettingsType, siteSettingsType } from './settings.js';
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

/** A content type id. */
export type ContentTypeId = keyof typeof contentModel;
/** The entity type of a content type id. */
export type Entity<T extends ContentTypeId = ContentTypeId> = T extends ContentTypeId ? EntityOf<(typeof contentModel)[T]> : never;

/** All content type ids. */
export const CONTENT_TYPE_IDS = Object.keys(contentModel) as ContentTypeId[];

/** True when `id` names a content type of the model. */
export function isContentTypeId(id: unknown): id is ContentTypeId {
  return typeof id === 'string' && Object.hasOwn(contentModel, id);
}

export * from './vocabularies.js';
export * from './issues.js';
export * from './rich-text.js';
export type { Organisation } from './organisation.js';
export type { Location } from './location.js';
export type { FamilyHub } from './family-hub.js';
export type { Schedule } from './schedule.js';
export type { TaxonomyTerm } from './taxonomy-term.js';
export type { CostOption } from './cost-option.js';
export type { ServiceAtLocation } from './service-at-location.js';
export type { Service } from './service.js';
export type { StartForLifeItem, StartForLifeSection, StartForLifeOffer } from './start-for-life.js';
export type { ParentingProgramme, ProgrammeCourse } from './parenting-programme.js';
export type { HelpRequestSettings, SiteSettings } from './settings.js';
export * from './dfe-taxonomy.js';
