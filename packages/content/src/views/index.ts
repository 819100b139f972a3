export {
  defineLazyView,
  defineResolver,
  defineView,
  type ContentView,
  type EagerContentView,
  type LazyViewSpec,
  type PrebuiltViewFormat,
  type ResolverSpec,
  type ViewResolver,
  type ViewSpec,
} from './define-view.js';
export { shapeProblem, type Shape, type ShapeOf } from './view-shape.js';
export {
  fieldLanguages,
  hubLink,
  postcodeArea,
  serviceLink,
  siteView,
  venueAddress,
  type FieldLanguages,
  type HubLink,
  type ServiceLink,
  type SiteView,
} from './parts.js';
export { startForLifeOfferView, type StartForLifeOfferContent } from './start-for-life-offer.js';
export { startForLifeOfferResolver } from './start-for-life-offer-resolver.js';
export { resolveVenue, searchDocument, serverServiceSearchResolver, serviceSearchResolver } from './service-search-resolver.js';
export {
  serviceSearchView,
  serverServiceSearchView,
  type CategoryGroup,
  type CostView,
  type FamilyHubView,
  type ServiceCategoryView,
  type ServiceSearchContent,
  type ServiceVenueView,
  type ServiceView,
  type VenueView,
} from './service-search.js';
export { programmeFinderView, type ProgrammeFinderContent } from './programme-finder.js';
export { programmeFinderResolver } from './programme-finder-resolver.js';
export { helpRequestView, type HelpRequestContent, type HelpTopic } from './help-request.js';
export { helpRequestResolver } from './help-request-resolver.js';
// new-widget: views (npm run new-widget adds a line above)
