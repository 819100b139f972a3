/**
 * Both Contentful sources (the fetch reader and the official client) over real HTTP, fed
 * arbitrary answers: nothing but a ContentSourceError ever escapes a load, and in a well-formed
 * page each malformed entry yields exactly one issue while the well-formed ones still load.
 *
 * Runs: FH_PROPERTY_RUNS, else 1,000 with CI=true and 200 locally.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { ContentSourceError, listEntities } from '@family-hubs/content';
import { createContentfulFetchSource, createContentfulSource, type ContentfulReader, type ContentfulSourceOptions } from '@family-hubs/content/contentful';
import { contentModel } from '@family-hubs/content/model';

const RUNS = Number(process.env['FH_PROPERTY_RUNS'] ?? (process.env['CI'] === 'true' ? 1000 : 200));

const LOCALES = JSON.stringify({
  sys: { type: 'Array' },
  total: 2,
  skip: 0,
  limit: 1000,
  items: [
    { code: 'en-GB', name: 'English (United Kingdom)', default: true, fallbackCode: null, sys: { id: 'l1', type: 'Locale', version: 1 } },
    { code: 'pl', name: 'Polish', default: false, fallbackCode: 'en-GB', sys: { id: 'l2', type: 'Locale', version: 1 } },
  ],
});

/** What the server answers `/entries` with next. */
interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

let answer: Answer = { status: 200, contentType: 'application/json', body: '{}' };
let server: Server;
let host = '';

