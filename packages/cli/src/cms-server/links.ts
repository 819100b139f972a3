/**
 * Finding links inside field values. Links can sit anywhere: a Link field, an array of links,
 * or a rich-text node's `data.target`, so the walk is structural rather than driven by the
 * content model.
 */
import type { ContentfulLink } from './export-types.js';

export type EntityLink = ContentfulLink<'Entry' | 'Asset'>;

export function isEntityLink(value: unknown): value is EntityLink {
  if (typeof value !== 'object' || value === null) return false;
  const sys = (value as { sys?: unknown }).sys;
  if (typeof sys !== 'object' || sys === null) return false;
  const { type, linkType, id } = sys as Record<string, unknown>;
  return type === 'Link' && (linkType === 'Entry' || linkType === 'Asset') && typeof id === 'string';
}

/** Calls `visit` for every Entry/Asset link in `value`, in document order. */
export function forEachLink(value: unknown, visit: (link: EntityLink) => void): void {
  if (isEntityLink(value)) {
    visit(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) forEachLink(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) forEachLink(child, visit);
  }
}

export function linksTo(value: unknown, linkType: 'Entry' | 'Asset', id: string): boolean {
  let found = false;
  forEachLink(value, (link) => {
    if (link.sys.linkType === linkType && link.sys.id === id) found = true;
  });
  return found;
}
