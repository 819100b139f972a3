/**
 * The `include` parameter: linked entries and assets up to `depth` levels, listed once each in
 * `includes` (never repeating an item of the page), and a `notResolvable` error for every link
 * whose target the API cannot serve (missing, or unpublished on the Delivery API).
 */
import type { LocaleRequest } from './locales.js';
import { forEachLink, type EntityLink } from './links.js';
import { entityKey, type ContentView, type RenderedEntity, type StoredEntity } from './view.js';

export interface LinkError {
  sys: { id: 'notResolvable'; type: 'error' };
  details: { type: 'Link'; linkType: 'Entry' | 'Asset'; id: string };
}

export interface Includes {
  Entry?: RenderedEntity[];
  Asset?: RenderedEntity[];
}

export interface IncludeResult {
  includes?: Includes;
  errors?: LinkError[];
}

/**
 * @param page the stored entities on the page, paired with what is sent for each (after
 *   `select`), so that links are followed only from fields the client actually receives.
 */
export function resolveIncludes(
  page: ReadonlyArray<{ entity: StoredEntity; sent: { fields?: unknown } }>,
  depth: number,
  view: ContentView,
  locale: LocaleRequest,
): IncludeResult {
  if (depth === 0) return {};
  const seen = new Set(page.map(({ entity }) => entityKey(entity.kind, entity.id)));
  const entries: RenderedEntity[] = [];
  const assets: RenderedEntity[] = [];
  const errors: LinkError[] = [];
  let frontier: unknown[] = page.map(({ sent }) => sent.fields);

  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: unknown[] = [];
    const visit = (link: EntityLink): void => {
      const { linkType, id } = link.sys;
      const key = entityKey(linkType, id);
      if (seen.has(key)) return;
      seen.add(key);
      const target = view.find(linkType, id);
      if (!target) {
        errors.push({ sys: { id: 'notResolvable', type: 'error' }, details: { type: 'Link', linkType, id } });
        return;
      }
      const rendered = view.render(target, locale);
      (linkType === 'Entry' ? entries : assets).push(rendered);
      next.push(rendered.fields);
    };
    for (const fields of frontier) forEachLink(fields, visit);
    frontier = next;
  }

  const result: IncludeResult = {};
  if (entries.length > 0 || assets.length > 0) {
    result.includes = {};
    if (entries.length > 0) result.includes.Entry = entries;
    if (assets.length > 0) result.includes.Asset = assets;
  }
  if (errors.length > 0) result.errors = errors;
  return result;
}
