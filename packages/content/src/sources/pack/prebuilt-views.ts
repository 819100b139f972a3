/**
 * The widgets' views that `family-hubs pack` writes prebuilt, one file per view and locale, so a
 * page whose widgets read them fetches exactly what it shows and runs no link resolution.
 * CLI-side: it brings every view's resolver and the content types they read.
 *
 * The service search is not here: it searches the entities themselves (its index, facets and
 * distances), so its page reads the service directory's files.
 */
import type { ContentSet } from '../../content-set.js';
import type { ContentView, ViewResolver } from '../../views/define-view.js';
import { helpRequestView } from '../../views/help-request.js';
import { helpRequestResolver } from '../../views/help-request-resolver.js';
import { programmeFinderView } from '../../views/programme-finder.js';
import { programmeFinderResolver } from '../../views/programme-finder-resolver.js';
import { startForLifeOfferView } from '../../views/start-for-life-offer.js';
import { startForLifeOfferResolver } from '../../views/start-for-life-offer-resolver.js';
import type { PackViewFile } from './layout.js';

/** A view a pack carries prebuilt, with its resolver. */
export interface PrebuiltView {
  /** The view: its id, version and the shape its file is checked against. */
  readonly view: ContentView<unknown>;
  /** What resolves the pack's entities into the view's value. */
  readonly resolver: ViewResolver<unknown>;
}

/** Every view a pack carries prebuilt. */
export const PREBUILT_VIEWS: readonly PrebuiltView[] = [
  { view: startForLifeOfferView, resolver: startForLifeOfferResolver },
  { view: programmeFinderView, resolver: programmeFinderResolver },
  { view: helpRequestView, resolver: helpRequestResolver },
];

/**
 * The file of `view` prebuilt from `set` (one locale of a validated pack). The value is checked
 * against the view's shape here too, so a resolver and its declared shape that drift apart fail
 * the build, not a family's page.
 */
export function prebuiltViewFile({ view, resolver }: PrebuiltView, set: ContentSet): PackViewFile {
  const version = view.prebuilt?.version;
  if (version === undefined) throw new Error(`The ${view.id} view has no prebuilt form`);
  const value = resolver.resolve(set);
  if (value === undefined) return { view: view.id, version };
  const checked = view.checkPrebuilt(JSON.parse(JSON.stringify(value)));
  if ('problem' in checked) throw new Error(checked.problem);
  return { view: view.id, version, value };
}
