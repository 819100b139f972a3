/**
 * Builds small space exports in the `contentful space export` format for tests, with the model's
 * own content types, so a test states only the entries it cares about.
 */

import { toContentfulContentType } from '@family-hubs/content/model-definition';
import type { SpaceExport } from '../../packages/cli/src/cms-server/index.js';
import { contentModel, CONTENT_TYPE_IDS } from '@family-hubs/content/model';

/** A link value as Contentful stores it. */
export const link = (id: string) => ({ sys: { type: 'Link', linkType: 'Entry', id } });

/** A rich-text document of plain paragraphs, in Contentful's shape. */
export function doc(...paragraphs: string[]) {
  return {
    nodeType: 'document',
    data: {},
    content: paragraphs.map((value) => ({ nodeType: 'paragraph', data: {}, content: [{ nodeType: 'text', value, marks: [], data: {} }] })),
  };
}

interface EntrySpec {
  id: string;
  type: string;
  /** Field values for en-GB. */
  fields: Record<string, unknown>;
  /** Field values for pl. */
  pl?: Record<string, unknown>;
  /** Unpublished: only the Preview API serves it. */
  draft?: boolean;
}

/** A space export with both locales (en-GB default, pl falling back to en-GB). */
export function buildSpace(entries: EntrySpec[]): SpaceExport {
  const when = '2026-11-01T10:00:00.000Z';
  return {
    contentTypes: CONTENT_TYPE_IDS.map((id) => ({ ...toContentfulContentType(contentModel[id]), sys: { id, type: 'ContentType', createdAt: when, updatedAt: when } })) as unknown as SpaceExport['contentTypes'],
    locales: [
      { code: 'en-GB', name: 'English (United Kingdom)', default: true, fallbackCode: null },
      { code: 'pl', name: 'Polish', default: false, fallbackCode: 'en-GB' },
    ] as SpaceExport['locales'],
    assets: [],
    entries: entries.map((spec) => {
      const fields: Record<string, Record<string, unknown>> = {};
      for (const [key, value] of Object.entries(spec.fields)) fields[key] = { 'en-GB': value };
      for (const [key, value] of Object.entries(spec.pl ?? {})) fields[key] = { ...(fields[key] ?? {}), pl: value };
      return {
        sys: {
          id: spec.id,
          type: 'Entry',
          createdAt: when,
          updatedAt: when,
          version: spec.draft ? 1 : 2,
          ...(spec.draft ? {} : { publishedVersion: 1, publishedAt: when, firstPublishedAt: when, publishedCounter: 1 }),
          contentType: { sys: { type: 'Link', linkType: 'ContentType', id: spec.type } },
        },
        fields,
      };
    }),
  };
}

/** A valid service linking to `tax-health`. */
export function serviceSpec(id: string, fields: Record<string, unknown> = {}): EntrySpec {
  return {
    id,
    type: 'service',
    fields: { name: `Service ${id}`, summary: 'Help for families', status: 'active', categories: [link('tax-health')], lastChecked: '2026-09-01', ...fields },
  };
}

/** The taxonomy term `serviceSpec` links to. */
export const healthTerm: EntrySpec = { id: 'tax-health', type: 'taxonomyTerm', fields: { name: 'Health' }, pl: { name: 'Zdrowie' } };
