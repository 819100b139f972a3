/**
 * How the help request's view is read from a content set: the first settings entry (by id) when
 * a space has several, with each topic's name. Loaded on first use (`helpRequestView.resolver()`)
 * and by `family-hubs pack`, which writes the view prebuilt.
 */
import { getEntities, listEntities, type ContentSet } from '../content-set.js';
import { helpRequestSettingsType } from '../model/help-request-settings.js';
import { taxonomyTermType } from '../model/taxonomy-term.js';
import { defineResolver } from './define-view.js';
import type { HelpRequestContent } from './help-request.js';
import { fieldLanguages } from './parts.js';

/** The help request view's resolver. */
export const helpRequestResolver = defineResolver<HelpRequestContent>({
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
