import { defineContentType, field, type EntityOf } from './definition/index.js';

/** Settings for the "ask for help" form. */
export const helpRequestSettingsType = defineContentType({
  id: 'helpRequestSettings',
  name: 'Help request settings',
  description: 'Contact details, topics and the privacy notice for the "ask for help" form.',
  displayField: 'councilName',
  fields: {
    councilName: field.symbol('Council or team name', { max: 100 }).required().localized(),
    contactPhone: field.symbol('Phone', { max: 30 }).required(),
    contactHours: field.symbol('Phone opening hours', { max: 150 }).required().localized(),
    contactEmail: field.symbol('Email', { max: 254 }),
    topics: field.links('Topics families can ask about', ['taxonomyTerm'], { min: 1, max: 20 }).required(),
    emergencyText: field.richText('Emergency text').required().localized().help('Shown before the form. Include 999 and the National Domestic Abuse Helpline 0808 2000 247.'),
    responseTime: field.symbol('When we reply', { max: 150 }).required().localized().help('E.g. "within 2 working days"'),
    privacyNoticeUrl: field.url('Privacy notice').required(),
    submissionEndpoint: field.url('Submission endpoint').required().help('Where the form sends requests (https). Ask your web team.'),
    exitPageUrl: field.url('Exit this page destination').help('Leave empty for BBC Weather'),
  },
});
/** Help request settings. */
export type HelpRequestSettings = EntityOf<typeof helpRequestSettingsType>;
