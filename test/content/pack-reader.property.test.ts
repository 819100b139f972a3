/**
 * The pack reader against arbitrary input (property): whatever a host serves in place of a pack,
 * its manifest or one of its files, nothing but a typed ContentSourceError escapes; and each
 * malformed entity in an otherwise good pack (not an object, no usable id, or fields whose shape
 * is broken) yields exactly one issue while the rest still show. The browser checks a pack's
 * shape, not its rules (the builder validated those), so the shapes are what is varied here.
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

  it('each service whose fields have a broken shape (a required one missing, a value of the wrong kind) yields exactly one issue, and the good ones still show', async () => {
    const good = pack.content['en-GB']!.entities.service ?? [];
    const template = good[0]! as unknown as Record<string, unknown>;
    /** A value of the wrong kind for a field: never a string for a list, never a list for a string… */
    const wrongFor: Record<string, fc.Arbitrary<unknown>> = {
      name: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { minLength: 1 }), fc.object()),
      summary: fc.oneof(fc.integer(), fc.boolean(), fc.constant({ text: 'x' })),
      status: fc.oneof(fc.constant('closed-for-good'), fc.integer(), fc.constant(['active'])),
      categories: fc.oneof(fc.string({ minLength: 1 }), fc.constant([5]), fc.constant([{ id: 'tax-health' }]), fc.constant({ 0: 'tax-health' })),
      minimumAge: fc.oneof(fc.constant('2'), fc.constant(Number.NaN), fc.boolean()),
      isFree: fc.oneof(fc.constant('yes'), fc.constant(1)),
      // Text where rich text belongs (a blank one is no value at all, so not a wrong kind: the field is optional).
      description: fc.oneof(fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''), fc.constant({ type: 'document' }), fc.constant({ nodeType: 'document', content: [] })),
      lastChecked: fc.oneof(fc.integer(), fc.constant(true)),
    };
    const required = ['name', 'summary', 'status', 'categories', 'lastChecked'];
    const broken = fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(
      fc.constantFrom(...Object.keys(wrongFor)).chain((field) => wrongFor[field]!.map((value) => ({ [field]: value }))),
      fc.constantFrom(...required).map((field) => ({ [field]: undefined })),
    ), fc.boolean()).map(([suffix, change, twice]) => ({ ...template, ...change, ...(twice ? { isFree: 'no' } : {}), id: `broken-${suffix}` }));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(broken, { minLength: 1, maxLength: 5, selector: (entity) => entity.id }), async (bad) => {
        const edited = { ...pack, content: { ...pack.content, 'en-GB': { ...pack.content['en-GB']!, entities: { ...pack.content['en-GB']!.entities, service: [...good, ...bad] } } } };
        const { set, issues } = await createPackSource({ pack: edited }).load(query);
        assert.deepEqual(listEntities(set, 'service').map((s) => s.id), ['s1', 's2']);
        for (const entity of bad) {
          const about = issues.filter((issue) => issue.entryId === entity.id);
          assert.equal(about.length, 1, `one issue for ${entity.id}`);
          assert.equal(about[0]!.code, 'invalid-entity');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
