import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, createPackSource, serviceSearchResolver, serviceSearchView, type RawEntry } from '@family-hubs/content';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import sampleSpace from '../../packages/cli/sample/space.json' with { type: 'json' };
import { doc, link } from '../support/space-builder.js';

const raw = (id: string, contentType: string, fields: Record<string, unknown>): RawEntry => ({ id, contentType, fields });

function resolve(entries: RawEntry[]) {
  const { set } = buildContentSet(entries, { locale: 'en-GB', registry: serviceSearchResolver.registry });
  return serviceSearchResolver.resolve(set);
}

const health = raw('tax-health', 'taxonomyTerm', { name: 'Health' });
const visiting = raw('tax-hv', 'taxonomyTerm', { name: 'Health visiting', parent: link('tax-health') });
const refuge = raw('loc-refuge', 'location', { name: 'Safe house', postcode: 'NS4 9XY', addressLine1: '1 Secret Road', position: { lat: 53.123456, lon: -1.987654 }, hideExactAddress: true });
const hub = raw('loc-hub', 'location', { name: 'Riverside', postcode: 'NS1 4AB', addressLine1: '2 River Street', position: { lat: 53.5, lon: -1.5 } });
const tuesday = raw('sch-tu', 'schedule', { freq: 'WEEKLY', byday: ['TU'], opensAt: '10:00', closesAt: '11:30' });
const lastFriday = raw('sch-fr', 'schedule', { freq: 'MONTHLY', byday: ['-1FR'] });
const base = { summary: 'Help', status: 'active', categories: [link('tax-hv')], lastChecked: '2026-10-01' };

describe('service search view', () => {
  it('resolves the sample council: every visible service once, with its search document, hubs and categories', async () => {
    const pack = packFromSpaceExport(sampleSpace, { published: true });
    const { set } = await createPackSource({ pack, key: 'sample' }).load(serviceSearchView.query('en-GB'));
    const content = serviceSearchResolver.resolve(set);
    assert.ok(content);
    const inactive = Object.values(set.entities.service ?? {}).filter((s) => s.status === 'inactive');
    assert.equal(content.services.length, Object.keys(set.entities.service ?? {}).length - inactive.length);
    assert.ok(inactive.every((s) => !content.byId.has(s.id)), 'inactive services are never shown');
    assert.deepEqual(content.documents.map((d) => d.id), content.services.map((s) => s.id));
    assert.ok(content.hubs.length > 0 && content.hubs.every((h) => h.venue?.position), 'hubs carry a position for "nearest"');
    const top = content.categories.map((group) => group.label);
    assert.ok(top.includes('Health'), `top-level groups: ${top.join(', ')}`);
    assert.ok(content.categories.every((group) => group.children.every((child) => child.parentId === group.id)));
  });

  it('never lets a sensitive venue out with its street address or exact position', () => {
    const content = resolve([health, visiting, refuge, raw('sal-1', 'serviceAtLocation', { location: link('loc-refuge') }), raw('s-da', 'service', { ...base, name: 'Refuge outreach', locations: [link('sal-1')] })]);
    const venue = content?.services[0]?.venues[0]?.venue;
    assert.deepEqual(
      { address: venue?.address, area: venue?.area, position: venue?.position, sensitive: venue?.sensitive },
      { address: 'NS4', area: 'NS4', position: { lat: 53.12, lon: -1.99 }, sensitive: true },
    );
    assert.equal(venue?.name, 'NS4', 'a refuge’s name can give it away too');
    assert.ok(!JSON.stringify(content).includes('Secret Road'));
    assert.ok(!JSON.stringify(content).includes('Safe house'));
    assert.deepEqual(content?.documents[0]?.positions, [{ lat: 53.12, lon: -1.99 }]);
  });

  it('reads days from every schedule, counts no price as free, and reads DfE 127 as 25', () => {
    const content = resolve([
      health,
      visiting,
      hub,
      tuesday,
      lastFriday,
      raw('sal-1', 'serviceAtLocation', { location: link('loc-hub'), schedules: [link('sch-tu')] }),
      raw('s-1', 'service', { ...base, name: 'Young carers', maximumAge: 127, locations: [link('sal-1')], schedules: [link('sch-fr')], description: doc('Plain words here.') }),
      raw('cost-1', 'costOption', { option: 'Per session', amount: 3 }),
      raw('s-2', 'service', { ...base, name: 'Baby swim', costOptions: [link('cost-1')] }),
    ]);
    const [swim, carers] = content!.services;
    assert.equal(carers?.maximumAge, 25);
    assert.equal(carers?.isFree, true);
    assert.equal(swim?.isFree, false);
    assert.deepEqual(content!.byId.get('s-1')?.categories, [{ id: 'tax-hv', label: 'Health visiting', parentId: 'tax-health', parentLabel: 'Health' }]);
    const carersDoc = content!.documents.find((d) => d.id === 's-1');
    assert.deepEqual([...(carersDoc?.days ?? [])].sort(), ['FR', 'TU']);
    assert.equal(carersDoc?.description, 'Plain words here.');
    assert.deepEqual(carersDoc?.positions, [{ lat: 53.5, lon: -1.5 }]);
  });

  it('carries the bank holidays, adjusted by the site settings, for "next session"', () => {
    const content = resolve([health, visiting, raw('s-1', 'service', { ...base, name: 'Baby swim' }), raw('site', 'siteSettings', { councilName: 'Northshire', closedDates: ['2026-12-24'], openDates: ['2026-12-28'] })]);
    assert.equal(content?.holidays.isClosed('2026-12-24'), true, 'an extra closure from the CMS');
    assert.equal(content?.holidays.isClosed('2026-12-25'), true, 'Christmas Day');
    assert.equal(content?.holidays.isClosed('2026-12-28'), false, 'a bank holiday the council opens on');
  });

  it('has nothing to show when the set has no services and no hubs', () => {
    assert.equal(resolve([health]), undefined);
  });
});
