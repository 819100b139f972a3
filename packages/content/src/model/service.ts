import { defineContentType, field, type EntityOf } from './definition/index.js';
import { DELIVERY_MODES, LANGUAGE_CODES, SERVICE_STATUSES } from './vocabularies.js';

/** A service families can use (HSDS `service`). */
export const serviceType = defineContentType({
  id: 'service',
  name: 'Service',
  description: 'Something families can use: a group, clinic, helpline, course or support service.',
  displayField: 'name',
  fields: {
    name: field.symbol('Name', { max: 100 }).required().localized().help('What families would call it, e.g. "Baby massage"'),
    summary: field
      .text('Summary', { max: 200 })
      .required()
      .localized()
      .help('One sentence shown in search results. Say what it is and who it is for.'),
    description: field.richText('Description').localized(),
    status: field.symbol('Status', { in: SERVICE_STATUSES }).required().help('"temporarilyClosed" shows a banner; "inactive" hides the service'),
    statusNote: field.symbol('Status note', { max: 200 }).localized().help('E.g. "Closed until 6 January for building work"'),
    organisation: field.link('Run by', ['organisation']),
    categories: field.links('Categories', ['taxonomyTerm'], { min: 1, max: 10 }).required(),
    minimumAge: field.number('Youngest age (years)', { min: 0, max: 127 }).help('Decimals allowed: 0.5 = 6 months. Leave both ages empty for all ages.'),
    maximumAge: field.number('Oldest age (years)', { min: 0, max: 127 }).help('Up to 25 for SEND. 127 means "25 and over" in DfE data.'),
    forPregnancy: field.boolean('For pregnancy', { yes: 'Yes, during pregnancy', no: 'No' }).help('Shown to people who are pregnant or expecting'),
    isFree: field.boolean('Free', { yes: 'Free', no: 'There is a cost' }),
    costOptions: field.links('Costs', ['costOption'], { max: 10 }),
    deliveryModes: field.symbols('How it is delivered', { in: DELIVERY_MODES }),
    languages: field.symbols('Languages', { in: LANGUAGE_CODES, max: 30 }).help('Languages the service is delivered in (ISO 639-1 codes, e.g. en, pl, ur)'),
    bsl: field.boolean('British Sign Language', { yes: 'BSL available', no: 'No BSL' }),
    interpreterOnRequest: field.boolean('Interpreter on request'),
    needsReferral: field.boolean('Needs a referral', { yes: 'Referral needed', no: 'Families can go or ask directly' }),
    referralNote: field.symbol('How to get a referral', { max: 200 }).localized(),
    email: field.symbol('Email', { max: 254 }),
    phone: field.symbol('Phone', { max: 30 }),
    url: field.url('Website'),
    locations: field.links('Where and when', ['serviceAtLocation'], { max: 50 }),
    schedules: field.links('When (no venue)', ['schedule'], { max: 20 }).help('For online or phone services with set times'),
    lastChecked: field.date('Last checked').required().help('When someone last confirmed these details. Services not checked for 6 months are flagged.'),
  },
});
/** A service. */
export type Service = EntityOf<typeof serviceType>;
