/**
 * The view of `<fh-help-request>`: the council's help-request settings (contact details, the
 * topics families can ask about, the emergency text, reply time, privacy notice, where requests
 * go) with each topic's name, in the page's language.
 */
import { getEntities, listEntities, type ContentSet } from '../content-set.js';
import { helpRequestSettingsType } from '../model/help-request-settings.js';
import type { RichTextDocument } from '../model/index.js';
import { taxonomyTermType } from '../model/taxonomy-term.js';
import { defineView } from './define-view.js';
import { fieldLanguages, type FieldLanguages } from './parts.js';

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

/** The help request's view: the first settings entry (by id) when a space has several. */
export const helpRequestView = defineView<HelpRequestContent>({
  id: 'help-request',
  root: [helpRequestSettingsType],
  follows: [taxonomyTermType],
  resolve(set: ContentSet) {
    const settings = listEntities(set, 'helpRequestSettings')[0];
    if (!settings) return undefined;
    const topics = getEntities(set, 'taxonomyTerm', settings.topics).map((term) => ({
      id: term.id,
      name: term.name,
      ...(term.description ? { description: term.description } : {}),
    }));
    return {
      councilName: settings.councilName,
      contactPhone: settings.contactPhone,
      contactHours: settings.contactHours,
      ...(settings.contactEmail ? { contactEmail: settings.contactEmail } : {}),
      topics,
      emergencyText: settings.emergencyText,
      responseTime: settings.responseTime,
      privacyNoticeUrl: settings.privacyNoticeUrl,
      submissionEndpoint: settings.submissionEndpoint,
      ...(settings.exitPageUrl ? { exitPageUrl: settings.exitPageUrl } : {}),
      fieldLanguages: fieldLanguages(set, settings.id),
    };
  },
});
