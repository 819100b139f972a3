import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildContentSet, checkOfferCompleteness, DFE_TAXONOMY, fallbackChain, flattenFields, isOverdueForCheck, OFFER_CATEGORIES, resolveOffer, taxonomyTermId, type RawEntry } from '@family-hubs/content';
import { validateEntry } from '@family-hubs/content/model-definition';
import type { ExportEntry, SpaceExport } from '../../packages/cli/src/cms-server/index.js';
import {
  buildInvalidSpace,
  buildSampleSpace,
  encodeEntry,
  generateSyntheticSpace,
  INVALID_ENTRIES,
  serialiseSpace,
  toExportEntry,
  VALID_ENTRY_IDS,
} from '../../packages/cli/src/sample/index.js';
import { northshireEntries } from '../../packages/cli/src/sample/council/index.js';
import { doc, p, b, a, h2, ul } from '../../packages/cli/src/sample/rich-text.js';
import { SAMPLE_FILES } from '../../packages/cli/src/sample/write.js';
import { contentModel, isContentTypeId } from '@family-hubs/content/model';

const space = buildSampleSpace();
const REFERENCE_DATE = new Date('2026-11-23T12:00:00Z');

/** An entry flattened to one locale, as a source hands it to the SDK. */
function raw(entry: ExportEntry, chain: readonly string[] = ['en-GB']): RawEntry {
  return { id: entry.sys.id, contentType: entry.sys.contentType.sys.id, fields: flattenFields(entry.fields, chain).fields };
}

function entriesOf(exported: SpaceExport, type: string): ExportEntry[] {
  return exported.entries.filter((entry) => entry.sys.contentType.sys.id === type);
}

const en = (entry: ExportEntry, field: string) => entry.fields[field]?.['en-GB'];
const published = (entry: ExportEntry) => typeof entry.sys.publishedVersion === 'number';

describe('committed sample files', () => {
  it('space.json is exactly what the generator writes (run packages/cli/src/sample/write.ts after changes)', async () => {
    assert.equal(await readFile(SAMPLE_FILES.space, 'utf8'), serialiseSpace(buildSampleSpace()));
  });

  it('invalid-space.json is exactly what the generator writes', async () => {
    assert.equal(await readFile(SAMPLE_FILES.invalid, 'utf8'), serialiseSpace(buildInvalidSpace()));
  });

  it('is deterministic: two builds serialise identically', () => {
    assert.equal(serialiseSpace(buildSampleSpace()), serialiseSpace(space));
  });
});

