/**
 * `@family-hubs/content/model`: the whole content model, for the CLI and tools (the Contentful
 * model import, health checks, content packs). Widgets never import it; each reads through a view
 * that names only the types it shows.
 * @module
 */
export { contentModel, CONTENT_TYPE_IDS, isContentTypeId } from './model/content-model.js';
export { costOptionType } from './model/cost-option.js';
export { familyHubType } from './model/family-hub.js';
export { helpRequestSettingsType } from './model/help-request-settings.js';
export { locationType } from './model/location.js';
export { organisationType } from './model/organisation.js';
export { parentingProgrammeType, programmeCourseType } from './model/parenting-programme.js';
export { scheduleType } from './model/schedule.js';
export { serviceAtLocationType } from './model/service-at-location.js';
export { serviceType } from './model/service.js';
export { siteSettingsType } from './model/site-settings.js';
export { startForLifeItemType, startForLifeOfferType, startForLifeSectionType } from './model/start-for-life.js';
export { taxonomyTermType } from './model/taxonomy-term.js';
