/** The form kit's own words, translated with @lit/localize. */
import { msg, str } from '@lit/localize';

/** Read before an error message, which is otherwise only marked by colour. */
export const errorPrefixText = (): string => msg('Error:');
/** The error summary's title. */
export const errorSummaryTitleText = (): string => msg('There is a problem');
/** A character count's limit, read with the field. */
export const countLimitText = (limit: number): string => msg(str`You can enter up to ${limit} characters`);
/** A character count's state. */
export const countLeftText = (left: number): string =>
  left >= 0
    ? left === 1
      ? msg('You have 1 character remaining')
      : msg(str`You have ${left} characters remaining`)
    : -left === 1
      ? msg('You have 1 character too many')
      : msg(str`You have ${-left} characters too many`);
