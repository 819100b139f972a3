// Prebuilt views: `family-hubs pack` writes each widget's view resolved, one file per view and
// locale, and a page whose widget asks for that view (in that version) reads the manifest and that
// file alone, with no content type descriptions and no link resolution. Anything else (a query by
// id, another version, a pack without them) reads the entities as before, and a view file that is
// not what the manifest says is refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ContentSourceError,
  createContentClient,
  createPackSource,
  getEntity,
  helpRequestResolver,
  helpRequestView,
  programmeFinderResolver,
  programmeFinderView,
  registryOf,
  startForLifeOfferResolver,
  startForLifeOfferView,
  type ContentView,
  type ViewResolver,
} from '@family-hubs/content';
import { contentSetFromPack, leanPackFiles } from '@family-hubs/content/pack-builder';
import { samplePack } from '../support/clients.js';
import { PACK_BASE, packHost } from '../support/pack-host.js';

const BASE = PACK_BASE;

const host = (change?: (files: Map<string, string>) => void) => packHost(samplePack(), change);

type Manifest = { views: Record<string, Record<string, { path: string; version: number }>> };
const manifestOf = (files: Map<string, string>): Manifest => JSON.parse(files.get('manifest.json')!) as Manifest;

const VIEWS: readonly [ContentView<unknown>, ViewResolver<unknown>][] = [
  [startForLifeOfferView, startForLifeOfferResolver],
  [programmeFinderView, programmeFinderResolver],
  [helpRequestView, helpRequestResolver],
];

