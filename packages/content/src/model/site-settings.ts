import { defineContentType, field, type EntityOf } from './definition/index.js';

const DATE = { regexp: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message: 'Use a date like 2026-12-24 (year, month, day)' };

/** Site-wide settings. */
export const siteSettingsType = defineContentType({
  id: 'siteSettings',
  name: 'Site settings',
  description: 'Council-wide details used by every widget.',
  displayField: 'councilName',
  fields: {
    councilName: field.symbol('Council name', { max: 100 }).required().localized(),
    serviceName: field.symbol('Service name', { max: 100 }).localized().help('E.g. "Northshire Family Hubs"'),
    hubName: field.symbol('What you call a hub', { max: 60 }).localized().help('E.g. "Best Start Family Hub" or your local name. Leave empty for "Family Hub".'),
    hubNamePlural: field.symbol('What you call hubs (plural)', { max: 60 }).localized().help('E.g. "Best Start Family Hubs". Leave empty for "Family Hubs".'),
    homeUrl: field.url('Family Hubs home page'),
    serviceSearchUrl: field.url('Service search page').help('Where "find services" links go'),
    startForLifeUrl: field.url('Start for Life page'),
    programmesUrl: field.url('Parenting programmes page'),
    helpRequestUrl: field.url('Ask for help page'),
    contactPhone: field.symbol('Phone', { max: 30 }),
    contactEmail: field.symbol('Email', { max: 254 }),
    privacyNoticeUrl: field.url('Privacy notice'),
    accessibilityStatementUrl: field.url('Accessibility statement'),
    closedDates: field
      .symbols('Extra closed dates', { pattern: DATE, max: 100 })
      .help('Days no session runs besides bank holidays, like 2026-12-24. Bank holidays in England and Wales are already closed.'),
    openDates: field
      .symbols('Bank holidays we are open', { pattern: DATE, max: 100 })
      .help('Bank holidays when sessions still run, like 2027-05-03.'),
  },
});
/** Site settings. */
export type SiteSettings = EntityOf<typeof siteSettingsType>;
