/**
 * Paging and facets over many services, for any directory, query and page: a page of results is
 * the same slice of the one full order whatever the page and page size (the index finds a page's
 * hits without sorting every match when the page is near the front), and the facet counts are
 * the counts a family would make by hand over the services.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AGE_STAGES, createSearchIndex, type SearchDocument, type SearchQuery } from '@family-hubs/content/search';
import { category, near } from './search-fixture.js';

const CATEGORIES = ['Health visiting', 'Infant feeding support (including breastfeeding)', 'Midwife and maternity', 'Parent, baby and toddler groups', 'Early years language and learning', 'Domestic abuse'];
const WORDS = ['baby', 'group', 'family', 'feeding', 'support', 'play', 'health', 'visiting', 'parents', 'talk'];
const LANGUAGES = ['en', 'pl', 'ur', 'bsl'];

const documentArb = (id: number) =>
  fc.record({
    name: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
    summary: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(' ')),
    cats: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 2 }),
    languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 2 }),
    isFree: fc.boolean(),
    minimumAge: fc.integer({ min: 0, max: 10 }),
    span: fc.integer({ min: 0, max: 10 }),
    where: fc.option(fc.tuple(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: -8, max: 8, noNaN: true })), { nil: undefined }),
  }).map(({ cats, where, span, ...rest }): SearchDocument => ({
    id: `s${id}`,
    ...rest,
    maximumAge: rest.minimumAge + span,
    categories: cats.map(category),
    days: [],
    deliveryModes: ['inPerson'],
    positions: where ? [near(where[0], where[1])] : [],
  }));

const directoryArb = fc.integer({ min: 60, max: 400 }).chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => documentArb(i))));

const queryArb = fc.record({
  text: fc.constantFrom('', 'baby', 'fam', 'feeding support', 'group', 'health visit'),
  sort: fc.constantFrom(undefined, 'relevance', 'name', 'distance'),
  near: fc.boolean(),
  freeOnly: fc.boolean(),
  pageSize: fc.integer({ min: 1, max: 12 }),
  page: fc.integer({ min: 1, max: 6 }),
});

describe('search paging and facets (property)', () => {
  it('a page is the same slice of the full order, whatever the page size', async () => {
    await fc.assert(
      fc.asyncProperty(directoryArb, queryArb, async (documents, q) => {
        const index = createSearchIndex(documents);
        const base: SearchQuery = { text: q.text, ...(q.sort ? { sort: q.sort } : {}), ...(q.near ? { origin: near(0, 0) } : {}), freeOnly: q.freeOnly };
        // Every match in one full order: pages of 100 from a fresh index (a page that large is sorted whole).
        const full: string[] = [];
        const reference = createSearchIndex(documents);
        for (let page = 1; ; page++) {
          const results = await reference.search({ ...base, page, pageSize: 100 });
          full.push(...results.hits.map((hit) => hit.id));
          if (page >= results.pageCount) break;
        }
        const results = await index.search({ ...base, page: q.page, pageSize: q.pageSize });
        assert.equal(results.total, full.length);
        const page = Math.min(q.page, Math.max(1, Math.ceil(full.length / q.pageSize)));
        assert.equal(results.page, page);
        assert.deepEqual(results.hits.map((hit) => hit.id), full.slice((page - 1) * q.pageSize, page * q.pageSize));
      }),
      { numRuns: 60 },
    );
  });

  it('facet counts are what counting the services by hand gives', async () => {
    await fc.assert(
      fc.asyncProperty(directoryArb, fc.boolean(), async (documents, freeOnly) => {
        const results = await createSearchIndex(documents).search({ freeOnly });
        const kept = documents.filter((doc) => !freeOnly || doc.isFree);
        const tally = (keys: string[]) => keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});
        const ids = (doc: SearchDocument) => [...new Set((doc.categories ?? []).flatMap((c) => [c.id, ...(c.parentId ? [c.parentId] : [])]))];
        assert.deepEqual(results.facets.categories, tally(kept.flatMap(ids)));
        assert.deepEqual(results.facets.languages, tally(kept.flatMap((doc) => [...new Set(doc.languages ?? [])])));
        // The free-only facet counts every free service, whether or not the filter is on.
        assert.equal(results.facets.free, documents.filter((doc) => doc.isFree).length);
        const stages = results.facets.stages;
        assert.ok(Object.keys(stages).every((stage) => (AGE_STAGES as readonly string[]).includes(stage)));
        assert.ok(Object.values(stages).every((n) => n > 0 && n <= kept.length));
      }),
      { numRuns: 40 },
    );
  });
});
