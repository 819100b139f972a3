import { defineContentType, field, type EntityOf } from './definition/index.js';
import { ACCESSIBILITY_FEATURES, UK_POSTCODE } from './vocabularies.js';

/** A place where services happen (HSDS `location` with its `address` and `accessibility`). */
export const locationType = defineContentType({
  id: 'location',
  name: 'Location',
  description: 'A venue: a Family Hub, children’s centre, library, clinic or community building.',
  displayField: 'name',
  fields: {
    name: field.symbol('Name', { max: 150 }).required().localized(),
    addressLine1: field.symbol('Address line 1', { max: 100 }),
    addressLine2: field.symbol('Address line 2', { max: 100 }),
    townOrCity: field.symbol('Town or city', { max: 60 }),
    postcode: field
      .symbol('Postcode', { max: 8, pattern: { regexp: UK_POSTCODE, message: 'Enter a full UK postcode, like NS1 4AB' } })
      .required(),
    position: field.location('Map position').help('Used to sort results by distance. Pick the entrance families use.'),
    accessibility: field.symbols('Accessibility', { in: ACCESSIBILITY_FEATURES }),
    accessibilityNotes: field.text('Accessibility notes', { max: 500 }).localized().help('Anything else a visitor should know: parking, the nearest bus stop, a side entrance.'),
    hideExactAddress: field
      .boolean('Hide exact address', { yes: 'Hide: show the area only', no: 'Show the full address' })
      .help('For refuges and other sensitive venues: families see the postcode area only and the map position is blurred to about 1 km.'),
  },
});
/** A location. */
export type Location = EntityOf<typeof locationType>;
