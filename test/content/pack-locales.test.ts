import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPackSource, fieldLocale, getEntity } from '@family-hubs/content';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { contentModel } from '@family-hubs/content/model';

describe('content pack locales', () => {
  const space = buildSpace([healthTerm, { ...serviceSpec('s1', { name: 'Baby massage' }), pl: { name: 'Masaż niemowląt' } }, serviceSpec('s2', { name: 'Stay and Play' })]);
  const pack = packFromSpaceExport(space, { source: { kind: 'other' } });

  it('serves each locale with fallback, and says which translated fields fell back after a JSON round trip', async () => {
    const source = createPackSource({ pack: JSON.parse(JSON.stringify(pack)) as unknown });
    const { set } = await source.load({ registry: contentModel, types: ['service'], locale: 'pl' });
    assert.equal(getEntity(set, 'service', 's1')!.name, 'Masaż niemowląt');
    assert.equal(getEntity(set, 'service', 's2')!.name, 'Stay and Play');
    assert.equal(fieldLocale(set, 's2', 'name'), 'en-GB');
    assert.equal(fieldLocale(set, 's1', 'name'), undefined);
    assert.equal(fieldLocale(set, 's1', 'summary'), 'en-GB');
  });

  it('ignores fallback markers a hand-edited pack puts on fields that are not translated', async () => {
    const edited = JSON.parse(JSON.stringify(pack)) as { content: { pl: { fieldLocales: Record<string, Record<string, unknown>> } } };
    edited.content.pl.fieldLocales['s2'] = { status: 'en-GB', name: 42 };
    const { set } = await createPackSource({ pack: edited }).load({ registry: contentModel, types: ['service'], locale: 'pl' });
    assert.equal(fieldLocale(set, 's2', 'status'), undefined);
    assert.equal(fieldLocale(set, 's2', 'name'), undefined);
  });
});
