// The Open Referral UK source over real HTTP: version detection, every paging envelope and feed
// quirk we know of, bad records isolated, bounded paging and typed errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ContentSourceError, getEntity, listEntities, type ContentQuery } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { createOrukSource, type OrukSourceOptions } from '@family-hubs/content/oruk';
import { mockFeed, quirkFeed, startFeedServer, type FeedServer } from './oruk-server.js';

const query: ContentQuery = { types: ['service'], registry: contentModel, locale: 'en-GB' };
let server: FeedServer;
const source = (options: Partial<OrukSourceOptions> = {}) => createOrukSource({ url: server.url, retries: 0, timeoutMs: 2000, ...options });
const paths = () => server.requests.map((r) => r.path);

before(async () => {
  server = await startFeedServer(mockFeed('mock-default'));
});
after(() => server.close());

function use(feed: Parameters<typeof startFeedServer>[0]): void {
  server.feed = feed;
  server.override = undefined;
  server.requests.length = 0;
}

describe('ORUK source: version detection', () => {
  it('reads HSDS-UK-3.0 from GET /, as the ORUK validator does', async () => {
    use(mockFeed('mock-default'));
    assert.equal(await source().version(), '3.0');
  });

  it('treats a feed without GET / (404) as v1', async () => {
    use(quirkFeed('v1-spring'));
    assert.equal(await source().version(), '1.0');
  });

  it('treats a GET / without a version, or naming 1.0, as v1', async () => {
    use({ ...quirkFeed('v1-spring'), root: { name: 'Northshire directory' } });
    assert.equal(await source().version(), '1.0');
    use({ ...quirkFeed('v1-spring'), root: { version: 'HSDS-UK-1.0' } });
    assert.equal(await source().version(), '1.0');
  });

  it('asks GET / once per source', async () => {
    use(quirkFeed('v3-camel'));
    const oruk = source();
    await oruk.load(query);
    await oruk.load(query);
    assert.equal(paths().filter((p) => p === '/').length, 1);
  });
});

describe('ORUK source: the validator’s mock feeds', () => {
  it('reads the good feed: details from /services/{id}, bad venue data reported, the service kept', async () => {
    use(mockFeed('mock-default'));
    const { set, issues } = await source().load(query);
    assert.deepEqual(paths(), ['/', '/services', '/services/ac148810-d857-441c-9679-408f346de14b'], 'the list has no nested data, so the full record is read');
    const service = getEntity(set, 'service', 'service-ac148810-d857-441c-9679-408f346de14b');
    assert.ok(service, 'the service is shown');
    assert.equal(service.name, 'Community Counselling');
    assert.equal(service.isFree, false, 'it has a cost option');
    assert.equal(service.lastChecked, '2005-01-01');
    assert.equal(service.phone, undefined, 'UK 3.0 contacts have no phones');
    assert.equal(service.languages, undefined, 'a UK 3.0 language has no name or code');
    assert.equal(getEntity(set, 'costOption', service.costOptions![0])?.amount, 35);
    assert.equal(getEntity(set, 'organisation', service.organisation)?.name, 'Example Organization Inc.');
    assert.equal(getEntity(set, 'taxonomyTerm', service.categories[0])?.vocabulary, 'taxonomy', 'a term that is not a DfE term stays local');
    // "ABC 1234" is not a UK postcode and latitude 100 is off the map: the venue is reported, not shown.
    assert.ok(issues.some((i) => i.contentType === 'location' && i.path[0] === 'postcode' && i.severity === 'error'));
    assert.ok(issues.some((i) => i.contentType === 'location' && i.path[0] === 'position'));
    assert.deepEqual(service.locations, undefined, 'the link to the venue that is not shown is removed');
    assert.deepEqual(getEntity(set, 'schedule', service.schedules![0])?.byday, ['TH', 'FR']);
  });

  it('reads the failing feed: every nameless record is one issue, the load does not fail', async () => {
    use(mockFeed('mock-fail'));
    const { set, issues } = await source({ details: 'never' }).load(query);
    assert.deepEqual(listEntities(set, 'service'), []);
    const nameIssues = issues.filter((i) => i.contentType === 'service' && i.path[0] === 'name');
    assert.equal(nameIssues.length, 3, 'three distinct ids, each without a name');
    assert.ok(issues.some((i) => i.code === 'duplicate-entry'), 'the first and last records share an id');
    assert.ok(issues.some((i) => i.path[0] === 'url' && /not a full web address/.test(i.message)));
  });
});

