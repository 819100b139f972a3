// A content set's services as search documents: the sample council's space, validated as a page
// would, then searched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, fallbackChain, getEntity, listEntities, serviceSearchResolver } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { rawEntriesFromExport } from '@family-hubs/content/pack-builder';
import { createSearchIndex } from '@family-hubs/content/search';
import { readSpaceFile, SAMPLE_SPACE_FILE } from '../../packages/cli/src/space-connection.js';

const space = await readSpaceFile(SAMPLE_SPACE_FILE);
const { set } = buildContentSet(rawEntriesFromExport(space.entries, fallbackChain('en-GB', space.locales)), { locale: 'en-GB', registry: contentModel });
// The documents the widget builds its index from: the service search view's.
const documents = serviceSearchResolver.resolve(set)!.documents;

describe('search documents of the service search view', () => {
  it('has every service a family can find, and none that are inactive', () => {
    const services = listEntities(set, 'service');
    assert.ok(services.some((s) => s.status === 'inactive'), 'the sample has an inactive service');
    assert.deepEqual(documents.map((doc) => doc.id).sort(), services.filter((s) => s.status !== 'inactive').map((s) => s.id).sort());
  });

  it('resolves categories with labels and parents, organisations, days and venues', () => {
    for (const doc of documents) {
      const service = getEntity(set, 'service', doc.id)!;
      assert.equal(doc.categories.length, service.categories.length, doc.id);
      for (const category of doc.categories) {
        const term = getEntity(set, 'taxonomyTerm', category.id)!;
        assert.equal(category.label, term.name);
        assert.equal(category.parentId, term.parent);
      }
      assert.equal(doc.organisation, getEntity(set, 'organisation', service.organisation)?.name);
      assert.ok(doc.days.every((day) => /^(MO|TU|WE|TH|FR|SA|SU)$/.test(day)));
    }
    assert.ok(documents.some((doc) => doc.positions.length > 0 && doc.days.length > 0));
  });

  it('blurs the position of a venue whose exact address is hidden', () => {
    const hidden = listEntities(set, 'location').filter((location) => location.hideExactAddress && location.position);
    assert.ok(hidden.length > 0, 'the sample has a sensitive venue');
    const exact = new Set(hidden.map((location) => `${location.position!.lat},${location.position!.lon}`));
    for (const doc of documents) {
      for (const position of doc.positions) {
        assert.ok(!exact.has(`${position.lat},${position.lon}`) || (Number.isInteger(position.lat * 100) && Number.isInteger(position.lon * 100)), doc.id);
      }
    }
  });

  it('feeds an index that finds the sample services', () => {
    const index = createSearchIndex(documents);
    assert.deepEqual(index.issues, []);
    const someone = documents[0]!;
    assert.ok(index.searchNow({ text: someone.name }).hits.slice(0, 3).some((hit) => hit.id === someone.id));
  });
});
