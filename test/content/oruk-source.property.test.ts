/**
 * The ORUK source over real HTTP, fed arbitrary answers: nothing but a ContentSourceError ever
 * escapes a load, whatever `/services` and `/services/{id}` send; and in a well-formed page, every
 * record that is good stays good whatever the records beside it hold.
 *
 * Runs: FH_PROPERTY_RUNS, else 1,000 with CI=true and 200 locally.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ContentSourceError, getEntity } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { createOrukSource } from '@family-hubs/content/oruk';
import { startFeedServer, type FeedServer } from './oruk-server.js';

const RUNS = Number(process.env['FH_PROPERTY_RUNS'] ?? (process.env['CI'] === 'true' ? 1000 : 200));

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}
let list: Answer = { status: 200, contentType: 'application/json', body: '{}' };
let detail: Answer = list;
let server: FeedServer;

before(async () => {
  server = await startFeedServer({ root: { version: 'HSDS-UK-3.0' }, pages: [], details: {} });
  server.override = (path, _params, res) => {
    const answer = path === '/services' ? list : path.startsWith('/services/') ? detail : undefined;
    if (!answer) return false;
    res.writeHead(answer.status, { 'Content-Type': answer.contentType });
    res.end(answer.status === 204 || answer.status === 304 ? undefined : answer.body);
    return true;
  };
});
after(() => server.close());

// No retries (their waits would only slow the runs) and a small page cap, so a body that always
// looks like "more pages" ends quickly.
const source = () => createOrukSource({ url: server.url, retries: 0, timeoutMs: 2000, paging: { maxPages: 3 }, detailConcurrency: 2 });
const query = { types: ['service' as const], registry: contentModel, locale: 'en-GB' };

const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.string({ maxLength: 12 }), fc.integer(), fc.constantFrom('127', 127, 0.5, 'TU,2MO', '10:00:00', 'NS1 4AB', 'https://x.example', '__proto__'));
const record = fc.dictionary(
  fc.constantFrom('id', 'name', 'description', 'status', 'minimum_age', 'maximum_age', 'assured_date', 'url', 'email', 'organization', 'attributes', 'service_taxonomys', 'schedules', 'regular_schedules', 'service_at_locations', 'cost_options', 'languages', 'contacts', 'eligibilitys', '__proto__', 'constructor'),
  fc.oneof(value, fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'taxonomy_term', 'taxonomy', 'location', 'byday', 'freq', 'number', 'phones', 'code', 'language', 'postal_code', 'latitude'), value), { maxLength: 3 })),
);
const envelope = fc.record(
  {
    contents: fc.oneof(fc.array(fc.oneof(record, fc.anything({ maxDepth: 1 })), { maxLength: 5 }), fc.anything({ maxDepth: 1 })),
    content: fc.array(record, { maxLength: 3 }),
    total_items: fc.oneof(fc.nat(20), fc.anything({ maxDepth: 0 })),
    totalPages: fc.oneof(fc.nat(5), fc.constant(1e9), fc.anything({ maxDepth: 0 })),
    last_page: fc.anything({ maxDepth: 0 }),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
  fc.constantFrom('', 'null', '{}', '[]', '<!DOCTYPE html><p>Down for maintenance</p>', '{"contents": ['),
  envelope.map((v) => JSON.stringify(v)),
  fc.array(record, { maxLength: 4 }).map((v) => JSON.stringify(v)),
);
const answer = fc.record({
  status: fc.constantFrom(200, 200, 200, 204, 302, 400, 401, 404, 429, 500, 503),
  contentType: fc.constantFrom('application/json', 'text/html', 'text/plain'),
  body,
});

const good = (id: string) => ({ id, name: `Service ${id}`, status: 'active', assured_date: '2026-10-01', attributes: [{ id: `a${id}`, taxonomy_term: { id: 't', name: 'Activities' } }] });

describe('ORUK source fed arbitrary answers (property)', () => {
  it('rejects only with ContentSourceError, whatever the list and the details say', async () => {
    await fc.assert(
      fc.asyncProperty(answer, answer, async (listAnswer, detailAnswer) => {
        list = listAnswer;
        detail = detailAnswer;
        try {
          const result = await source().load(query);
          assert.ok(Array.isArray(result.issues));
        } catch (error) {
          assert.ok(error instanceof ContentSourceError, `${String(error)} escaped for ${listAnswer.status} ${listAnswer.body} / ${detailAnswer.status} ${detailAnswer.body}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every good record whatever the records beside it hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constant(undefined), record), { minLength: 1, maxLength: 12 }), async (plan) => {
        const goodIds: string[] = [];
        const contents = plan.map((item, index) => {
          if (item !== undefined) return { ...item, id: `bad-${index}`, name: item['name'] };
          goodIds.push(`good-${index}`);
          return { ...good(`good-${index}`), service_at_locations: [] };
        });
        list = { status: 200, contentType: 'application/json', body: JSON.stringify({ total_items: contents.length, contents }) };
        detail = { status: 404, contentType: 'application/json', body: '{}' };
        const { set } = await source().load(query);
        for (const id of goodIds) assert.ok(getEntity(set, 'service', `service-${id}`), `service-${id} is shown`);
      }),
      { numRuns: RUNS },
    );
  });
});
