/**
 * Who runs Northshire's services. Every name, phone number and address is fictional: phone
 * numbers come from Ofcom's ranges reserved for drama (0161 496 0xxx, 0808 157 0xxx) and web
 * addresses use the reserved `.example` domain.
 */
import type { Entity } from '@family-hubs/content';
import { sample, type SampleEntry } from '../space.js';

/** Organisation ids, for links from services. */
export const ORG = {
  council: 'org-northshire-council',
  maternity: 'org-northshire-teaching-hospitals',
  communityHealth: 'org-northshire-community-health',
  mentalHealth: 'org-northshire-mental-health',
  advice: 'org-northshire-advice-centre',
  safeHomes: 'org-northshire-safe-homes',
  parentCarerForum: 'org-northshire-parent-carer-forum',
  sendiass: 'org-northshire-sendiass',
  communityTransport: 'org-eastfield-community-transport',
  oakleyTrust: 'org-oakley-community-trust',
  leisure: 'org-northshire-leisure',
} as const;

const organisations: Entity<'organisation'>[] = [
  {
    id: ORG.council,
    contentType: 'organisation',
    name: 'Northshire Council',
    description: 'Northshire Council runs the Family Hubs, libraries, youth service, Early Help and public health services such as stop smoking support.',
    url: 'https://www.northshire.example/family-hubs',
    email: 'familyhubs@northshire.example',
    phone: '0161 496 0100',
  },
  {
    id: ORG.maternity,
    contentType: 'organisation',
    name: 'Northshire Teaching Hospitals NHS Foundation Trust',
    description: 'Runs maternity care at Northshire General Hospital and community midwife clinics across the borough.',
    url: 'https://www.northshire-hospitals.example/maternity',
    email: 'maternity@northshire-hospitals.example',
    phone: '0161 496 0200',
  },
  {
    id: ORG.communityHealth,
    contentType: 'organisation',
    name: 'Northshire Community Health NHS Trust',
    description: 'Health visitors, school nurses, infant feeding specialists and children’s speech and language therapists.',
    url: 'https://www.northshire-community-health.example',
    email: 'childrens.services@northshire-community-health.example',
    phone: '0161 496 0300',
  },
  {
    id: ORG.mentalHealth,
    contentType: 'organisation',
    name: 'Northshire and Riverside Mental Health NHS Trust',
    description: 'Specialist mental health services, including the perinatal mental health team and children’s mental health services.',
    url: 'https://www.northshire-mental-health.example',
    phone: '0161 496 0400',
  },
  {
    id: ORG.advice,
    contentType: 'organisation',
    name: 'Northshire Advice Centre',
    description: 'An independent charity giving free, confidential advice on money, debt, benefits, housing and work.',
    url: 'https://www.northshire-advice.example',
    email: 'help@northshire-advice.example',
    phone: '0161 496 0500',
  },
  {
    id: ORG.safeHomes,
    contentType: 'organisation',
    name: 'Northshire Safe Homes',
    description: 'A local charity supporting women, men and children affected by domestic abuse, including refuge accommodation.',
    url: 'https://www.northshire-safe-homes.example',
    phone: '0808 157 0010',
  },
  {
    id: ORG.parentCarerForum,
    contentType: 'organisation',
    name: 'Northshire Parent Carer Forum',
    description: 'Parents and carers of children with special educational needs and disabilities, working with the council and the NHS to improve services.',
    url: 'https://www.northshire-pcf.example',
    email: 'hello@northshire-pcf.example',
  },
  {
    id: ORG.sendiass,
    contentType: 'organisation',
    name: 'Northshire SENDIASS',
    description: 'The special educational needs and disabilities information, advice and support service: free, impartial and confidential.',
    url: 'https://www.northshire-sendiass.example',
    email: 'sendiass@northshire.example',
    phone: '0161 496 0600',
  },
  {
    id: ORG.communityTransport,
    contentType: 'organisation',
    name: 'Eastfield Community Transport',
    description: 'A volunteer-led charity running accessible minibuses and a volunteer car scheme.',
    phone: '0161 496 0700',
  },
  {
    id: ORG.oakleyTrust,
    contentType: 'organisation',
    name: 'Oakley Community Trust',
    description: 'A community charity running youth clubs, holiday clubs and family activities in Oakley and Hillcrest.',
    url: 'https://www.oakley-trust.example',
    email: 'info@oakley-trust.example',
    phone: '0161 496 0750',
  },
  {
    id: ORG.leisure,
    contentType: 'organisation',
    name: 'Northshire Leisure',
    description: 'Runs Eastfield Leisure Centre and the council’s swimming pools on behalf of Northshire Council.',
    url: 'https://www.northshire-leisure.example',
    phone: '0161 496 0800',
  },
];

/** Organisation entries. */
export function organisationEntries(): SampleEntry<'organisation'>[] {
  return organisations.map((organisation) => sample(organisation));
}
