/**
 * The stage filter of the offer: a widget narrows the offer it shows to one stage. Apart from the
 * offer's resolution (`offer-view.ts`), which only loads when the offer is read from entries.
 */
import type { OfferStage } from '../model/index.js';
import type { OfferItemView, OfferView } from './offer-view.js';

/** The offer narrowed to one stage: items for that stage or for every stage; empty sections go. */
export function filterOfferByStage(view: OfferView, stage: OfferStage | undefined): OfferView {
  if (!stage) return view;
  const fits = (item: OfferItemView) => item.stages.length === 0 || item.stages.includes(stage);
  return {
    ...view,
    sections: view.sections.map((s) => ({ ...s, items: s.items.filter(fits) })).filter((s) => s.items.length > 0),
    featured: view.featured.filter(fits),
  };
}
