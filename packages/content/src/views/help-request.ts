/**
 * The view of `<fh-help-request>`: the council's help-request settings (contact details, the
 * topics families can ask about, the emergency text, reply time, privacy notice, where requests
 * go) with each topic's name, in the page's language. Packs carry it prebuilt; its resolver
 * (`help-request-resolver.ts`) loads only for other sources.
 */
import type { RichTextDocument } from '../model/index.js';
import { defineLazyView } from './define-view.js';
import type { FieldLanguages } from './parts.js';
import { ANY, FIELD_LANGUAGES_SHAPE, OPTIONAL_TEXT, TEXT } from './shapes.js';
import type { ShapeOf } from './view-shape.js';

/** A topic a family can tick: the taxonomy term's id (what is sent) and its name (what is shown). */
export interface HelpTopic {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

/** What `<fh-help-request>` shows. */
export interface HelpRequestContent {
  readonly councilName: string;
  readonly contactPhone: string;
  readonly contactHours: string;
  readonly contactEmail?: string;
  /** In the order the editor listed them; topics whose term is not published are left out. */
  readonly topics: readonly HelpTopic[];
  readonly emergencyText: RichTextDocument;
  /** When the council replies, e.g. "within 2 working days". */
  readonly responseTime: string;
  readonly privacyNoticeUrl: string;
  readonly submissionEndpoint: string;
  /** Where Exit this page goes; the widget's default when empty. */
  readonly exitPageUrl?: string;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

const HELP_REQUEST_SHAPE = {
  fields: {
    councilName: TEXT,
    contactPhone: TEXT,
    contactHours: TEXT,
    contactEmail: OPTIONAL_TEXT,
    topics: { list: { fields: { id: TEXT, name: TEXT, description: OPTIONAL_TEXT } } },
    emergencyText: ANY,
    responseTime: TEXT,
    privacyNoticeUrl: TEXT,
    submissionEndpoint: TEXT,
    exitPageUrl: OPTIONAL_TEXT,
    fieldLanguages: FIELD_LANGUAGES_SHAPE,
  },
} as const satisfies ShapeOf<HelpRequestContent>;

/** The help request's view: the first settings entry (by id) when a space has several. */
export const helpRequestView = defineLazyView<HelpRequestContent>({
  id: 'help-request',
  types: ['helpRequestSettings'],
  prebuilt: { version: 1, shape: HELP_REQUEST_SHAPE },
  load: () => import('./help-request-resolver.js').then((module) => module.helpRequestResolver),
});
