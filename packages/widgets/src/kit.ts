/**
 * `@family-hubs/widgets/kit`: what every Family Hubs widget stands on, for developers who build a
 * widget of their own on the same foundation (and for this repository's tests). Widgets are
 * imported from the package root; nothing here registers an element.
 * @module
 */
export { FhElement } from './internal/base-element.js';
export { FhContentElement } from './internal/content-element.js';
export { CONTENT_STATES, ContentController, type ContentState, type ContentHost, type ContentControllerOptions } from './internal/content-controller.js';
export { PreviewController } from './internal/preview-controller.js';
export { defineElement } from './internal/define.js';
export { VERSION } from './internal/version.js';
export {
  FhEvent,
  FhContentLoadedEvent,
  FhContentErrorEvent,
  type ContentLoadedDetail,
  type ContentErrorDetail,
  type ContentErrorReason,
} from './internal/events.js';
export { TOKEN_DEFAULTS, TOKEN_NAMES, token, type TokenName } from './internal/tokens.js';
export { sharedStyles, linkStyles, focusStyles, visuallyHiddenStyles, typographyStyles, statusStyles, mediaStyles } from './internal/shared-styles.js';
export {
  SOURCE_LOCALE,
  WIDGET_LOCALES,
  normaliseLocale,
  languageOf,
  activateLocale,
  activeLocale,
  observeLanguage,
  type WidgetLocale,
} from './internal/localization.js';
export { renderRichText, MAX_RICH_TEXT_DEPTH, type RichTextOptions } from './internal/rich-text.js';
export { isExternal, safeUrl, checkUrl } from './internal/url.js';
export { absoluteHref, emailHref, phoneHref, relFor, serviceHref } from './internal/links.js';
export { formatDate, formatDateTime } from './internal/format.js';
export { Announcer, announce, getAnnouncer, type AnnounceOptions } from './internal/announcer.js';
export { CONTENT_SOURCE_TAG, getPageContentClient, readContentSourceConfig, type PageContentConfig } from './internal/page-content.js';
export { emptyText, loadingText, staleSavedText, staleText, unavailableText } from './internal/messages.js';
export { headingLevel, renderHeading, type HeadingLevel } from './internal/heading.js';
export { printElement, preparePrint, PRINTING_ATTRIBUTE } from './internal/print.js';
export { askForHelp, hasHelpRequestForm, HELP_REQUEST_TAG, FhAskForHelpEvent, type AskForHelpDetail } from './internal/ask-for-help.js';
export { openStatusText, scheduleSummary, scheduleText, sessionDateText, timeText } from './internal/schedule-text.js';
export { LazyImport } from './internal/lazy-import.js';
export { LazyPart } from './internal/lazy-part.js';
export { LazyScreen, type ScreenHost, type WidgetScreen } from './internal/lazy-screen.js';
export { FhScreenElement } from './internal/screen-element.js';
export { drawn, type DrawsInto } from './internal/drawn.js';
