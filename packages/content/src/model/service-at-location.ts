import { defineContentType, field, type EntityOf } from './definition/index.js';

/** A service at one location, with when it runs there (HSDS `service_at_location`). */
export const serviceAtLocationType = defineContentType({
  id: 'serviceAtLocation',
  name: 'Service at a location',
  description: 'Where and when a service runs. Add one for each venue.',
  displayField: 'label',
  fields: {
    label: field.symbol('Label for editors', { max: 150 }).help('Only editors see this, e.g. "Baby massage at Riverside Hub"'),
    location: field.link('Location', ['location']).required(),
    schedules: field.links('When', ['schedule'], { max: 20 }),
    description: field.text('Notes for this venue', { max: 500 }).localized(),
  },
});
/** A service at a location. */
export type ServiceAtLocation = EntityOf<typeof serviceAtLocationType>;