describe('Northshire sample space', () => {
  it('every entry validates against the model in en-GB, with no errors', () => {
    for (const entry of space.entries) {
      const type = entry.sys.contentType.sys.id;
      assert.ok(isContentTypeId(type), `${entry.sys.id}: unknown content type ${type}`);
      const flat: RawEntry = { id: entry.sys.id, contentType: type, fields: Object.fromEntries(Object.entries(entry.fields).map(([id, values]) => [id, values['en-GB']])) };
      const result = validateEntry(contentModel[type], flat, 'en-GB');
      assert.deepEqual(result.issues, [], `${entry.sys.id} has issues`);
      assert.ok(result.ok);
    }
  });

  it('every entry validates in Polish (with fallback) and every link resolves', () => {
    for (const locale of ['en-GB', 'pl']) {
      const chain = fallbackChain(locale, space.locales);
      const built = buildContentSet(space.entries.map((entry) => raw(entry, chain)), { registry: contentModel, locale });
      assert.deepEqual(built.issues, [], `${locale} issues`);
      assert.equal(built.rejected.size, 0);
    }
  });

  it('links still resolve with only published entries (what the Delivery API serves)', () => {
    const built = buildContentSet(space.entries.filter(published).map((entry) => raw(entry)), { registry: contentModel, locale: 'en-GB' });
    assert.deepEqual(built.issues, []);
  });

  it('round-trips: every typed sample entity, exported and validated, comes back unchanged', () => {
    const byId = new Map(space.entries.map((entry) => [entry.sys.id, entry]));
    for (const { entity } of northshireEntries()) {
      const exported = byId.get(entity.id);
      assert.ok(exported, entity.id);
      const result = validateEntry(contentModel[entity.contentType], raw(exported));
      assert.ok(result.ok, entity.id);
      assert.deepEqual(result.entity, entity, entity.id);
    }
  });

  it('has the whole DfE taxonomy: 6 parents and 43 children with stable ids', () => {
    const terms = entriesOf(space, 'taxonomyTerm');
    const parents = terms.filter((term) => en(term, 'parent') === undefined);
    assert.equal(parents.length, 6);
    assert.equal(terms.length - parents.length, 43);
    assert.ok(terms.every((term) => en(term, 'vocabulary') === 'dfe-family-hubs'));
    assert.ok(terms.some((term) => term.sys.id === 'tax-health-visiting'));
    const polish = parents.filter((term) => typeof term.fields['name']?.['pl'] === 'string');
    assert.equal(polish.length, 6, 'every top-level category has a Polish name');
    assert.ok(terms.some((term) => en(term, 'parent') !== undefined && term.fields['name']?.['pl'] === undefined), 'some terms are left untranslated');
  });

  it('meets the minimum counts', () => {
    const services = entriesOf(space, 'service').filter(published);
    assert.ok(services.length >= 60, `${services.length} services`);
    assert.ok(entriesOf(space, 'organisation').length >= 5);
    assert.ok(entriesOf(space, 'location').length >= 12);
    assert.ok(entriesOf(space, 'parentingProgramme').length >= 8);
    assert.ok(entriesOf(space, 'programmeCourse').length >= 12);
    assert.equal(entriesOf(space, 'helpRequestSettings').length, 1);
    assert.equal(entriesOf(space, 'siteSettings').length, 1);
  });

  it('uses all six top-level categories', () => {
    const parentOf = new Map(DFE_TAXONOMY.flatMap((category) => category.subcategories.map((sub) => [taxonomyTermId(sub), taxonomyTermId(category.name)] as const)));
    const used = new Set<string>();
    for (const service of entriesOf(space, 'service')) {
      for (const link of en(service, 'categories') as { sys: { id: string } }[]) used.add(parentOf.get(link.sys.id) ?? link.sys.id);
    }
    assert.deepEqual([...used].sort(), DFE_TAXONOMY.map((category) => taxonomyTermId(category.name)).sort());
  });

  it('has at least four Family Hubs with opening times, phone and email', () => {
    const hubs = entriesOf(space, 'familyHub');
    assert.ok(hubs.length >= 4);
    for (const hub of hubs) {
      assert.ok((en(hub, 'openingTimes') as unknown[]).length > 0, hub.sys.id);
      assert.equal(typeof en(hub, 'phone'), 'string');
      assert.equal(typeof en(hub, 'email'), 'string');
    }
  });

  it('has one sensitive venue, used by a domestic abuse service', () => {
    const sensitive = entriesOf(space, 'location').filter((location) => en(location, 'hideExactAddress') === true);
    assert.equal(sensitive.length, 1);
    const venue = sensitive[0]!.sys.id;
    const sals = entriesOf(space, 'serviceAtLocation').filter((sal) => (en(sal, 'location') as { sys: { id: string } }).sys.id === venue).map((sal) => sal.sys.id);
    const services = entriesOf(space, 'service').filter((service) => ((en(service, 'locations') ?? []) as { sys: { id: string } }[]).some((link) => sals.includes(link.sys.id)));
    assert.ok(services.some((service) => (en(service, 'categories') as { sys: { id: string } }[]).some((link) => link.sys.id === 'tax-domestic-abuse')));
  });

  it('keeps every location in the fictional NS area, around 53.4–53.6 N, 2.1–2.4 W', () => {
    for (const location of entriesOf(space, 'location')) {
      assert.match(en(location, 'postcode') as string, /^NS[1-9] \d[A-Z]{2}$/);
      const { lat, lon } = en(location, 'position') as { lat: number; lon: number };
      assert.ok(lat >= 53.4 && lat <= 53.6 && lon >= -2.4 && lon <= -2.1, location.sys.id);
    }
  });

  it('varies services: ages, pregnancy, status, cost, delivery, languages, access and freshness', () => {
    const services = entriesOf(space, 'service');
    const values = (field: string) => services.map((service) => en(service, field));
    assert.ok(values('minimumAge').some((age) => typeof age === 'number' && !Number.isInteger(age)), 'decimal ages');
    assert.ok(values('forPregnancy').includes(true));
    assert.ok(values('status').includes('temporarilyClosed'));
    assert.ok(values('status').includes('inactive'));
    assert.ok(services.some((service) => en(service, 'isFree') === false && Array.isArray(en(service, 'costOptions'))), 'paid with cost options');
    const modes = new Set(values('deliveryModes').flat());
    assert.deepEqual([...modes].sort(), ['inPerson', 'online', 'telephone']);
    const languages = new Set(values('languages').flat());
    for (const code of ['pl', 'ur', 'bn', 'ar']) assert.ok(languages.has(code), code);
    assert.ok(values('bsl').includes(true));
    assert.ok(values('interpreterOnRequest').includes(true));
    assert.ok(values('needsReferral').includes(true));
    const stale = services.filter((service) => en(service, 'status') !== 'inactive' && isOverdueForCheck(en(service, 'lastChecked') as string, REFERENCE_DATE));
    assert.ok(stale.length >= 3, `${stale.length} services not checked for 6 months`);
  });

  it('has weekly, every-other-week (anchored) and monthly nth-weekday schedules', () => {
    const schedules = entriesOf(space, 'schedule');
    assert.ok(schedules.some((s) => en(s, 'interval') === 2 && typeof en(s, 'validFrom') === 'string'));
    const days = new Set(schedules.flatMap((s) => en(s, 'byday') as string[]));
    for (const day of ['2MO', '-1FR']) assert.ok(days.has(day), day);
    assert.ok(schedules.some((s) => en(s, 'freq') === 'MONTHLY'));
    assert.ok(entriesOf(space, 'serviceAtLocation').some((sal) => Array.isArray(en(sal, 'schedules'))));
  });

  it('has a complete, reviewed, co-produced Start for Life offer', () => {
    const [offer, ...others] = entriesOf(space, 'startForLifeOffer');
    assert.ok(offer);
    assert.equal(others.length, 0);
    assert.equal(en(offer, 'fullOfferUrl'), '/start-for-life');
    assert.equal(en(offer, 'coProduced'), true);
    const reviewed = Date.parse(en(offer, 'lastReviewed') as string);
    assert.ok(REFERENCE_DATE.getTime() - reviewed < 365 * 86_400_000, 'reviewed within 12 months');
    assert.ok((en(offer, 'featuredItems') as unknown[]).length > 0);
    assert.equal(typeof offer.fields['title']?.['pl'], 'string');
    assert.equal((offer.fields['intro']?.['pl'] as { nodeType: string }).nodeType, 'document');

    const sections = new Map(entriesOf(space, 'startForLifeSection').map((section) => [section.sys.id, section]));
    const linked = (en(offer, 'sections') as { sys: { id: string } }[]).map((link) => sections.get(link.sys.id)!);
    const categories = linked.map((section) => en(section, 'category'));
    for (const category of OFFER_CATEGORIES.filter((c) => c !== 'other')) assert.ok(categories.includes(category), category);
    assert.ok(linked.every((section) => typeof section.fields['title']?.['pl'] === 'string'));

    const items = new Map(entriesOf(space, 'startForLifeItem').map((item) => [item.sys.id, item]));
    const healthVisiting = linked.find((section) => en(section, 'category') === 'healthVisiting')!;
    const contacts = (en(healthVisiting, 'items') as { sys: { id: string } }[]).map((link) => items.get(link.sys.id)!);
    assert.ok(contacts.filter((item) => (en(item, 'access') as string[]).includes('automatic')).length >= 5, 'five universal contacts');
    for (const item of items.values()) {
      if (!published(item)) continue;
      assert.equal(typeof item.fields['title']?.['pl'], 'string', `${item.sys.id} has a Polish title`);
      assert.equal(item.fields['summary']?.['pl'], undefined, 'summaries are left for the missing-translation check');
    }
    assert.ok([...items.values()].some((item) => Array.isArray(en(item, 'services'))));
    assert.ok([...items.values()].some((item) => Array.isArray(en(item, 'hubs'))));
    assert.ok([...items.values()].some((item) => typeof en(item, 'accessNote') === 'string'));
  });

  it('has a Start for Life offer for pregnancy to age 2 that the completeness check has nothing to say about', () => {
    const { set } = buildContentSet(space.entries.filter(published).map((entry) => raw(entry)), { registry: contentModel, locale: 'en-GB' });
    const offer = resolveOffer(set)!;
    assert.equal(offer.ageSpan, 'toTwo');
    assert.deepEqual(offer.stages, ['pregnancy', 'baby', 'toddler']);
    assert.deepEqual(checkOfferCompleteness(set, REFERENCE_DATE), [], 'every stage has items, and none is outside the span');
  });

  it('has programme courses between December 2026 and March 2027, and the Guidebook caveat on every programme', () => {
    for (const course of entriesOf(space, 'programmeCourse')) {
      const start = en(course, 'startDate') as string;
      assert.ok(start >= '2026-12-01' && start <= '2027-03-31', `${course.sys.id} starts ${start}`);
    }
    for (const programme of entriesOf(space, 'parentingProgramme')) {
      assert.match(JSON.stringify(en(programme, 'description')), /not a kite mark/, programme.sys.id);
    }
  });

  it('has help request settings with emergency numbers and the submission endpoint', () => {
    const [settings] = entriesOf(space, 'helpRequestSettings');
    assert.ok(settings);
    const emergency = JSON.stringify(en(settings, 'emergencyText'));
    assert.match(emergency, /999/);
    assert.match(emergency, /0808 2000 247/);
    assert.equal(en(settings, 'submissionEndpoint'), '/api/help-requests');
    assert.ok((en(settings, 'topics') as unknown[]).length > 0);
  });

  it('has drafts for preview tests, and publication numbers that follow Contentful', () => {
    const drafts = space.entries.filter((entry) => !published(entry));
    assert.ok(drafts.some((entry) => entry.sys.contentType.sys.id === 'startForLifeItem'));
    for (const entry of space.entries) {
      if (published(entry)) assert.ok(entry.sys.version! > entry.sys.publishedVersion!, entry.sys.id);
      else assert.equal(entry.sys.publishedAt, undefined);
    }
    assert.ok(space.entries.some((entry) => published(entry) && entry.sys.version === entry.sys.publishedVersion! + 2), 'an entry with unpublished changes');
  });

  it('writes non-localized fields under en-GB only, and uses Contentful-safe ids', () => {
    for (const entry of space.entries) {
      assert.match(entry.sys.id, /^[A-Za-z0-9._-]{1,64}$/);
      const type = entry.sys.contentType.sys.id as keyof typeof contentModel;
      for (const [fieldId, values] of Object.entries(entry.fields)) {
        const f = (contentModel[type].fields as Record<string, { state: { localized: boolean } }>)[fieldId];
        assert.ok(f, `${entry.sys.id}.${fieldId}`);
        if (!f.state.localized) assert.deepEqual(Object.keys(values), ['en-GB'], `${entry.sys.id}.${fieldId}`);
      }
    }
    assert.deepEqual(
      space.locales.map((l) => [l.code, l.default, l.fallbackCode]),
      [
        ['en-GB', true, null],
        ['pl', false, 'en-GB'],
      ],
    );
    assert.equal(space.contentTypes.length, Object.keys(contentModel).length);
    assert.equal(space.editorInterfaces?.length, Object.keys(contentModel).length);
  });
});

