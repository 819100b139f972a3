import { defineContentType, field, type EntityOf } from './definition/index.js';

/** An organisation that runs services (HSDS `organization`). */
export const organisationType = defineContentType({
  id: 'organisation',
  name: 'Organisation',
  description: 'Who runs a service: the council, an NHS trust, a charity or a community group.',
  displayField: 'name',
  fields: {
    name: field.symbol('Name', { max: 150 }).required().help('The name families will recognise, e.g. "Northshire NHS Foundation Trust"'),
    description: field.text('Description', { max: 1000 }).localized(),
    url: field.url('Website'),
    email: field.symbol('Email', { max: 254, pattern: { regexp: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: 'Enter an email address like name@example.org.uk' } }),
    phone: field.symbol('Phone', { max: 30 }),
  },
});
/** An organisation. */
export type Organisation = EntityOf<typeof organisationType>;
