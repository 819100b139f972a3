/**
 * The Start for Life offer as a widget reads it: the council's offer with its sections, items and
 * the services and Family Hubs they link to, resolved from a content set one level deep (plain,
 * non-circular data; every URL already through the URL policy).
 */
import { getEntities, getEntity, listEntities, type ContentSet } from '../content-set.js';
import { DEFAULT_OFFER_AGE_SPAN, OFFER_STAGES_BY_SPAN } from '../model/vocabularies.js';
import type { AccessRoute, OfferAgeSpan, OfferCategory, OfferFormat, OfferStage, RichTextDocument, StartForLifeItem, StartForLifeOffer } from '../model/index.js';
import { fieldLanguages, hubLink, serviceLink, type FieldLanguages, type HubLink, type ServiceLink } from '../views/parts.js';

/** A service an offer item links to. */
export type OfferServiceLink = ServiceLink;
/** A Family Hub an offer item links to. */
export type OfferHubLink = HubLink;

/** One item of the offer. */
export interface OfferItemView {
  readonly id: string;
  readonly title: string;
  readonly summary: RichTextDocument;
  /** Empty means every stage. */
  readonly stages: readonly OfferStage[];
  readonly whoItIsFor?: string;
  readonly access: readonly AccessRoute[];
  readonly accessNote?: string;
  readonly accessUrl?: string;
  readonly accessPhone?: string;
  readonly services: readonly OfferServiceLink[];
  readonly hubs: readonly OfferHubLink[];
  readonly languages: readonly string[];
  readonly formats: readonly OfferFormat[];
  /** The category of the section the item is in (featured items keep theirs). */
  readonly category?: OfferCategory;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** One section of the offer. */
export interface OfferSectionView {
  readonly id: string;
  readonly category: OfferCategory;
  readonly title: string;
  readonly intro?: string;
  readonly items: readonly OfferItemView[];
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** The whole offer. */
export interface OfferView {
  readonly id: string;
  /** The offer's name as the council publishes it (e.g. "Healthy Babies"); widgets say "Start for Life", translated, when it is empty. */
  readonly title?: string;
  readonly intro: RichTextDocument;
  /** The ages the offer covers: `toTwo` (pregnancy to 2) when the council did not say. */
  readonly ageSpan: OfferAgeSpan;
  /** The stages in {@link ageSpan}, in order of age: what a stage filter offers families. */
  readonly stages: readonly OfferStage[];
  readonly sections: readonly OfferSectionView[];
  /** Items for the compact card; the first items of the offer when the council picked none. */
  readonly featured: readonly OfferItemView[];
  readonly howToAccess?: RichTextDocument;
  readonly whoItIsFor?: string;
  readonly contactPhone?: string;
  readonly contactEmail?: string;
  readonly fullOfferUrl?: string;
  readonly lastReviewed: string;
  readonly coProduced: boolean;
  readonly coProductionNote?: string;
  readonly updatedAt?: string;
  /** Fields shown in a fallback language. */
  readonly fieldLanguages: FieldLanguages;
}

/** How many items the card shows when the council featured none. */
const DEFAULT_FEATURED = 3;

/** The offer to show: the most recently reviewed one (a space should have one; drafts and old copies happen). */
export function pickOffer(set: ContentSet): StartForLifeOffer | undefined {
  return listEntities(set, 'startForLifeOffer').sort((a, b) => `${b.lastReviewed}${b.updatedAt ?? ''}`.localeCompare(`${a.lastReviewed}${a.updatedAt ?? ''}`))[0];
}

/** Resolves the offer (the given one, or {@link pickOffer}) into a view, or `undefined` when the set has none. */
export function resolveOffer(set: ContentSet, offerId?: string): OfferView | undefined {
  const offer = offerId ? getEntity(set, 'startForLifeOffer', offerId) : pickOffer(set);
  if (!offer) return undefined;
  const sections = getEntities(set, 'startForLifeSection', offer.sections).map(
    (section): OfferSectionView => ({
      id: section.id,
      category: section.category,
      title: section.title,
      ...(section.intro ? { intro: section.intro } : {}),
      items: getEntities(set, 'startForLifeItem', section.items).map((item) => itemView(set, item, section.category)),
      fieldLanguages: fieldLanguages(set, section.id),
    }),
  );
  const allItems = sections.flatMap((s) => s.items);
  const featuredIds = offer.featuredItems ?? [];
  const featured = featuredIds.length
    ? featuredIds.map((id) => allItems.find((i) => i.id === id) ?? viewOf(set, id)).filter((i): i is OfferItemView => i !== undefined)
    : allItems.slice(0, DEFAULT_FEATURED);
  const ageSpan = offer.ageSpan ?? DEFAULT_OFFER_AGE_SPAN;
  return {
    id: offer.id,
    ...(offer.title ? { title: offer.title } : {}),
    intro: offer.intro,
    ageSpan,
    stages: OFFER_STAGES_BY_SPAN[ageSpan],
    sections,
    featured,
    ...(offer.howToAccess ? { howToAccess: offer.howToAccess } : {}),
    ...(offer.whoItIsFor ? { whoItIsFor: offer.whoItIsFor } : {}),
    ...(offer.contactPhone ? { contactPhone: offer.contactPhone } : {}),
    ...(offer.contactEmail ? { contactEmail: offer.contactEmail } : {}),
    ...(offer.fullOfferUrl ? { fullOfferUrl: offer.fullOfferUrl } : {}),
    lastReviewed: offer.lastReviewed,
    coProduced: offer.coProduced === true,
    ...(offer.coProductionNote ? { coProductionNote: offer.coProductionNote } : {}),
    ...(offer.updatedAt ? { updatedAt: offer.updatedAt } : {}),
    fieldLanguages: fieldLanguages(set, offer.id),
  };
}

function viewOf(set: ContentSet, itemId: string): OfferItemView | undefined {
  const item = getEntity(set, 'startForLifeItem', itemId);
  return item ? itemView(set, item) : undefined;
}

function itemView(set: ContentSet, item: StartForLifeItem, category?: OfferCategory): OfferItemView {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    stages: item.stages ?? [],
    ...(item.whoItIsFor ? { whoItIsFor: item.whoItIsFor } : {}),
    access: item.access,
    ...(item.accessNote ? { accessNote: item.accessNote } : {}),
    ...(item.accessUrl ? { accessUrl: item.accessUrl } : {}),
    ...(item.accessPhone ? { accessPhone: item.accessPhone } : {}),
    services: getEntities(set, 'service', item.services)
      .filter((s) => s.status !== 'inactive')
      .map(serviceLink),
    hubs: getEntities(set, 'familyHub', item.hubs).map((hub) => hubLink(set, hub)),
    languages: item.languages ?? [],
    formats: item.formats ?? [],
    ...(category ? { category } : {}),
    fieldLanguages: fieldLanguages(set, item.id),
  };
}
