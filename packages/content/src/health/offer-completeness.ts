/**
 * The Start for Life completeness check, for editors only (families never see it): does the
 * published offer cover the categories every offer must (and should) cover, does every stage of
 * its age span have something for families, can families get every item, and has it been reviewed
 * in the last 12 months?
 */
import type { ContentSet } from '../content-set.js';
import { monthsBefore } from '../dates.js';
import { DEFAULT_OFFER_AGE_SPAN, OFFER_STAGES_BY_SPAN, RECOMMENDED_OFFER_CATEGORIES, REQUIRED_OFFER_CATEGORIES, type ContentIssue, type OfferStage } from '../model/index.js';
import { OFFER_AGE_SPAN_NAMES, OFFER_CATEGORY_NAMES, OFFER_STAGE_NAMES } from '../offer/labels.js';
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
  return [...missingCategories(view), ...missingStages(view), ...itemsOutsideSpan(view), ...unreachableItems(view), ...reviewOverdue(view, now)];
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

/** True when the item is shown to a family who chose `stage` (an item with no stages is for every stage). */
function serves(item: OfferItemView, stage: OfferStage): boolean {
  return item.stages.length === 0 || item.stages.includes(stage);
}

const stageName = (stage: OfferStage) => `${OFFER_STAGE_NAMES[stage]} ("${stage}")`;

/** Each stage the age span promises must have at least one item, or the stage filter shows a family nothing. */
function missingStages(view: OfferView): ContentIssue[] {
  const items = view.sections.flatMap((s) => s.items);
  return view.stages
    .filter((stage) => !items.some((item) => serves(item, stage)))
    .map((stage) => {
      // A stage only the wider span has may simply not be ready yet: the narrower span is a fix too.
      const narrower = OFFER_STAGES_BY_SPAN[DEFAULT_OFFER_AGE_SPAN].includes(stage)
        ? ''
        : ` If your offer does not cover ${OFFER_STAGE_NAMES[stage].toLowerCase()} yet, set "Age span" to ${DEFAULT_OFFER_AGE_SPAN}.`;
      return finding(
        view,
        ['sections'],
        `No item in the offer is for ${stageName(stage)}. The offer covers ${OFFER_AGE_SPAN_NAMES[view.ageSpan]}, so families who choose ${OFFER_STAGE_NAMES[stage].toLowerCase()} will find nothing. Add an item with that stage in "Stages", or leave an item's "Stages" empty if it is for every stage.${narrower}`,
      );
    });
}

/** Items only for stages the offer does not cover: no stage a family can choose shows them. */
function itemsOutsideSpan(view: OfferView): ContentIssue[] {
  const seen = new Set<string>();
  return view.sections.flatMap((section) =>
    section.items
      .filter((item) => !seen.has(item.id) && (seen.add(item.id), item.stages.length > 0 && !item.stages.some((stage) => view.stages.includes(stage))))
      .map((item) =>
        finding(
          view,
          ['stages'],
          `"${item.title}" (in ${section.title}) is only for ${item.stages.map(stageName).join(' and ')}, which is outside the offer's age span (${OFFER_AGE_SPAN_NAMES[view.ageSpan]}). Families who choose a stage will not find it. If your offer now covers children up to 5, set the offer's "Age span" to toFive; otherwise change the item's "Stages".`,
          item.id,
          'startForLifeItem',
        ),
      ),
  );
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
