/**
 * Family-facing words for the offer's value sets, translated with @lit/localize. Functions, not
 * constants, so each call reads the active locale.
 */
import { msg } from '@lit/localize';
import type { AccessRoute, OfferCategory, OfferFormat, OfferStage } from '@family-hubs/content';

/** The name of an offer category, for a section heading the council left empty and for filters. */
export function categoryLabel(category: OfferCategory): string {
  switch (category) {
    case 'maternity':
      return msg('Maternity and pregnancy');
    case 'healthVisiting':
      return msg('Health visiting');
    case 'parentInfantRelationships':
      return msg('Bonding with your baby');
    case 'infantFeeding':
      return msg('Feeding your baby');
    case 'perinatalMentalHealth':
      return msg('Your mental health');
    case 'parentingSupport':
      return msg('Parenting support');
    case 'earlyLanguage':
      return msg('Talking, playing and learning');
    case 'send':
      return msg('Special educational needs and disabilities (SEND)');
    case 'other':
      return msg('Other support');
  }
}

/** A stage, as families would say it. */
export function stageLabel(stage: OfferStage): string {
  switch (stage) {
    case 'pregnancy':
      return msg('Pregnancy');
    case 'baby':
      return msg('0 to 12 months');
    case 'toddler':
      return msg('1 to 2 years');
    case 'preschool':
      return msg('3 to 5 years');
  }
}

/** How to get an item. */
export function accessLabel(route: AccessRoute): string {
  switch (route) {
    case 'selfRefer':
      return msg('You can refer yourself');
    case 'phone':
      return msg('Phone to ask');
    case 'dropIn':
      return msg('Drop in, no appointment needed');
    case 'referral':
      return msg('A professional can refer you');
    case 'booking':
      return msg('Book a place');
    case 'online':
      return msg('Online');
    case 'automatic':
      return msg('We will contact you');
  }
}

/** A format an item comes in. */
export function formatLabel(format: OfferFormat): string {
  switch (format) {
    case 'inPerson':
      return msg('In person');
    case 'online':
      return msg('Online');
    case 'telephone':
      return msg('By phone');
    case 'homeVisit':
      return msg('Home visit');
    case 'printed':
      return msg('Printed information');
    case 'video':
      return msg('Video');
    case 'easyRead':
      return msg('Easy read');
    case 'bsl':
      return msg('British Sign Language');
  }
}
