/**
 * The content model's types and vocabularies. The definitions themselves are imported where they
 * are needed (a view imports the few it reads); the full model is `content-model.ts`.
 */
import type { EntityOf } from './definition/index.js';
import type { contentModel } from './content-model.js';

/** A content type id. */
export type ContentTypeId = keyof typeof contentModel;
/** The entity type of a content type id. */
export type Entity<T extends ContentTypeId = ContentTypeId> = T extends ContentTypeId ? EntityOf<(typeof contentModel)[T]> : never;

export { createRegistry, definitionIn, registryTypes, type ContentRegistry } from './registry.js';
export * from './vocabularies.js';
export * from './issues.js';
export * from './rich-text.js';
export { normaliseRichText } from './rich-text-normalise.js';
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
export type { HelpRequestSettings } from './help-request-settings.js';
export type { SiteSettings } from './site-settings.js';
export * from './dfe-taxonomy.js';