describe('toExportEntry', () => {
  const when = { createdAt: '2026-01-01T00:00:00.000Z' };

  it('encodes links, rich text and locations the way Contentful stores them', () => {
    const entry = toExportEntry(
      {
        id: 'svc-x',
        contentType: 'service',
        name: 'X',
        summary: 'Y',
        status: 'active',
        categories: ['tax-health'],
        organisation: 'org-1',
        lastChecked: '2026-10-01',
        description: doc(h2('Heading'), p('Read ', b('this'), ' and ', a('https://example.org/', 'that')), ul('one', 'two')),
      },
      { pl: { name: 'X po polsku' } },
      when,
    );
    assert.deepEqual(entry.fields['organisation'], { 'en-GB': { sys: { type: 'Link', linkType: 'Entry', id: 'org-1' } } });
    assert.deepEqual(entry.fields['categories'], { 'en-GB': [{ sys: { type: 'Link', linkType: 'Entry', id: 'tax-health' } }] });
    assert.deepEqual(entry.fields['name'], { 'en-GB': 'X', pl: 'X po polsku' });
    assert.deepEqual(entry.fields['status'], { 'en-GB': 'active' });
    assert.deepEqual(entry.fields['description']?.['en-GB'], {
      nodeType: 'document',
      data: {},
      content: [
        { nodeType: 'heading-2', data: {}, content: [{ nodeType: 'text', value: 'Heading', marks: [], data: {} }] },
        {
          nodeType: 'paragraph',
          data: {},
          content: [
            { nodeType: 'text', value: 'Read ', marks: [], data: {} },
            { nodeType: 'text', value: 'this', marks: [{ type: 'bold' }], data: {} },
            { nodeType: 'text', value: ' and ', marks: [], data: {} },
            { nodeType: 'hyperlink', data: { uri: 'https://example.org/' }, content: [{ nodeType: 'text', value: 'that', marks: [], data: {} }] },
          ],
        },
        {
          nodeType: 'unordered-list',
          data: {},
          content: ['one', 'two'].map((value) => ({
            nodeType: 'list-item',
            data: {},
            content: [{ nodeType: 'paragraph', data: {}, content: [{ nodeType: 'text', value, marks: [], data: {} }] }],
          })),
        },
      ],
    });
    assert.deepEqual(entry.sys.contentType, { sys: { type: 'Link', linkType: 'ContentType', id: 'service' } });
    assert.deepEqual(entry.sys['environment'], { sys: { id: 'master', type: 'Link', linkType: 'Environment' } });
    assert.equal(entry.sys.publishedVersion, 1);
    assert.equal(entry.sys.version, 2);
  });

  it('encodes a location and leaves publishedVersion out of drafts', () => {
    const entry = toExportEntry({ id: 'loc-x', contentType: 'location', name: 'Hall', postcode: 'NS1 4AB', position: { lat: 53.5, lon: -2.2 } }, {}, { ...when, draft: true });
    assert.deepEqual(entry.fields['position'], { 'en-GB': { lat: 53.5, lon: -2.2 } });
    assert.equal(entry.sys.publishedVersion, undefined);
    assert.equal(typeof entry.sys.version, 'number');
  });

  it('refuses a translation of a field that is not localized', () => {
    assert.throws(() => encodeEntry('service', 'svc-x', { status: 'active' }, { pl: { status: 'active' } }, when), /not localized/);
  });
});

