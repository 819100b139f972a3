/**
 * Family-facing words of `<fh-help-request>`'s question pages and check page, translated with
 * @lit/localize: a module of their own, loaded with those pages (`pages.ts`), so the start page
 * does not download them. Plain, normalising words (DOMAIN.md). Functions, so each call reads the
 * active locale.
 */
import { msg } from '@lit/localize';
import type { HelpRequestErrorCode } from '@family-hubs/content/requests';

export const continueText = (): string => msg('Continue');
export const topicsQuestionText = (): string => msg('What would help?');
export const topicsHintText = (): string => msg('Select all that apply.');
export const somethingElseText = (): string => msg('Something else');
export const somethingElseLabelText = (): string => msg('Tell us in your own words');
export const routeQuestionText = (): string => msg('Would you like us to contact you?');
export const routeContactText = (): string => msg('Yes, please contact me');
export const routeInformationText = (): string => msg('No, I just want information');
export const routeInformationHintText = (): string => msg('You do not need to tell us who you are. We will not be able to reply to you.');
export const forWhomQuestionText = (): string => msg('Who is the help for?');
export const forWhomHintText = (): string => msg('This is optional. It helps us find the right person to talk to you.');
export const pregnantText = (): string => msg('Someone who is pregnant');
export const childAgesText = (): string => msg('Ages of any children (optional)');
export const childAgesHintText = (): string => msg('For example, 2, 5');
export const contactQuestionText = (): string => msg('How can we contact you?');
export const contactHintText = (): string => msg('One way is enough. Choose a way that is safe for you.');
export const nameText = (): string => msg('Your first name or a nickname');
export const nameHintText = (): string => msg('This is what we will call you. You do not need to give your full name.');
export const methodsText = (): string => msg('Ways we can contact you');
export const phoneText = (): string => msg('Phone call');
export const phoneLabelText = (): string => msg('Phone number');
export const textText = (): string => msg('Text message');
export const textLabelText = (): string => msg('Mobile phone number');
export const emailText = (): string => msg('Email');
export const emailLabelText = (): string => msg('Email address');
export const postText = (): string => msg('Letter');
export const postLabelText = (): string => msg('Address');
export const safetyQuestionText = (): string => msg('Is it safe to contact you?');
export const safetyHintText = (): string => msg('We ask so that we do not put you at risk. If you are not sure, say no.');
export const safetyLabelText = (key: string): string => {
  switch (key) {
    case 'safeToCall':
      return msg('Is it safe for us to call this number?');
    case 'safeToLeaveVoicemail':
      return msg('Is it safe to leave a voicemail?');
    case 'acceptsWithheldNumbers':
      return msg('Does your phone accept calls from withheld numbers?');
    case 'safeToText':
      return msg('Is it safe for us to send you a text message?');
    case 'safeToEmail':
      return msg('Is it safe for us to email you?');
    default:
      return msg('Is it safe for us to send you a letter?');
  }
};
export const yesText = (): string => msg('Yes');
export const noText = (): string => msg('No');
export const safeTimesText = (): string => msg('When is it safe to contact you? (optional)');
export const safeTimesHintText = (): string => msg('For example, weekday mornings, or not after 5pm');
export const accessQuestionText = (): string => msg('Is there anything that would make talking to us easier?');
export const accessHintText = (): string => msg('This is optional.');
export const languageText = (): string => msg('Language you would like us to use (optional)');
export const interpreterText = (): string => msg('An interpreter');
export const bslText = (): string => msg('British Sign Language');
export const easyReadText = (): string => msg('Easy read information');
export const accessNeedsText = (): string => msg('Support you would like');
export const checkHeadingText = (): string => msg('Check your answers before sending');
export const changeText = (): string => msg('Change');
export const notGivenText = (): string => msg('Not given');
export const sendText = (): string => msg('Send');
export const sendingText = (): string => msg('Sending…');
export const honeypotText = (): string => msg('Leave this empty');
export const notSentHeadingText = (): string => msg('Your request has not been sent yet');
export const notSentKeptText = (): string => msg('Your answers are still here. Nothing has been lost.');
export const notSentOfflineText = (): string => msg('Your device seems to be offline. We will send it when you are back online, if you keep this page open.');
export const notSentFailedText = (): string => msg('We could not reach our system. Try again in a few minutes.');
export const notSentRefusedText = (): string => msg('Our system could not take your request.');
export const tryAgainText = (): string => msg('Try again');
/** The error message for a field (by the request path's field) and an error code. */
export function errorText(path: string, code: HelpRequestErrorCode): string {
  const field = path.replace(/\.\d+$/, '');
  if (code === 'too_long') return msg('Your answer is too long. Make it shorter.');
  switch (field) {
    case 'topics':
      return msg('Select what would help, or choose Something else and tell us');
    case 'somethingElse':
      return msg('Tell us what would help');
    case 'route':
      return msg('Select whether you would like us to contact you');
    case 'forWhom.childAges':
      return msg('Enter ages as whole numbers from 0 to 25, like 2, 5');
    case 'contact':
      return msg('Select at least one way we can contact you');
    case 'contact.name':
      return msg('Enter a first name or a nickname');
    case 'contact.phone':
      return msg('Enter a phone number, like 01632 960 001 or 07700 900 982');
    case 'contact.text':
      return msg('Enter a mobile phone number, like 07700 900 982');
    case 'contact.email':
      return msg('Enter an email address in the correct format, like name@example.com');
    case 'contact.post':
      return msg('Enter an address');
    default:
      return msg('Check this answer');
  }
}