describe('prebuilt views in a lean pack', () => {
  it('writes each view per locale, as its resolver reads the validated entities, listed in the manifest with its version', () => {
    const files = leanPackFiles(samplePack());
    const { views } = manifestOf(files);
    assert.deepEqual(Object.keys(views).sort(), ['en-GB', 'pl']);
    for (const locale of ['en-GB', 'pl']) {
      const set = contentSetFromPack(samplePack(), locale);
      for (const [view, resolver] of VIEWS) {
        const listed = views[locale]![view.id]!;
        assert.equal(listed.version, view.prebuilt!.version, `${view.id} in ${locale}`);
        assert.match(listed.path, new RegExp(`^${locale}/view-${view.id}\\.json$`));
        const file = JSON.parse(files.get(listed.path)!) as { view: string; version: number; value: unknown };
        assert.equal(file.view, view.id);
        assert.deepEqual(file.value, JSON.parse(JSON.stringify(resolver.resolve(set))), `${view.id} in ${locale} is the resolved view`);
        assert.ok('value' in view.checkPrebuilt(file.value), `${view.id} in ${locale} matches its shape`);
      }
    }
    const polish = JSON.parse(files.get(views['pl']!['start-for-life-offer']!.path)!) as { value: { offer: { fieldLanguages: Record<string, string> } } };
    assert.equal(polish.value.offer.fieldLanguages['coProductionNote'], 'en-GB', 'the Polish view says which fields fall back to English');
  });

  it('answers a widget’s view with its prebuilt file: two requests, no entities, no descriptions needed', async () => {
    const { asked, source } = host();
    let registryAsked = false;
    const query = { ...startForLifeOfferView.query('en-GB'), registry: () => ((registryAsked = true), registryOf(startForLifeOfferView.query('en-GB'))) };
    const result = await source.load(query);
    assert.deepEqual(asked, ['manifest.json', 'en-GB/view-start-for-life-offer.json']);
    assert.equal(registryAsked, false, 'the view’s descriptions are not loaded');
    assert.equal(result.prebuilt?.view, 'start-for-life-offer');
    assert.deepEqual(result.set.entities, {});
    const checked = startForLifeOfferView.checkPrebuilt(result.prebuilt?.value);
    assert.ok('value' in checked);
    assert.equal(checked.value.site?.councilName, 'Northshire Council');
    assert.ok(checked.value.offer.sections.length > 0);
  });

  it('serves a page language the pack lacks from the default locale’s view, and Polish from its own', async () => {
    const { asked, source } = host();
    await source.load(startForLifeOfferView.query('pl-PL'));
    await source.load(startForLifeOfferView.query('cy'));
    assert.deepEqual(asked, ['manifest.json', 'pl/view-start-for-life-offer.json', 'en-GB/view-start-for-life-offer.json']);
  });

  it('reads the entities for a query by id, for another version of the view, and for a pack without prebuilt views', async () => {
    const byId = host();
    const offerId = Object.keys(contentSetFromPack(samplePack()).entities.startForLifeOffer ?? {})[0]!;
    const some = await byId.source.load(startForLifeOfferView.query('en-GB', [offerId]));
    assert.equal(some.prebuilt, undefined);
    assert.ok(getEntity(some.set, 'startForLifeOffer', offerId));
    assert.ok(byId.asked.includes('en-GB/startForLifeOffer.json'));

    const other = host();
    const query = startForLifeOfferView.query('en-GB');
    const result = await other.source.load({ ...query, view: { id: 'start-for-life-offer', version: 99 } });
    assert.equal(result.prebuilt, undefined);
    assert.ok(getEntity(result.set, 'startForLifeOffer', offerId), 'another version reads the entities');
    assert.ok(!other.asked.some((path) => path.includes('view-')), 'and never fetches a view file');

    const older = host((files) => {
      const { views: _views, ...manifest } = manifestOf(files);
      files.set('manifest.json', JSON.stringify(manifest));
    });
    const fromEntities = await older.source.load(query);
    assert.equal(fromEntities.prebuilt, undefined);
    assert.equal(startForLifeOfferResolver.resolve(fromEntities.set)?.offer.id, offerId, 'the widget resolves the entities itself');
  });

  it('refuses a view file that is another view’s, or not a view file at all', async () => {
    for (const broken of [{ view: 'help-request', version: 1, value: {} }, ['not', 'a', 'view']]) {
      const { source } = host((files) => files.set(manifestOf(files).views['en-GB']!['start-for-life-offer']!.path, JSON.stringify(broken)));
      await assert.rejects(source.load(startForLifeOfferView.query('en-GB')), (error: unknown) => error instanceof ContentSourceError && error.kind === 'invalid-response' && /not that view's file/.test(error.message));
    }
  });

  it('reads the entities when the manifest lists a view file the host does not have (404)', async () => {
    const { source, asked, files } = host((pack) => pack.delete(manifestOf(pack).views['en-GB']!['start-for-life-offer']!.path));
    const result = await source.load(startForLifeOfferView.query('en-GB'));
    assert.equal(result.prebuilt, undefined, 'no prebuilt value');
    assert.ok(asked.includes(manifestOf(files).views['en-GB']!['start-for-life-offer']!.path), 'the view file was asked for');
    const offerId = Object.keys(contentSetFromPack(samplePack()).entities.startForLifeOffer ?? {})[0]!;
    assert.equal(startForLifeOfferResolver.resolve(result.set)?.offer.id, offerId, 'the offer is there, from its entities');
  });

  it('fails a load whose view file cannot be downloaded, as for any pack file, and asks for it again on the next load', async () => {
    let down = false;
    const { asked, files } = host();
    const path = manifestOf(files).views['en-GB']!['start-for-life-offer']!.path;
    const fetchImpl: typeof fetch = (input) => {
      const url = new URL(input instanceof Request ? input.url : input.toString()).href.slice(BASE.length);
      asked.push(url);
      if (down && url === path) return Promise.resolve(new Response('Bad gateway', { status: 502 }));
      return Promise.resolve(new Response(files.get(url), { headers: { 'content-type': 'application/json' } }));
    };
    down = true;
    const client = createContentClient({ source: createPackSource({ url: `${BASE}manifest.json`, fetch: fetchImpl }) });
    await assert.rejects(client.load(startForLifeOfferView.query('en-GB')), (error: unknown) => error instanceof ContentSourceError && error.kind === 'server');
    down = false;
    const snapshot = await client.load(startForLifeOfferView.query('en-GB'));
    assert.equal(snapshot.prebuilt?.view, 'start-for-life-offer');
    assert.equal(asked.filter((url) => url === path).length, 2, 'the failed file is asked for again');
  });
});

describe('views and their resolvers', () => {
  it('query the root types their resolvers validate', async () => {
    for (const [view, resolver] of VIEWS) {
      const registry = await registryOf(view.query('en-GB'));
      assert.equal(registry, resolver.registry, `${view.id} loads its resolver's registry`);
      for (const type of view.types) assert.ok(Object.hasOwn(resolver.registry, type), `${view.id} validates its root type ${type}`);
      assert.equal(await view.resolver(), resolver);
    }
  });
});
