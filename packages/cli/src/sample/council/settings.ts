/**
 * Site-wide settings and the "ask for help" settings of Northshire.
 */
import type { Entity } from '@family-hubs/content';
import { sample, type AnySampleEntry } from '../space.js';
import { a, b, doc, p, ul } from '../rich-text.js';
import { tax } from './taxonomy.js';

const helpRequestSettings: Entity<'helpRequestSettings'> = {
  id: 'help-request-settings',
  contentType: 'helpRequestSettings',
  councilName: 'Northshire Family Hubs',
  contactPhone: '0161 496 0100',
  contactHours: 'Monday to Friday, 9am to 5pm (4:30pm on Fridays)',
  contactEmail: 'familyhubs@northshire.example',
  topics: [
    'Parenting support',
    'Money, benefits and housing',
    'Debt and welfare advice',
    'Domestic abuse',
    'Mental health, social and emotional support',
    'Perinatal mental health support (pregnancy to one year post birth)',
    'Infant feeding support (including breastfeeding)',
    'Health visiting',
    'Early years language and learning',
    'Speech, language and communication needs',
    'Learning difficulties and disabilities',
    'Separating and separated parent support',
    'Reducing parental conflict',
    'Stopping smoking',
    'Substance misuse (including alcohol and drug)',
    'Targeted youth support',
    'Breaks and respite',
    'Community transport',
  ].map(tax),
  emergencyText: doc(
    p(b('This form is not for emergencies.'), ' If you or someone else is in danger now, call 999. If you cannot speak, call 999 and press 55 when asked.'),
    ul(
      ['National Domestic Abuse Helpline (free, 24 hours): ', a('tel:08082000247', '0808 2000 247')],
      ['If you are worried about a child’s safety, call Northshire children’s services on ', a('tel:01614960999', '0161 496 0999'), ' (24 hours)'],
      ['For urgent mental health help, call NHS 111 and choose the mental health option'],
    ),
    'Need to leave this page quickly? Use the Exit this page button, or press Shift three times. It does not clear your browsing history.',
  ),
  responseTime: 'We will get back to you within 2 working days, in the way you say is safe.',
  privacyNoticeUrl: '/privacy/ask-for-help',
  submissionEndpoint: '/api/help-requests',
};

const siteSettings: Entity<'siteSettings'> = {
  id: 'site-settings',
  contentType: 'siteSettings',
  councilName: 'Northshire Council',
  serviceName: 'Northshire Family Hubs',
  // Councils run Best Start Family Hubs from April 2026; the widgets take the name from here.
  hubName: 'Best Start Family Hub',
  hubNamePlural: 'Best Start Family Hubs',
  homeUrl: '/',
  serviceSearchUrl: '/services',
  startForLifeUrl: '/start-for-life',
  programmesUrl: '/parenting-programmes',
  helpRequestUrl: '/ask-for-help',
  contactPhone: '0161 496 0100',
  contactEmail: 'familyhubs@northshire.example',
  privacyNoticeUrl: '/privacy',
  accessibilityStatementUrl: '/accessibility',
  // Hubs close on Christmas Eve besides the bank holidays, and open on the Early May bank holiday for a fun day.
  closedDates: ['2026-12-24', '2027-12-24'],
  openDates: ['2027-05-03'],
};

/** Settings entries. */
export function settingsEntries(): AnySampleEntry[] {
  return [
    sample(helpRequestSettings, { translations: { pl: { councilName: 'Family Hubs w Northshire', contactHours: 'Od poniedziałku do piątku, 9:00–17:00 (w piątki do 16:30)' } } }),
    sample(siteSettings, { translations: { pl: { serviceName: 'Family Hubs w Northshire' } } }),
  ];
}