describe('ORUK source: v1 feeds', () => {
  it('reads every page of a Spring envelope, both plural spellings, weekday numbers and 127 ages', async () => {
    use(quirkFeed('v1-spring'));
    const { set, issues } = await source().load(query);
    assert.deepEqual(
      server.requests.filter((r) => r.path === '/services').map((r) => r.params.get('page')),
      ['1', '2'],
    );
    assert.equal(paths().filter((p) => p.startsWith('/services/')).length, 0, 'v1 lists carry nested data: no detail requests');
    const stay = getEntity(set, 'service', 'service-s-101')!;
    assert.equal(stay.maximumAge, 5);
    assert.equal(stay.phone, '01632 960001', 'v1 contacts carry phones');
    assert.deepEqual(stay.languages, ['en', 'pl'], 'codes and names both understood');
    assert.ok(issues.some((i) => i.entryId === 'service-s-101' && /Klingon/.test(i.message)), 'a language the model has no code for is reported');
    assert.equal(stay.isFree, true, 'no cost options means free');
    assert.deepEqual(stay.deliveryModes, ['inPerson']);
    assert.deepEqual(stay.categories, ['tax-parent-baby-and-toddler-groups'], 'DfE names map onto the national terms');
    assert.equal(getEntity(set, 'taxonomyTerm', 'tax-parent-baby-and-toddler-groups')?.parent, 'tax-activities-clubs-and-groups');
    assert.ok(getEntity(set, 'taxonomyTerm', 'tax-activities-clubs-and-groups'), 'the DfE parent comes along');
    const sal = getEntity(set, 'serviceAtLocation', stay.locations![0])!;
    const venue = getEntity(set, 'location', sal.location)!;
    assert.equal(venue.postcode, 'NS1 4AB');
    assert.deepEqual(venue.position, { lat: 53.4084, lon: -2.2301 });
    assert.deepEqual(venue.accessibility, ['stepFreeAccess', 'babyChanging']);
    assert.deepEqual(getEntity(set, 'schedule', sal.schedules![0]), { id: 'schedule-rs-1', contentType: 'schedule', freq: 'WEEKLY', interval: 1, byday: ['TU'], opensAt: '10:00', closesAt: '11:30' });

    const breaks = getEntity(set, 'service', 'service-s-102')!;
    assert.equal(breaks.maximumAge, 25, 'DfE’s 127 is 25 with SEND');
    assert.equal(breaks.needsReferral, true);
    assert.equal(breaks.isFree, false);
    assert.equal(getEntity(set, 'costOption', breaks.costOptions![0])?.amount, 3.5);
    assert.deepEqual(getEntity(set, 'schedule', breaks.schedules![0])?.byday, ['-1FR']);

    const massage = getEntity(set, 'service', 'service-s-103')!;
    assert.equal(massage.minimumAge, 0.1, 'decimal ages for infants');
    assert.equal(getEntity(set, 'schedule', massage.schedules![0])?.opensAt, '13:30', 'times with a zone are read as clock times');
  });

  it('strips HTML from descriptions into paragraphs, never markup', async () => {
    use(quirkFeed('v1-spring'));
    const { set } = await source().load(query);
    const description = getEntity(set, 'service', 'service-s-101')!.description!;
    assert.deepEqual(
      description.content.map((block) => (block.type === 'paragraph' ? block.content.map((t) => ('value' in t ? t.value : '')).join('') : '')),
      ['A friendly play session for babies and toddlers with their parents or carers.', 'Drop in, no need to book.'],
    );
    assert.equal(getEntity(set, 'service', 'service-s-101')!.summary, 'A friendly play session for babies and toddlers with their parents or carers.');
  });
});

