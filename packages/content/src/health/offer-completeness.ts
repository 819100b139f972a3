/**
 * The Start for Life completeness check, for editors only (families never see it): does the
 * published offer cover the categories every offer must (and should) cover, can families get
 * every item, and has it been reviewed in the last 12 months?
 */
import type { ContentSet } from '../content-set.js';
import { monthsBefore } from '../dates.js';
import { RECOMMENDED_OFFER_CATEGORIES, REQUIRED_OFFER_CATEGORIES, type ContentIssue } from '../model/index.js';
import { OFFER_CATEGORY_NAMES } from '../offer/labels.js';
import { resolveOffer, type OfferItemView, type OfferView } from '../offer/offer-view.js';

/** An offer older than this many months is flagged for review. */
export const OFFER_REVIEW_INTERVAL_MONTHS = 12;

/** What the check says, as content issues (code `offer-incomplete`) so reports treat them alike. */
export function checkOfferCompleteness(set: ContentSet, now: Date = new Date()): ContentIssue[] {
  const view = resolveOffer(set);
  if (!view) {
    return [
      {
        entryId: '',
        contentType: 'startForLifeOffer',
        path: [],
        message: 'There is no published Start for Life offer. Councils in the programme must publish one: create a "Start for Life offer" entry and publish it.',
        severity: 'warning',
        code: 'offer-incomplete',
      },
    ];
  }
  return [...missingCategories(view), ...unreachableItems(view), ...reviewOverdue(view, now)];
}

function finding(view: OfferView, path: (string | number)[], message: string, entryId = view.id, contentType = 'startForLifeOffer'): ContentIssue {
  return { entryId, contentType, path, message, severity: 'warning', code: 'offer-incomplete' };
}

function missingCategories(view: OfferView): ContentIssue[] {
  const covered = new Set(view.sections.filter((s) => s.items.length > 0).map((s) => s.category));
  return [
    ...REQUIRED_OFFER_CATEGORIES.filter((c) => !covered.has(c)).map((c) =>
      finding(view, ['sections'], `The offer has no ${OFFER_CATEGORY_NAMES[c]} section with items. Every Start for Life offer must cover ${OFFER_CATEGORY_NAMES[c].toLowerCase()}.`),
    ),
    ...RECOMMENDED_OFFER_CATEGORIES.filter((c) => !covered.has(c)).map((c) =>
      finding(view, ['sections'], `The offer has no ${OFFER_CATEGORY_NAMES[c]} section. It is a funded Start for Life strand, so families will expect it.`),
    ),
  ];
}

/** True when a family reading the item knows how to get it: a link, a number, words, or a contact through a linked hub or service. */
export function hasWayToAccess(item: OfferItemView): boolean {
  if (item.accessUrl || item.accessPhone || item.accessNote) return true;
  if (item.hubs.some((h) => h.phone || h.url || h.email || h.address)) return true;
  return item.services.some((s) => s.phone || s.url || s.email);
}

function unreachableItems(view: OfferView): ContentIssue[] {
  const seen = new Set<string>();
  return view.sections.flatMap((section) =>
    section.items
      .filter((item) => !seen.has(item.id) && (seen.add(item.id), !hasWayToAccess(item)))
      .map((item) =>
        finding(
          view,
          ['access'],
          `"${item.title}" (in ${section.title}) says how to get it (${item.access.join(', ')}) but gives families no link, phone number, words or linked service or hub to do it. Add a phone number, link or "How to get it, in words".`,
          item.id,
          'startForLifeItem',
        ),
      ),
  );
}

function reviewOverdue(view: OfferView, now: Date): ContentIssue[] {
  return view.lastReviewed < monthsBefore(now, OFFER_REVIEW_INTERVAL_MONTHS)
    ? [finding(view, ['lastReviewed'], `The offer was last reviewed on ${view.lastReviewed}, more than ${OFFER_REVIEW_INTERVAL_MONTHS} months ago. Review it with your Parent and Carer Panel and update "Last reviewed".`)]
    : [];
}
