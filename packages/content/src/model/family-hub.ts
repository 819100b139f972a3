import { defineContentType, field, type EntityOf } from './definition/index.js';

/** A Family Hub: a location that is the front door, with its opening times and contact details. */
export const familyHubType = defineContentType({
  id: 'familyHub',
  name: 'Family Hub',
  description: 'A Family Hub building and how to reach it. Families see the nearest one above search results.',
  displayField: 'name',
  fields: {
    name: field.symbol('Name', { max: 150 }).required().localized(),
    summary: field.text('Summary', { max: 300 }).localized().help('One or two sentences about what families find here'),
    location: field.link('Location', ['location']).required(),
    openingTimes: field.links('Opening times', ['schedule'], { max: 14 }),
    openingTimesNote: field.symbol('Opening times note', { max: 200 }).localized().help('E.g. "Closed on bank holidays"'),
    phone: field.symbol('Phone', { max: 30 }),
    email: field.symbol('Email', { max: 254 }),
    url: field.url('Web page'),
  },
});
/** A Family Hub. */
export type FamilyHub = EntityOf<typeof familyHubType>;