describe('ORUK source: 3.0 quirks', () => {
  it('pages a camelCase envelope, reads details, and accepts integer ids and object-valued strings', async () => {
    use(quirkFeed('v3-camel'));
    const { set, issues } = await source({ pageSize: 2 }).load(query);
    assert.deepEqual(paths().filter((p) => p.startsWith('/services/')).sort(), ['/services/1', '/services/2', '/services/3']);
    const dads = getEntity(set, 'service', 'service-1')!;
    assert.equal(dads.name, "Dads' club");
    assert.equal(dads.summary, 'A Saturday morning group for dads and their children.');
    assert.equal(dads.minimumAge, 0.5);
    assert.equal(dads.maximumAge, 25);
    assert.deepEqual(dads.languages, ['pl'], 'the language without a code is skipped without fuss');
    assert.equal(dads.phone, undefined);
    assert.deepEqual(dads.categories, ['tax-parenting-support']);
    assert.equal(getEntity(set, 'organisation', dads.organisation)?.name, 'Northtown Dads');
    const sal = getEntity(set, 'serviceAtLocation', dads.locations![0])!;
    assert.equal(getEntity(set, 'location', sal.location)?.postcode, 'NS2 5DD');
    assert.deepEqual(getEntity(set, 'schedule', sal.schedules![0]), { id: 'schedule-90', contentType: 'schedule', freq: 'WEEKLY', interval: 2, byday: ['SA'], opensAt: '10:00', closesAt: '11:30', validFrom: '2026-11-07' });
    assert.deepEqual(dads.deliveryModes, ['inPerson'], 'a physical venue');

    const feeding = getEntity(set, 'service', 'service-2')!;
    assert.deepEqual(feeding.categories, ['tax-infant-feeding-support'], 'the DfE term, whatever the brackets say');
    assert.deepEqual(feeding.deliveryModes, ['inPerson', 'online']);
    assert.equal(feeding.phone, '01632 960002');
    assert.equal(feeding.lastChecked, '2026-11-21');

    const line = getEntity(set, 'service', 'service-3')!;
    assert.equal(line.status, 'temporarilyClosed');
    assert.equal(line.url, undefined);
    assert.ok(issues.some((i) => i.entryId === 'service-3' && i.path[0] === 'url' && i.severity === 'warning'), 'the relative address is dropped with a warning');
    assert.deepEqual(getEntity(set, 'schedule', line.schedules![0])?.byday, ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'DAILY is weekly on every day');
    assert.deepEqual(getEntity(set, 'taxonomyTerm', 'term-62'), { id: 'term-62', contentType: 'taxonomyTerm', name: 'Family line (local)', code: '62', vocabulary: 'northshire', description: 'Local term' });
    assert.equal(line.isFree, false, 'any cost option means pay to use, even at £0: the cost text says more');
  });

  it('isolates bad records: each is reported, the good ones load', async () => {
    use(quirkFeed('v3-mixed'));
    const { set, issues } = await source().load(query);
    assert.deepEqual(
      listEntities(set, 'service').map((s) => s.id),
      ['service-good-1', 'service-good-2', 'service-odd-schedule'],
    );
    assert.ok(issues.some((i) => i.code === 'source-error' && /without an id \("A service without an id"\)/.test(i.message)));
    assert.ok(issues.some((i) => i.entryId === 'service-bad-name' && i.path[0] === 'name' && i.severity === 'error'));
    assert.ok(issues.some((i) => i.entryId === 'service-bad-date' && i.path[0] === 'lastChecked' && i.severity === 'error'));
    assert.ok(issues.some((i) => i.entryId === 'schedule-y1' && i.path[0] === 'freq'), 'the YEARLY schedule is reported');
    assert.equal(getEntity(set, 'service', 'service-odd-schedule')!.schedules, undefined, 'and its link removed, the service kept');
    assert.deepEqual(getEntity(set, 'service', 'service-good-1')!.languages, ['ur']);
    assert.equal(paths().filter((p) => p.startsWith('/services/')).length, 0, 'nested items need no details');
  });

  it('reads only the services asked for by id, from /services/{id}', async () => {
    use(quirkFeed('v3-camel'));
    const { set, issues } = await source().load({ ...query, ids: ['service-2', 'service-404'] });
    assert.deepEqual(paths(), ['/', '/services/2', '/services/404']);
    assert.deepEqual(listEntities(set, 'service').map((s) => s.id), ['service-2']);
    assert.ok(issues.some((i) => i.entryId === 'service-404' && i.code === 'source-error'));
  });

  it('keeps the list item and warns when one service’s details fail', async () => {
    use(quirkFeed('v3-camel'));
    server.override = (path, _params, res) => {
      if (path !== '/services/2') return false;
      res.writeHead(500).end('boom');
      return true;
    };
    const { set, issues } = await source().load(query);
    assert.ok(getEntity(set, 'service', 'service-1'));
    assert.ok(issues.some((i) => i.entryId === 'service-2' && i.code === 'source-error' && /server error \(500\)/.test(i.message)));
  });

  it('sends at most detailConcurrency detail requests at once', async () => {
    use(quirkFeed('v3-camel'));
    let inFlight = 0;
    let most = 0;
    server.override = (path, _params, res) => {
      if (!path.startsWith('/services/')) return false;
      inFlight += 1;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(quirkFeed('v3-camel').details[path.slice('/services/'.length)]));
      }, 30);
      return true;
    };
    await source({ detailConcurrency: 1 }).load(query);
    assert.equal(most, 1);
  });
});

