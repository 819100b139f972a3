export { defineView, type ContentView, type ViewSpec } from './define-view.js';
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
export {
  resolveVenue,
  searchDocument,
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
export { helpRequestView, type HelpRequestContent, type HelpTopic } from './help-request.js';
// new-widget: views (npm run new-widget adds a line above)
