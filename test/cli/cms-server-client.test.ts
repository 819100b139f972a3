/**
 * The CMS server driven by the real, unmodified contentful client: if these pass, SDK code
 * written against this server talks to cdn.contentful.com the same way.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CmsServer } from '../../packages/cli/src/cms-server/index.js';
import { BULK_COUNT, clientFor, startFixtureServer } from '../fixtures/cms-server/space.js';

type Fields = Record<string, unknown>;
type Linked = { sys: { id: string; type: string }; fields: Fields };

const ids = (items: ReadonlyArray<{ sys: { id: string } }>): string[] => items.map((item) => item.sys.id);

/** contentful-sdk-core puts the status and message into a JSON string; parse it back. */
async function rejection(promise: Promise<unknown>): Promise<{ name: string; status: number; message: string; details: unknown }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error);
    const data = JSON.parse(error.message) as { status: number; message: string; details: unknown };
    return { name: error.name, ...data };
  }
  assert.fail('expected the request to be rejected');
}

describe('CMS server with the contentful client', () => {
  let server: CmsServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  describe('entries and includes', () => {
    it('resolves single links, arrays of links and asset links through includes', async () => {
      const client = clientFor(server);
      const response = await client.getEntries({ content_type: 'service', 'sys.id': 'svc-feeding' });
      assert.equal(response.total, 1);
      const fields = response.items[0]?.fields as Fields;
      assert.equal((fields.organisation as Linked).fields.name, 'Riverside Family Hub');
      assert.deepEqual(
        (fields.locations as Linked[]).map((location) => location.fields.name),
        ['High Street Centre', "Park Children's Centre"],
      );
      const image = fields.image as Linked;
      assert.equal(image.sys.type, 'Asset');
      assert.equal((image.fields.file as { url: string }).url, '//images.ctfassets.net/fh-test-space/hub-photo/0123456789abcdef/hub.jpg');
    });

    it('reports missing and unpublished link targets as notResolvable errors and leaves the links unresolved', async () => {
      const client = clientFor(server);
      const response = await client.getEntries({ content_type: 'service', order: ['fields.rank'] });
      assert.deepEqual(ids(response.items), ['svc-play', 'svc-feeding', 'svc-orphan']);
      assert.deepEqual(response.errors, [
        { sys: { id: 'notResolvable', type: 'error' }, details: { type: 'Link', linkType: 'Entry', id: 'loc-draft' } },
        { sys: { id: 'notResolvable', type: 'error' }, details: { type: 'Link', linkType: 'Entry', id: 'org-missing' } },
      ]);
      const orphan = response.items[2]?.fields as Fields;
      assert.deepEqual(orphan.organisation, { sys: { type: 'Link', linkType: 'Entry', id: 'org-missing' } });
    });

    it('can drop unresolvable links client-side', async () => {
      const client = clientFor(server).withoutUnresolvableLinks;
      const entry = await client.getEntry('svc-play');
      assert.deepEqual(
        (entry.fields.locations as unknown as Linked[]).map((location) => location.sys.id),
        ['loc-park'],
      );
    });

    it('follows a link cycle A→B→A without duplicating entries', async () => {
      const client = clientFor(server);
      const response = await client.getEntries({ content_type: 'page', 'sys.id': 'page-a', include: 10 });
      const pageA = response.items[0] as unknown as Linked;
      const pageB = pageA.fields.related as Linked;
      assert.equal(pageB.fields.title, 'Page B');
      assert.equal(pageB.fields.related, pageA);
    });

    it('does not resolve links with include=0', async () => {
      const client = clientFor(server);
      const entry = await client.getEntry('svc-feeding', { include: 0 });
      assert.deepEqual(entry.fields.organisation, { sys: { type: 'Link', linkType: 'Entry', id: 'org-riverside' } });
    });

    it('never delivers omitted fields', async () => {
      const entry = await clientFor(server).getEntry('svc-feeding');
      assert.equal('internalNote' in entry.fields, false);
    });
  });

  describe('locales', () => {
    it('flattens fields to the requested locale and falls back along fallbackCode', async () => {
      const client = clientFor(server);
      const response = await client.getEntries({ content_type: 'service', locale: 'pl', order: ['fields.rank'] });
      const [play, feeding] = response.items;
      assert.equal(feeding?.sys.locale, 'pl');
      assert.equal(feeding?.fields.name, 'Wsparcie w karmieniu niemowląt');
      assert.equal(feeding?.fields.summary, 'Help with breastfeeding and bottle feeding.', 'summary falls back to en-GB');
      assert.equal(play?.fields.name, 'Stay and play', 'name falls back to en-GB');
      assert.equal(play?.fields.summary, 'Piosenki i zabawa dla dzieci do lat pięciu.');
      assert.equal(feeding?.fields.category, 'health', 'non-localized fields come from the default locale');
      const organisation = feeding?.fields.organisation as unknown as Linked;
      assert.equal(organisation.fields.name, 'Centrum Rodzinne Riverside', 'includes use the same locale');
    });

    it('serves the default locale when no locale is given', async () => {
      const entry = await clientFor(server).getEntry('svc-feeding');
      assert.equal(entry.sys.locale, 'en-GB');
      assert.equal(entry.fields.name, 'Infant feeding support');
    });

    it('keeps every locale with withAllLocales (locale=*)', async () => {
      const client = clientFor(server).withAllLocales;
      const entry = await client.getEntry('svc-feeding');
      assert.equal(entry.sys.locale, undefined);
      assert.deepEqual(entry.fields.name, { 'en-GB': 'Infant feeding support', pl: 'Wsparcie w karmieniu niemowląt' });
      assert.deepEqual(entry.fields.category, { 'en-GB': 'health' });
      const organisation = (entry.fields.organisation as unknown as Record<string, Linked>)['en-GB'];
      assert.deepEqual(organisation?.fields.name, { 'en-GB': 'Riverside Family Hub', pl: 'Centrum Rodzinne Riverside' });
    });

    it('rejects an unknown locale with BadRequest', async () => {
      const error = await rejection(clientFor(server).getEntries({ locale: 'xx' }));
      assert.equal(error.name, 'BadRequest');
      assert.equal(error.status, 400);
      assert.equal(error.message, 'Unknown locale: xx');
    });

    it('lists locales with their fallbacks', async () => {
      const locales = await clientFor(server).getLocales();
      assert.deepEqual(
        locales.items.map(({ code, default: isDefault, fallbackCode }) => ({ code, isDefault, fallbackCode })),
        [
          { code: 'en-GB', isDefault: true, fallbackCode: null },
          { code: 'pl', isDefault: false, fallbackCode: 'en-GB' },
        ],
      );
    });
  });

  describe('paging, order, select and filters', () => {
    it('pages past 1,000 entries with limit and skip', async () => {
      const client = clientFor(server);
      const first = await client.getEntries({ content_type: 'item', limit: 1000, order: ['fields.index'] });
      assert.equal(first.total, BULK_COUNT);
      assert.equal(first.items.length, 1000);
      assert.equal(first.limit, 1000);
      const second = await client.getEntries({ content_type: 'item', limit: 1000, skip: 1000, order: ['fields.index'] });
      assert.equal(second.items.length, BULK_COUNT - 1000);
      assert.equal(second.skip, 1000);
      assert.equal(second.items[0]?.fields.index, 1000);
      const all = new Set([...ids(first.items), ...ids(second.items)]);
      assert.equal(all.size, BULK_COUNT);
    });

    it('defaults to 100 entries per page and rejects a limit above 1000', async () => {
      const client = clientFor(server);
      const page = await client.getEntries({ content_type: 'item' });
      assert.equal(page.items.length, 100);
      assert.equal(page.limit, 100);
      const error = await rejection(client.getEntries({ content_type: 'item', limit: 1001 }));
      assert.equal(error.name, 'InvalidQuery');
      assert.equal(error.status, 400);
    });

    it('orders by sys and field properties, descending and with several keys', async () => {
      const client = clientFor(server);
      const newest = await client.getEntries({ content_type: 'service', order: ['-sys.createdAt'] });
      assert.deepEqual(ids(newest.items), ['svc-orphan', 'svc-play', 'svc-feeding']);
      const byIndex = await client.getEntries({ content_type: 'item', order: ['-fields.index'], limit: 2 });
      assert.deepEqual(ids(byIndex.items), ['item-1199', 'item-1198']);
      const multi = await client.getEntries({ content_type: 'service', order: ['fields.category', '-fields.rank'] });
      assert.deepEqual(ids(multi.items), ['svc-orphan', 'svc-feeding', 'svc-play']);
    });

    it('returns only the selected fields', async () => {
      const client = clientFor(server);
      const response = await client.getEntries({ content_type: 'service', select: ['fields.name'], order: ['sys.id'] });
      assert.equal(response.items.length, 3);
      for (const item of response.items) {
        assert.deepEqual(Object.keys(item.fields), ['name']);
        assert.equal(item.sys.type, 'Entry', 'contentful.js adds sys.id and sys.type to every select');
        assert.deepEqual(Object.keys(item.sys).sort(), ['id', 'type']);
      }
    });

    it('filters by content type, field equality, links and operators', async () => {
      const client = clientFor(server);
      const query = async (filters: Record<string, string | number>): Promise<string[]> =>
        ids((await client.getEntries({ content_type: 'service', order: ['sys.id'], ...filters })).items);
      assert.deepEqual(await query({ 'fields.category': 'health' }), ['svc-feeding']);
      assert.deepEqual(await query({ 'fields.tags': 'toddler' }), ['svc-play']);
      assert.deepEqual(await query({ 'fields.tags[in]': 'play,advice' }), ['svc-orphan', 'svc-play']);
      assert.deepEqual(await query({ 'fields.tags[all]': 'baby,feeding' }), ['svc-feeding']);
      assert.deepEqual(await query({ 'fields.organisation.sys.id': 'org-riverside' }), ['svc-feeding', 'svc-play']);
      assert.deepEqual(await query({ 'fields.locations.sys.id': 'loc-park' }), ['svc-feeding', 'svc-play']);
      assert.deepEqual(await query({ 'fields.image[exists]': 'true' }), ['svc-feeding']);
      assert.deepEqual(await query({ 'fields.name[match]': 'PLAY' }), ['svc-play']);
      assert.deepEqual(await query({ 'fields.rank[gte]': 2 }), ['svc-feeding', 'svc-orphan']);
      assert.deepEqual(await query({ 'sys.id[in]': 'svc-play,svc-orphan' }), ['svc-orphan', 'svc-play']);
      assert.deepEqual(await query({ 'sys.id[ne]': 'svc-play' }), ['svc-feeding', 'svc-orphan']);
      assert.deepEqual(await query({ 'metadata.tags.sys.id[in]': 'startForLife' }), ['svc-feeding']);
      assert.deepEqual(await query({ query: 'bottle' }), ['svc-feeding']);
      const linking = await client.getEntries({ links_to_entry: 'org-riverside', order: ['sys.id'] });
      assert.deepEqual(ids(linking.items), ['svc-feeding', 'svc-play']);
    });

    it('rejects field filters without content_type, as Contentful does', async () => {
      // contentful.js's types already forbid this query; send it anyway to check the server's answer.
      const query = { 'fields.category': 'health' } as unknown as { content_type: string };
      const error = await rejection(clientFor(server).getEntries(query));
      assert.equal(error.name, 'InvalidQuery');
      assert.deepEqual(error.details, {
        errors: [{ name: 'unknown', path: ['fields', 'category'], details: 'The path "fields.category" is not recognized' }],
      });
    });
  });

  describe('single resources, assets and content types', () => {
    it('gets one entry and rejects an unknown id with NotFound', async () => {
      const client = clientFor(server);
      const entry = await client.getEntry('org-riverside');
      assert.equal(entry.fields.website, 'https://riverside.example.org');
      await assert.rejects(client.getEntry('no-such-entry'), (error: Error & { sys?: { id: string } }) => {
        assert.equal(error.sys?.id, 'NotFound');
        return true;
      });
    });

    it('lists and gets published assets in a locale', async () => {
      const client = clientFor(server);
      const assets = await client.getAssets();
      assert.deepEqual(ids(assets.items), ['hub-photo']);
      const asset = await client.getAsset('hub-photo', { locale: 'pl' });
      assert.equal(asset.fields.title, 'Wejście do Centrum Rodzinnego Riverside');
      assert.equal(asset.fields.description, 'The front door of the hub', 'description falls back to en-GB');
      assert.equal(asset.fields.file?.contentType, 'image/jpeg');
      const images = await client.getAssets({ mimetype_group: 'image' });
      assert.equal(images.total, 1);
    });

    it('lists and gets content types without editor validations', async () => {
      const client = clientFor(server);
      const types = await client.getContentTypes();
      assert.deepEqual(ids(types.items), ['service', 'organisation', 'location', 'page', 'item']);
      const service = await client.getContentType('service');
      assert.equal(service.displayField, 'name');
      const category = service.fields.find((field) => field.id === 'category');
      assert.equal(category && 'validations' in category, false);
      const locations = service.fields.find((field) => field.id === 'locations');
      assert.equal(locations?.items?.linkType, 'Entry');
    });

    it('answers getSpace', async () => {
      const space = await clientFor(server).getSpace();
      assert.equal(space.sys.id, 'fh-test-space');
      assert.deepEqual(
        space.locales.map((locale) => locale.code),
        ['en-GB', 'pl'],
      );
    });
  });

  describe('tokens, spaces and environments', () => {
    it('hides drafts from delivery tokens and shows them to preview tokens', async () => {
      const delivery = clientFor(server);
      const preview = clientFor(server, { preview: true });
      const published = await delivery.getEntries({ content_type: 'service' });
      assert.equal(published.items.some((item) => item.sys.id === 'svc-draft'), false);
      await assert.rejects(delivery.getEntry('svc-draft'));
      const all = await preview.getEntries({ content_type: 'service', order: ['sys.id'] });
      assert.deepEqual(ids(all.items), ['svc-draft', 'svc-feeding', 'svc-orphan', 'svc-play']);
      const draft = await preview.getEntry('svc-draft');
      assert.equal(draft.fields.name, 'Baby massage (draft)');
      const play = await preview.getEntry('svc-play');
      assert.deepEqual(
        (play.fields.locations as unknown as Linked[]).map((location) => location.fields.name),
        ["Park Children's Centre", 'New library hub (draft)'],
        'the draft location resolves on preview',
      );
      const assets = await preview.getAssets();
      assert.equal(assets.total, 2);
    });

    it('rejects an unknown token with AccessTokenInvalid', async () => {
      const error = await rejection(clientFor(server, { accessToken: 'wrong' }).getEntries());
      assert.equal(error.name, 'AccessTokenInvalid');
      assert.equal(error.status, 401);
      assert.equal(error.message, 'The access token you sent could not be found or is invalid.');
    });

    it('answers NotFound for another space or environment', async () => {
      const space = await rejection(clientFor(server, { space: 'other-space' }).getEntries());
      assert.equal(space.name, 'NotFound');
      assert.equal(space.status, 404);
      const environment = await rejection(clientFor(server, { environment: 'staging' }).getEntries());
      assert.equal(environment.name, 'NotFound');
    });
  });
});
