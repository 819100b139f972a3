/**
 * `@family-hubs/widgets`: accessible, embeddable Family Hubs web components. Importing this module
 * registers nothing; import a widget's `define.js` (or the CDN entry) to register its element.
 * @module
 */
export { FhElement } from './internal/base-element.js';
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
export { sharedStyles, linkStyles, focusStyles, visuallyHiddenStyles, typographyStyles, mediaStyles } from './internal/shared-styles.js';
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
export { Announcer, announce, getAnnouncer, type AnnounceOptions } from './internal/announcer.js';
export { CONTENT_SOURCE_TAG, getPageContentClient, readContentSourceConfig, type PageContentConfig } from './internal/page-content.js';
export {
  CONTENT_STATES,
  ContentController,
  type ContentState,
  type ContentHost,
  type ContentControllerOptions,
} from './internal/content-controller.js';
export { loadingText, staleText, unavailableText } from './internal/messages.js';
export { FhContentSource } from './content-source/content-source.js';
export { headingLevel, renderHeading, type HeadingLevel } from './internal/heading.js';
export { FhStartForLifeOffer, OFFER_LAYOUTS, type OfferLayout } from './start-for-life-offer/start-for-life-offer.js';
export { FhOfferStageChangeEvent, FhOfferPrintEvent, type OfferStageChangeDetail } from './start-for-life-offer/events.js';
