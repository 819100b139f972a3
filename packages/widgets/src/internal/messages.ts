/**
 * Status wording shared by every widget, so families meet the same words for the same situation
 * whichever widget they are using, and translators translate them once.
 */
import { msg } from '@lit/localize';

/** Shown while a widget waits for its content. */
export const loadingText = (): string => msg('Loading…', { desc: 'Shown while a widget waits for its content' });

/** Shown next to content that may be older than it should be (the content service could not be reached). */
export const staleText = (): string =>
  msg('This information may be out of date.', { desc: 'Shown above content served from a backup copy because the content service could not be reached' });

/** Shown when a widget has no content at all and no fallback content was provided by the page. */
export const unavailableText = (): string =>
  msg('This information is not available at the moment. Please try again later.', {
    desc: 'Shown when a widget could not load any content',
  });
