/**
 * Status wording shared by every widget, so families meet the same words for the same situation
 * whichever widget they are using, and translators translate them once.
 */
import { msg, str } from '@lit/localize';

/** Shown while a widget waits for its content. */
export const loadingText = (): string => msg('Loading…', { desc: 'Shown while a widget waits for its content' });

/** Shown next to content that may be older than it should be (the content service could not be reached). */
export const staleText = (): string =>
  msg('This information may be out of date.', { desc: 'Shown above content served from a backup copy because the content service could not be reached' });

/** Says when the backup copy was saved, under {@link staleText}. */
export const staleSavedText = (when: string): string =>
  msg(str`It was saved on ${when}. Refresh the page later to see the latest, or contact us to check.`, {
    desc: 'Under "This information may be out of date": when the copy shown was saved, and what to do',
  });

/** Shown when a widget's content source has nothing published for it. */
export const emptyText = (): string => msg('This information has not been published yet.', { desc: 'Shown when the content service has nothing for this widget' });

/** Shown when a widget has no content at all and no fallback content was provided by the page. */
export const unavailableText = (): string =>
  msg('This information is not available at the moment. Please try again later.', {
    desc: 'Shown when a widget could not load any content',
  });
