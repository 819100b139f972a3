/**
 * Family-facing words of `<fh-service-search>`, translated with @lit/localize. Functions, not
 * constants, so each call reads the active locale.
 */
import { msg, str } from '@lit/localize';
import type { AccessibilityFeature, AgeStage, DeliveryMode, Weekday } from '@family-hubs/content';

/** The widget's heading when the page gives none. */
export const headingText = (): string => msg('Find support near you');

/** An age stage, as families would say it. */
export function stageLabel(stage: AgeStage): string {
  switch (stage) {
    case 'pregnancy':
      return msg('Pregnancy');
    case 'months0to12':
      return msg('0 to 12 months');
    case 'years1to2':
      return msg('1 to 2 years');
    case 'years3to5':
      return msg('3 to 5 years');
    case 'years6to11':
      return msg('6 to 11 years');
    case 'years12to15':
      return msg('12 to 15 years');
    case 'years16to18':
      return msg('16 to 18 years');
    case 'years19to25':
      return msg('19 to 25 years with SEND');
  }
}

/** A day of the week. */
export function dayLabel(day: Weekday): string {
  switch (day) {
    case 'MO':
      return msg('Monday');
    case 'TU':
      return msg('Tuesday');
    case 'WE':
      return msg('Wednesday');
    case 'TH':
      return msg('Thursday');
    case 'FR':
      return msg('Friday');
    case 'SA':
      return msg('Saturday');
    case 'SU':
      return msg('Sunday');
  }
}

/** How a service is delivered. */
export function deliveryLabel(mode: DeliveryMode): string {
  switch (mode) {
    case 'inPerson':
      return msg('In person');
    case 'online':
      return msg('Online');
    case 'telephone':
      return msg('By phone');
  }
}

/** A venue's accessibility feature. */
export function accessibilityLabel(feature: AccessibilityFeature): string {
  switch (feature) {
    case 'stepFreeAccess':
      return msg('Step-free access');
    case 'accessibleToilet':
      return msg('Accessible toilet');
    case 'hearingLoop':
      return msg('Hearing loop');
    case 'lift':
      return msg('Lift');
    case 'disabledParking':
      return msg('Disabled parking');
    case 'babyChanging':
      return msg('Baby changing');
    case 'buggyStorage':
      return msg('Buggy storage');
    case 'quietSpace':
      return msg('Quiet space');
    case 'breastfeedingFriendly':
      return msg('Welcoming to feed your baby');
  }
}

/** A language's name in the page's language, from its ISO 639-1 code (the kit's, named for this widget's labels). */
export { languageName as languageLabel } from '../internal/format.js';

/** An age in years (decimals for babies: 0.5 is 6 months) as families say it. */
function ageText(years: number): string {
  if (years < 1) {
    const months = Math.max(1, Math.round(years * 12));
    return months === 1 ? msg('1 month') : msg(str`${months} months`);
  }
  return years === 1 ? msg('1 year') : msg(str`${years} years`);
}

/** A service's ages as families say them: "0 to 2 years", "6 months to 5 years", "Pregnancy, and up to 1 year". */
export function agesText(minimumAge: number | undefined, maximumAge: number | undefined, forPregnancy: boolean): string | undefined {
  let ages: string | undefined;
  const from = minimumAge !== undefined && minimumAge > 0 ? minimumAge : undefined;
  if (from !== undefined && maximumAge !== undefined) {
    // "3 to 5 years" when both ends are in years; "6 months to 2 years" when they are not.
    ages = from >= 1 && maximumAge > 1 ? msg(str`${from} to ${maximumAge} years`) : msg(str`${ageText(from)} to ${ageText(maximumAge)}`);
  } else if (maximumAge !== undefined) {
    ages = maximumAge >= 1 ? (maximumAge === 1 ? msg('0 to 1 year') : msg(str`0 to ${maximumAge} years`)) : msg(str`0 to ${ageText(maximumAge)}`);
  } else if (from !== undefined) {
    ages = msg(str`${ageText(from)} and over`);
  }
  if (forPregnancy) return ages ? msg(str`Pregnancy, and ${ages}`) : msg('Pregnancy');
  return ages;
}

/**
 * The result count, as announced and shown. `complete` false: the count is a lower bound (a
 * server-side search that could check only part of the directory), said as "12 or more".
 */
export function resultCountText(count: number, near: string | undefined, complete = true): string {
  if (!complete) return near ? msg(str`${count} or more services near ${near}`) : msg(str`${count} or more services`);
  if (near) return count === 1 ? msg(str`1 service near ${near}`) : msg(str`${count} services near ${near}`);
  return count === 1 ? msg('1 service') : msg(str`${count} services`);
}

/** Under a count that is a lower bound: why, and how to find the rest. */
export const partialResultsText = (): string =>
  msg('We could not check every service for the filters you chose, so there may be more. To find them, add words to your search or choose fewer filters.');

/** Above the filters of a server-side search, whose counts would cover only the services fetched. */
export const noFilterCountsText = (): string => msg('Numbers of services are not shown next to the filters for this directory.');

/** When the search fails while the device is offline; it runs again once the device is back online. */
export const searchOfflineText = (): string => msg('Your device seems to be offline. The search needs an internet connection. It will try again when you are back online.');

/** When the search fails for another reason. */
export const searchFailedText = (): string => msg('The search did not work. Try again, or contact us.');

/** A distance in miles, one decimal. */
export const milesText = (miles: number, locale: string): string =>
  msg(str`${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(miles)} miles away`);

/** A distance choice. */
export const withinMilesText = (miles: number): string => (miles === 1 ? msg('Within 1 mile') : msg(str`Within ${miles} miles`));

/** Postcode errors, in GOV.UK's words. */
export const postcodeErrors = {
  empty: (): string => msg('Enter a postcode, like SW1A 2AA'),
  invalid: (): string => msg('Enter a real postcode, like SW1A 2AA'),
  notFound: (): string => msg('We could not find that postcode. Check it and try again.'),
  unavailable: (): string => msg('We cannot look up postcodes at the moment. Try again later, or search without a postcode.'),
  location: (): string => msg('We could not get your location. Enter a postcode instead.'),
  /** Offline, when the search itself runs in the page: words and filters still work. */
  offline: (): string => msg('Your device seems to be offline. Searching by postcode needs an internet connection. You can still search by words and filters.'),
  /** Offline, when every search goes to a server: nothing works until the connection is back. */
  offlineRemote: (): string => msg('Your device seems to be offline. Searching needs an internet connection. Try again when you are back online.'),
} as const;
