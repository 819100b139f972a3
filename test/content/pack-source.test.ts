// The pack source: the lean layout (a manifest and a file per locale and type), reading only what a
// query asks for, and bad pack content reported rather than thrown or dropped in silence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ContentSourceError, createPackSource, getEntity, listEntities, type ContentQuery } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { leanPackFiles, packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { packHost } from '../support/pack-host.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';

const space = buildSpace([healthTerm, { ...serviceSpec('s1', { name: 'Baby massage' }), pl: { name: 'Masaż niemowląt' } }, serviceSpec('s2'), { id: 'site', type: 'siteSettings', fields: { councilName: 'Northshire' } }]);
const pack = packFromSpaceExport(space, { generatedAt: '2026-11-30T09:00:00.000Z' });

const host = (change?: (files: Map<string, string>) => void) => packHost(pack, change);

const siteOnly: ContentQuery = { registry: { siteSettings: contentModel.siteSettings }, types: ['siteSettings'], locale: 'en-GB' };

describe('pack source', () => {
  it('reads the manifest and only the files of the types the query validates, in its locale', async () => {
    const { asked, source } = host();
    const { set, fetchedAt } = await source.load(siteOnly);
    assert.equal(getEntity(set, 'siteSettings', 'site')?.councilName, 'Northshire');
    assert.deepEqual(listEntities(set, 'service'), [], 'services are not part of this query');
    assert.deepEqual(asked, ['manifest.json', 'en-GB/siteSettings.json']);
    assert.equal(fetchedAt, '2026-11-30T09:00:00.000Z');

    await source.load({ registry: { service: contentModel.service }, types: ['service'], locale: 'pl' });
    assert.deepEqual(asked.slice(2), ['pl/service.json'], 'the manifest is read once; Polish comes from its own file');
  });

  it('keeps editors’ findings out of the files a page reads', () => {
    const files = leanPackFiles(packFromSpaceExport(buildSpace([healthTerm, serviceSpec('bad', { status: 'closed-forever' })])));
    const report = JSON.parse(files.get('report.json')!) as { issues: { entryId: string }[] };
    assert.ok(report.issues.some((issue) => issue.entryId === 'bad'));
    for (const [path, text] of files) if (path !== 'report.json') assert.doesNotMatch(text, /closed-forever|"issues"/, path);
  });

  it('refuses a manifest that names a file outside its folder, so a page never fetches from elsewhere', async () => {
    const { asked, source } = host((files) => {
      const manifest = JSON.parse(files.get('manifest.json')!) as { files: Record<string, { types: Record<string, { path: string }> }> };
      manifest.files['en-GB']!.types['siteSettings']!.path = 'https://tracker.example/x.json';
      files.set('manifest.json', JSON.stringify(manifest));
    });
    await assert.rejects(source.load(siteOnly), (error: unknown) => error instanceof ContentSourceError && error.kind === 'invalid-response' && /outside its folder/.test(error.message));
    assert.deepEqual(asked, ['manifest.json']);
  });

  it('says a pack of another version needs rebuilding', async () => {
    const { source } = host((files) => files.set('manifest.json', files.get('manifest.json')!.replace('"manifestVersion":1', '"manifestVersion":9')));
    await assert.rejects(source.load(siteOnly), /manifest version 9.*Rebuild the pack/);
  });

  it('reports a type file that is not a pack file as an invalid response', async () => {
    const { source } = host((files) => files.set('en-GB/siteSettings.json', '<html>maintenance</html>'));
    await assert.rejects(source.load(siteOnly), (error: unknown) => error instanceof ContentSourceError && error.kind === 'invalid-response');
  });

  it('reports each malformed entity once and shows the rest: null, a string, no id, __proto__, a duplicate id', async () => {
    const { source } = host((files) => {
      const file = JSON.parse(files.get('en-GB/service.json')!) as { entities: unknown[] };
      const s1 = file.entities[0] as Record<string, unknown>;
      file.entities.push(null, 'a service', { ...s1, id: undefined }, { ...s1, id: '__proto__' }, { ...s1, name: 'A copy' });
      files.set('en-GB/service.json', JSON.stringify(file));
    });
    const { set, issues } = await source.load({ registry: { service: contentModel.service }, types: ['service'], locale: 'en-GB' });
    assert.deepEqual(listEntities(set, 'service').map((s) => s.id), ['s1', 's2'], 'the two good services are shown');
    assert.equal(getEntity(set, 'service', 's1')?.name, 'Baby massage', 'the first valid copy is kept');
    assert.equal(Object.getPrototypeOf(set.entities.service), Object.prototype, '__proto__ rewrote nothing');
    const codes = issues.map((issue) => issue.code).sort();
    assert.deepEqual(codes, ['duplicate-entry', 'invalid-entity', 'invalid-entity', 'invalid-entity', 'invalid-entity']);
  });

  it('checks each entity for shape, not for the rules the builder already applied, and names the broken fields', async () => {
    const { source } = host((files) => {
      const file = JSON.parse(files.get('en-GB/service.json')!) as { entities: Record<string, unknown>[] };
      const s1 = file.entities[0]!;
      file.entities.push(
        { ...s1, id: 'too-long', name: 'x'.repeat(300) },
        { ...s1, id: 'wrong-kind', name: 42, categories: 'tax-health' },
        { ...s1, id: 'no-status', status: undefined },
      );
      files.set('en-GB/service.json', JSON.stringify(file));
    });
    const { set, issues } = await source.load({ registry: { service: contentModel.service }, types: ['service'], locale: 'en-GB' });
    assert.equal(getEntity(set, 'service', 'too-long')?.name.length, 300, 'a rule (length) is the builder’s: the shape is right, so it shows');
    assert.equal(getEntity(set, 'service', 'wrong-kind'), undefined);
    assert.equal(getEntity(set, 'service', 'no-status'), undefined);
    const wrongKind = issues.filter((issue) => issue.entryId === 'wrong-kind');
    assert.equal(wrongKind.length, 1);
    assert.match(wrongKind[0]!.message, /"Name", "Categories" missing or of the wrong kind.*family-hubs pack/);
    assert.match(issues.find((issue) => issue.entryId === 'no-status')!.message, /"Status"/);
  });

  it('refuses a single-file pack of another schema version, saying to rebuild it', async () => {
    await assert.rejects(createPackSource({ pack: { ...pack, schemaVersion: 2 } }).load(siteOnly), (error: unknown) => error instanceof ContentSourceError && /schema version 2.*Rebuild the pack/.test(error.message));
  });

  it('drops malformed issues in a single-file pack instead of failing the load', async () => {
    const source = createPackSource({ pack: { ...pack, issues: [null, 'junk', { entryId: 1 }, ...pack.issues] } });
    const { issues } = await source.load(siteOnly);
    assert.ok(issues.every((issue) => typeof issue.message === 'string'));
  });
});