describe('ORUK source: bounded paging', () => {
  const endless = (page: number) => ({ total_pages: 1000, contents: [{ id: `p${page}`, name: `Service ${page}`, status: 'active', assured_date: '2026-10-10', schedules: [] }] });

  it('fails past the page cap', async () => {
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [], details: {} });
    server.override = (path, params, res) => {
      if (path !== '/services') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(endless(Number(params.get('page')))));
      return true;
    };
    await assert.rejects(source({ paging: { maxPages: 3 } }).load(query), (error: unknown) => error instanceof ContentSourceError && error.kind === 'invalid-response' && /after 3 pages/.test(error.message));
    assert.equal(paths().filter((p) => p === '/services').length, 3);
  });

  it('stops asking for pages after the deadline', async () => {
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [], details: {} });
    server.override = (path, params, res) => {
      if (path !== '/services') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(endless(Number(params.get('page')))));
      return true;
    };
    let clock = 0;
    const now = () => (clock += 40_000);
    await assert.rejects(source({ paging: { deadlineMs: 100_000, now } }).load(query), (error: unknown) => error instanceof ContentSourceError && error.kind === 'timeout');
  });

  it('stops on a feed that ignores page, with a warning', async () => {
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [], details: {} });
    server.override = (path, _params, res) => {
      if (path !== '/services') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(endless(1)));
      return true;
    };
    const { set, issues } = await source().load(query);
    assert.equal(listEntities(set, 'service').length, 0, 'no categories: reported, not shown');
    assert.equal(paths().filter((p) => p === '/services').length, 2);
    assert.ok(issues.some((i) => /ignore "page"/.test(i.message)));
  });

  it('stops at a short page when the feed gives no total, and reads on when it says there are more', async () => {
    const item = (id: string) => ({ id, name: id, status: 'active', assured_date: '2026-10-10', schedules: [] });
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [{ contents: [item('a'), item('b')] }, { contents: [item('c')] }], details: {} });
    await source({ pageSize: 2 }).load(query);
    assert.equal(paths().filter((p) => p === '/services').length, 2, 'a full page, then a short one');
    // The server caps per_page below what was asked, but says how many pages there are.
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [{ total_pages: 2, contents: [item('a')] }, { total_pages: 2, contents: [item('b')] }], details: {} });
    await source({ pageSize: 50 }).load(query);
    assert.equal(paths().filter((p) => p === '/services').length, 2);
  });
});

describe('ORUK source: typed errors', () => {
  const answer = (status: number, body: string, contentType = 'application/json') => {
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [], details: {} });
    server.override = (path, _params, res) => {
      if (path !== '/services') return false;
      res.writeHead(status, { 'Content-Type': contentType }).end(body);
      return true;
    };
  };
  const rejectsWith = (kind: string, pattern: RegExp, options: Partial<OrukSourceOptions> = {}) =>
    assert.rejects(source(options).load(query), (error: unknown) => {
      assert.ok(error instanceof ContentSourceError, String(error));
      assert.equal(error.kind, kind);
      assert.match(error.message, pattern);
      return true;
    });

  it('an HTML page is an invalid response, not an empty directory', async () => {
    answer(200, '<!DOCTYPE html><html><body>Maintenance</body></html>', 'text/html');
    await rejectsWith('invalid-response', /an HTML page/);
  });

  it('JSON without a list is an invalid response', async () => {
    answer(200, '{"message":"ok"}');
    await rejectsWith('invalid-response', /without a list of records/);
  });

  it('500 is a server error, retried within the budget', async () => {
    answer(500, '{}');
    await rejectsWith('server', /server error \(500\)/, { retries: 1 });
    assert.equal(paths().filter((p) => p === '/services').length, 2, 'tried twice');
  });

  it('404 on /services is not-found, 429 is rate-limited', async () => {
    answer(404, '{}');
    await rejectsWith('not-found', /Check the feed address/);
    answer(429, '{}');
    await rejectsWith('rate-limited', /rate limiting/);
  });

  it('a feed that does not answer in time is a timeout, as is a body that stalls', async () => {
    use({ root: { version: 'HSDS-UK-3.0' }, pages: [], details: {} });
    server.override = (path) => path === '/services';
    await rejectsWith('timeout', /did not answer \/services within 150 ms/, { timeoutMs: 150 });
    server.override = (path, _params, res) => {
      if (path !== '/services') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"contents": [');
      return true;
    };
    await rejectsWith('timeout', /did not send the whole answer/, { timeoutMs: 150 });
  });

  it('a feed that cannot be reached is a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(createOrukSource({ url: `http://127.0.0.1:${port}`, retries: 0 }).load(query), (error: unknown) => error instanceof ContentSourceError && error.kind === 'network');
  });

  it('a cancelled load rejects as aborted', async () => {
    use(quirkFeed('v3-camel'));
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(source().load(query, { signal: controller.signal }), (error: unknown) => error instanceof ContentSourceError && error.kind === 'aborted');
  });
});