before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const { status, contentType, body } = path.endsWith('/locales') ? { status: 200, contentType: 'application/json', body: LOCALES } : answer;
    res.writeHead(status, { 'Content-Type': contentType });
    res.end(status === 204 || status === 304 ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

// Made once, so the locales answer is cached and each run sends one entries request. No retries:
// what is retried is already covered by the shared suite, and waits would only slow the runs.
const options = (): ContentfulSourceOptions => ({ space: 'space', accessToken: 'token', host, insecure: true, retries: 0, timeoutMs: 2000, pageSize: 100 });
const sources = (): [string, ContentfulReader][] => [
  ['fetch reader', createContentfulFetchSource(options())],
  ['official client', createContentfulSource(options())],
];

const wholeBody = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ''),
  fc.constantFrom('', 'null', '{}', '[]', '<!DOCTYPE html><html><body>Maintenance</body></html>', '{"sys":{"type":"Array"},"total":1,"items":[{"sys":'),
  // Collections that almost look right.
  fc
    .record(
      {
        sys: fc.oneof(fc.constant({ type: 'Array' }), fc.anything()),
        total: fc.oneof(fc.nat(10), fc.constant(1e12), fc.anything()),
        skip: fc.anything(),
        limit: fc.anything(),
        items: fc.oneof(fc.array(fc.anything(), { maxLength: 5 }), fc.anything()),
        includes: fc.oneof(fc.record({ Entry: fc.anything(), Asset: fc.anything() }), fc.anything()),
        errors: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  // Well-formed pages of entries whose field values are anything at all (in either locale form).
  fc
    .array(
      fc.record({
        sys: fc.constant({ id: 'x', type: 'Entry', contentType: { sys: { id: 'organisation' } } }),
        fields: fc.dictionary(fc.constantFrom('name', 'description', 'url', 'logo', '__proto__', 'constructor'), fc.anything({ maxDepth: 2 })),
      }),
      { maxLength: 4 },
    )
    .map((items) => JSON.stringify({ sys: { type: 'Array' }, total: items.length, skip: 0, limit: 100, items })),
);
const status = fc.constantFrom(200, 200, 200, 200, 203, 204, 302, 304, 400, 401, 404, 429, 500, 503);
const contentType = fc.constantFrom('application/vnd.contentful.delivery.v1+json', 'application/json', 'text/html; charset=utf-8', 'text/plain');

const sysOf = (id: string) => ({ id, type: 'Entry', contentType: { sys: { type: 'Link', linkType: 'ContentType', id: 'organisation' } } });
const nameField = (allLocales: boolean, name: string) => ({ name: allLocales ? { 'en-GB': name } : name });

/** Ways an entry can be malformed; each must give exactly one issue. `id` is the issue's entry id. */
const malformed: fc.Arbitrary<(id: string) => { item: unknown; issueId: string }> = fc.oneof(
  fc.constant((id: string) => ({ item: { sys: sysOf(id) }, issueId: id })),
  fc.constantFrom(null, [], 'fields', 7, true).map((fields) => (id: string) => ({ item: { sys: sysOf(id), fields }, issueId: id })),
  fc.constantFrom(undefined, null, 5, '', {}).map((type) => (id: string) => ({ item: { sys: { id, type: 'Entry', contentType: type === undefined ? undefined : { sys: { id: type } } }, fields: {} }, issueId: id })),
  fc.constantFrom(undefined, null, 5, '', ['x']).map((badId) => () => ({ item: { sys: { ...sysOf('x'), id: badId }, fields: {} }, issueId: '' })),
  fc.constantFrom(null, 0, 'entry', [], [{}]).map((item) => () => ({ item, issueId: '' })),
);

describe('Contentful sources fed arbitrary answers (property)', () => {
  it('reject only with ContentSourceError, whatever the body and status', async () => {
    const all = sources();
    await fc.assert(
      fc.asyncProperty(wholeBody, status, contentType, fc.boolean(), async (body, code, type, polish) => {
        answer = { status: code, contentType: type, body };
        for (const [name, source] of all) {
          try {
            const result = await source.load({ registry: contentModel, types: ['organisation'], locale: polish ? 'pl' : 'en-GB' });
            assert.ok(Array.isArray(result.issues), name);
          } catch (error) {
            assert.ok(error instanceof ContentSourceError, `${name} let ${String(error)} escape for ${code} ${JSON.stringify(body)}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('give each malformed entry exactly one issue and still load the well-formed ones', async () => {
    const all = sources();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant(undefined), malformed), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        async (plan, polish, inIncludes) => {
          const items: unknown[] = [];
          const expectedIssues: string[] = [];
          const expectedIds: string[] = [];
          plan.forEach((make, index) => {
            const id = `e${index}`;
            if (make === undefined) {
              items.push({ sys: sysOf(id), fields: nameField(polish, `Organisation ${index}`) });
              expectedIds.push(id);
            } else {
              const { item, issueId } = make(id);
              items.push(item);
              expectedIssues.push(issueId);
            }
          });
          // Entries may come as linked entries (includes) too, and twice: still one issue. (Those
          // without an id cannot be told apart, so they are sent once.)
          const rest = items.slice(1);
          const again = rest.filter(hasId);
          const page = inIncludes
            ? { sys: { type: 'Array' }, total: 1, skip: 0, limit: 100, items: items.slice(0, 1), includes: { Entry: [...rest, ...again] } }
            : { sys: { type: 'Array' }, total: items.length, skip: 0, limit: 100, items };
          answer = { status: 200, contentType: 'application/vnd.contentful.delivery.v1+json', body: JSON.stringify(page) };
          for (const [name, source] of all) {
            const { set, issues } = await source.load({ registry: contentModel, types: ['organisation'], locale: polish ? 'pl' : 'en-GB' });
            const fromSource = issues.filter((i) => i.code === 'source-error').map((i) => i.entryId);
            assert.deepEqual(fromSource.sort(), [...expectedIssues].sort(), `${name}: one issue per malformed entry`);
            assert.deepEqual(listEntities(set, 'organisation').map((o) => o.id).sort(), [...expectedIds].sort(), `${name}: well-formed entries load`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Whether an item carries a usable id (and so can be recognised when it comes again). */
function hasId(item: unknown): boolean {
  const sys = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { sys?: unknown }).sys : undefined;
  const id = typeof sys === 'object' && sys !== null ? (sys as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '';
}
