/**
 * Family-facing words of `<fh-help-request>`'s start page, confirmation and whatever every page
 * shows, translated with @lit/localize; the question pages' words are in `page-labels.ts`, which
 * loads with those pages. Plain, normalising words (DOMAIN.md): no thresholds, no social-care
 * language. Functions, so each call reads the active locale.
 */
import { msg, str } from '@lit/localize';

export const headingText = (): string => msg('Ask for help');
export const normalisingText = (): string => msg('Lots of families ask us for help with things like money, feeding, sleep, behaviour, or feeling low. Asking is normal, and it is free.');
export const whatHappensText = (council: string, when: string): string => msg(str`Tell us what would help. ${council} will get in touch ${when}.`);
export const askingAboutText = (label: string): string => msg(str`You are asking about: ${label}`);
export const emergencyHeadingText = (): string => msg('This is not for emergencies');
export const emergency999Text = (): string => msg('If you or someone else is in danger now, call 999.');
export const silentSolutionText = (): string => msg('If you cannot speak, call 999, listen, then press 55 when you are asked. This is the Silent Solution: the police will know it is a real call.');
export const helplineText = (): string => msg('The National Domestic Abuse Helpline is free and open 24 hours a day: 0808 2000 247.');
export const exitHeadingText = (): string => msg('Leaving this page quickly');
/** How Exit this page works; `toBbcWeather` when it goes to the default site. */
export const exitHowText = (toBbcWeather: boolean): string =>
  toBbcWeather
    ? msg('Select Exit this page, or press the Shift key 3 times, to leave this page at once and go to the BBC Weather website.')
    : msg('Select Exit this page, or press the Shift key 3 times, to leave this page at once and go to another website.');
export const exitHonestText = (): string => msg('This does not delete your browsing history. Anyone using this device could still see that you visited this page. A private or incognito window leaves less behind.');
export const privacyText = (): string => msg('How we use what you tell us');
export const startText = (): string => msg('Start now');
export const backText = (): string => msg('Back');
export const waitingText = (): string => msg('Loading the next page…');
export const startNotLoadedText = (): string => msg('The next page could not be loaded. Check your internet connection and press Start now again.');
export const notLoadedText = (): string => msg('This page could not finish loading, so your answers cannot be checked or sent from here yet. They are still on this page. Check your internet connection and press the button again.');
export const phoneInsteadText = (council: string, phone: string, hours: string): string => msg(str`You can also call ${council} on ${phone} (${hours}).`);
export const sentHeadingText = (): string => msg('Request sent');
export const referenceText = (): string => msg('Your reference number');
export const nextHeadingText = (): string => msg('What happens next');
export const nextContactText = (council: string, when: string): string => msg(str`${council} will contact you ${when}, in the way you chose.`);
export const nextInformationText = (): string => msg('You did not give contact details, so we will not reply. We use what you told us to make sure the right information is there for families.');
export const callUsText = (council: string, phone: string, hours: string): string => msg(str`If you need to talk to someone sooner, call ${council} on ${phone} (${hours}).`);
