/**
 * The shapes of the parts views share (links to services and Family Hubs, the site settings,
 * fallback languages), for checking prebuilt views: each declared once, next to nothing heavier
 * than itself, so a widget's first load carries them without the content model.
 */
import type { FieldLanguages, HubLink, ServiceLink, SiteView } from './parts.js';
import type { ShapeOf } from './view-shape.js';

/** Text. */
export const TEXT = 'string';
/** Text that may be missing. */
export const OPTIONAL_TEXT = { optional: TEXT } as const;
/** A list of texts (ids, codes, vocabulary values). */
export const TEXTS = { list: TEXT } as const;
/** Checked by its renderer, which accepts any input (rich text). */
export const ANY = 'unknown';

/** Fallback languages: field id → locale. */
export const FIELD_LANGUAGES_SHAPE = { record: TEXT } as const satisfies ShapeOf<FieldLanguages>;

/** A service as a link target. */
export const SERVICE_LINK_SHAPE = {
  fields: { id: TEXT, name: TEXT, summary: TEXT, status: TEXT, statusNote: OPTIONAL_TEXT, url: OPTIONAL_TEXT, phone: OPTIONAL_TEXT, email: OPTIONAL_TEXT },
} as const satisfies ShapeOf<ServiceLink>;

/** A Family Hub as a link target. */
export const HUB_LINK_SHAPE = {
  fields: { id: TEXT, name: TEXT, phone: OPTIONAL_TEXT, email: OPTIONAL_TEXT, url: OPTIONAL_TEXT, address: OPTIONAL_TEXT },
} as const satisfies ShapeOf<HubLink>;

/** The site settings as widgets read them. */
export const SITE_VIEW_SHAPE = {
  fields: {
    councilName: TEXT,
    hubName: OPTIONAL_TEXT,
    hubNamePlural: OPTIONAL_TEXT,
    serviceSearchUrl: OPTIONAL_TEXT,
    helpRequestUrl: OPTIONAL_TEXT,
    contactPhone: OPTIONAL_TEXT,
    contactEmail: OPTIONAL_TEXT,
    fieldLanguages: FIELD_LANGUAGES_SHAPE,
  },
} as const satisfies ShapeOf<SiteView>;
