/**
 * Family-facing words of `<fh-exit-this-page>`, translated with @lit/localize. GOV.UK's own
 * wording, so a family who has met GOV.UK's Exit this page hears the same thing.
 */
import { msg, str } from '@lit/localize';

/** The button. */
export const exitText = (): string => msg('Exit this page');
/** Shown and announced while the neutral site loads. */
export const loadingText = (): string => msg('Loading.');
/** Announced after Shift is pressed once or twice. */
export const pressesLeftText = (left: number): string => (left === 1 ? msg('Shift, press 1 more time to exit.') : msg(str`Shift, press ${left} more times to exit.`));
/** Announced when the presses were too far apart and the count starts again. */
export const expiredText = (): string => msg('Exit this page expired.');