describe('invalid fixture space', () => {
  const invalidSpace = buildInvalidSpace();
  const built = buildContentSet(invalidSpace.entries.map((entry) => raw(entry)), { registry: contentModel, locale: 'en-GB' });

  it('covers the faults the brief lists', () => {
    const faults = INVALID_ENTRIES.map((e) => e.fault).join('\n');
    for (const fault of ['summary too long', 'missing required field', 'bad enum value', 'javascript: URL', 'javascript: link in rich text', 'link to a missing entry', 'link to the wrong content type', 'impossible date', 'bad postcode', "byday 'XX'"]) {
      assert.ok(faults.includes(fault), fault);
    }
  });

  for (const expected of INVALID_ENTRIES) {
    it(`rejects ${expected.id} (${expected.fault}) naming "${expected.label}"`, () => {
      assert.ok(built.rejected.has(expected.id), `${expected.id} should be rejected`);
      const errors = built.issues.filter((issue) => issue.entryId === expected.id && issue.severity === 'error');
      assert.ok(errors.length > 0);
      assert.ok(
        errors.some((issue) => issue.message.includes(`"${expected.label}"`)),
        `expected a message naming "${expected.label}", got: ${errors.map((e) => e.message).join(' | ')}`,
      );
    });
  }

  it('accepts the valid entries beside them', () => {
    for (const id of VALID_ENTRY_IDS) assert.ok(!built.rejected.has(id), id);
    assert.equal(invalidSpace.entries.length, VALID_ENTRY_IDS.length + INVALID_ENTRIES.length);
  });
});

