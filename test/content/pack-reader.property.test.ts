/**
 * The pack reader against arbitrary input (property): whatever a host serves in place of a pack,
 * its manifest or one of its files, nothing but a typed ContentSourceError escapes; and each
 * malformed entity in an otherwise good pack yields exactly one issue while the rest still show.
 * Runs: FH_PROPERTY_RUNS, else 1,000 with CI=true and 200 locally.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ContentSourceError, createPackSource, listEntities, type ContentQuery } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { leanPackFiles, packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';

const RUNS = Number(process.env['FH_PROPERTY_RUNS'] ?? (process.env['CI'] === 'true' ? 1000 : 200));
const BASE = 'https://council.example/pack/';
const query: ContentQuery = { registry: { service: contentModel.service, siteSettings: contentModel.siteSettings }, types: ['service', 'siteSettings'], locale: 'en-GB' };
const pack = packFromSpaceExport(buildSpace([healthTerm, serviceSpec('s1'), serviceSpec('s2'), { id: 'site', type: 'siteSettings', fields: { councilName: 'Northshire' } }]));
const files = leanPackFiles(pack);

/** Anything a broken host might answer: JSON of any shape, HTML, truncated text. */
const body = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom('<!doctype html><title>Maintenance</title>', '', '{"format":', 'null', '[]'),
  fc.string(),
);

/** Pack-ish objects: the right envelope with arbitrary parts, so validation goes deep. */
const packLike = fc.record({
  format: fc.constantFrom('family-hubs-content-pack', 'family-hubs-content-pack-manifest', 'other'),
  schemaVersion: fc.constantFrom(1, 2, '1'),
  manifestVersion: fc.constantFrom(1, 0),
  generatedAt: fc.constantFrom('2026-11-30T09:00:00.000Z', 5),
  source: fc.constantFrom({ kind: 'other' }, null),
  defaultLocale: fc.constantFrom('en-GB', 'xx'),
  locales: fc.constantFrom([{ code: 'en-GB', fallbackCode: null }], [], null),
  content: fc.dictionary(fc.constantFrom('en-GB', 'pl', '__proto__'), fc.record({ entities: fc.dictionary(fc.constantFrom('service', 'siteSettings', 'x'), fc.array(fc.anything())), assets: fc.array(fc.anything()) })),
  files: fc.dictionary(fc.constantFrom('en-GB', '__proto__'), fc.record({ types: fc.dictionary(fc.constantFrom('service', 'siteSettings'), fc.record({ path: fc.constantFrom('en-GB/service.json', '../x.json', 'https://elsewhere.example/a.json', 5), count: fc.nat() })) })),
  issues: fc.array(fc.anything()),
});

async function loadsOrFailsTyped(load: () => Promise<unknown>): Promise<void> {
  try {
    await load();
  } catch (error) {
    assert.ok(error instanceof ContentSourceError, `escaped: ${String(error)}`);
  }
}

describe('pack reader (property)', () => {
  it('a single-file pack of any shape loads or fails with a ContentSourceError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(packLike, fc.anything()), (document) => loadsOrFailsTyped(() => createPackSource({ pack: document }).load(query))),
      { numRuns: RUNS },
    );
  });

  it('a lean pack whose manifest or any file is replaced by anything loads or fails with a ContentSourceError', async () => {
    const paths = [...files.keys()];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.oneof(body, packLike.map((value) => JSON.stringify(value))), async (path, text) => {
        const served = new Map(files).set(path, text);
        const fetchImpl: typeof fetch = (input) => {
          const url = input instanceof Request ? input.url : input.toString();
          const found = url.startsWith(BASE) ? served.get(url.slice(BASE.length)) : undefined;
          return Promise.resolve(found === undefined ? new Response('', { status: 404 }) : new Response(found));
        };
        await loadsOrFailsTyped(() => createPackSource({ url: `${BASE}manifest.json`, fetch: fetchImpl }).load(query));
      }),
      { numRuns: RUNS },
    );
  });

  it('each malformed service in a good pack yields exactly one issue, and the good ones still show', async () => {
    const malformed = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.anything(), { maxLength: 2 }), fc.record({ name: fc.string() }), fc.constant({ id: '__proto__', name: 'x' }));
    await fc.assert(
      fc.asyncProperty(fc.array(malformed, { minLength: 1, maxLength: 6 }), async (bad) => {
        const good = pack.content['en-GB']!.entities.service ?? [];
        const edited = { ...pack, content: { ...pack.content, 'en-GB': { ...pack.content['en-GB']!, entities: { ...pack.content['en-GB']!.entities, service: [...good, ...bad] } } } };
        const { set, issues } = await createPackSource({ pack: edited }).load(query);
        assert.deepEqual(listEntities(set, 'service').map((s) => s.id), ['s1', 's2']);
        const about = issues.filter((issue) => issue.contentType === 'service' && issue.code === 'invalid-entity');
        assert.equal(about.length, bad.length);
      }),
      { numRuns: RUNS },
    );
  });
});