describe('synthetic spaces', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const one = JSON.stringify(generateSyntheticSpace({ services: 500, seed: 7 }));
    assert.equal(JSON.stringify(generateSyntheticSpace({ services: 500, seed: 7 })), one);
    assert.notEqual(JSON.stringify(generateSyntheticSpace({ services: 500, seed: 8 })), one);
  });

  it('produce N valid services spread across the country, with every link resolving', () => {
    const synthetic = generateSyntheticSpace({ services: 2000, seed: 3 });
    assert.equal(entriesOf(synthetic, 'service').length, 2000);
    const built = buildContentSet(synthetic.entries.map((entry) => raw(entry)), { registry: contentModel, locale: 'en-GB' });
    assert.deepEqual(built.issues.slice(0, 5), []);
    for (const location of entriesOf(synthetic, 'location')) {
      const { lat, lon } = en(location, 'position') as { lat: number; lon: number };
      assert.ok(lat >= 50 && lat <= 55 && lon >= -4 && lon <= 0, location.sys.id);
    }
    assert.ok(new Set(entriesOf(synthetic, 'service').map((service) => en(service, 'name'))).size > 500, 'varied names');
  });

  it('generate 50,000 services in a few seconds', () => {
    const started = performance.now();
    const synthetic = generateSyntheticSpace({ services: 50_000, seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    assert.equal(entriesOf(synthetic, 'service').length, 50_000);
    assert.ok(seconds < 15, `took ${seconds.toFixed(1)} s`);
  });
});
