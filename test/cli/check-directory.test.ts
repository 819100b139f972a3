/**
 * `family-hubs check`'s service directory section: every count first, then each finding with a
 * link to the entry to edit, in text and in --json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startCmsServer } from '../../packages/cli/src/cms-server/index.js';
import { buildSpace, healthTerm, link, serviceSpec } from '../support/space-builder.js';
import { run } from './cli-support.js';

const listed = (id: string, fields: Record<string, unknown> = {}) => serviceSpec(id, { deliveryModes: ['telephone'], schedules: [link('sch')], minimumAge: 0, maximumAge: 19, ...fields });
const space = buildSpace([
  healthTerm,
  { id: 'sch', type: 'schedule', fields: { freq: 'WEEKLY', byday: ['MO'], opensAt: '09:00' } },
  { id: 'loc-nomap', type: 'location', fields: { name: 'Old library', postcode: 'NS2 5AB' } },
  { id: 'sal-nomap', type: 'serviceAtLocation', fields: { location: link('loc-nomap'), schedules: [link('sch')] } },
  listed('fine'),
  listed('at-library', { deliveryModes: ['inPerson'], schedules: [], locations: [link('sal-nomap')] }),
  listed('ageless', { minimumAge: undefined, maximumAge: undefined }),
  listed('stale', { lastChecked: '2026-01-10' }),
  // The space's entries were last edited on 1 November 2026, so "6 November" is 2026-11-06.
  listed('still-closed', { status: 'temporarilyClosed', statusNote: 'Closed until 6 November for repairs' }),
  listed('helpline-1', { name: 'Parent helpline' }),
  listed('helpline-2', { name: 'Parent Helpline' }),
]);
for (const entry of space.entries) {
  const fields = entry.fields as Record<string, Record<string, unknown> | undefined>;
  for (const key of Object.keys(fields)) if (fields[key]?.['en-GB'] === undefined) delete fields[key];
}

describe('family-hubs check: the service directory section', () => {
  it('prints every count first, then each finding with a link to edit the entry', async () => {
    const server = await startCmsServer({ space, spaceId: 'abc123', deliveryTokens: ['t0k'], previewTokens: [] });
    try {
      const result = await run(['check', '--space', 'abc123', '--token', 't0k', '--host', server.host, '--insecure', '--today', '2026-12-02']);
      assert.equal(result.code, 0, result.err);
      const text = result.out;
      const start = text.indexOf('Service directory: 7 services families can see, 6 findings');
      assert.ok(start >= 0, text);
      const counts = text.slice(start).split('\n').slice(1, 8).map((line) => line.trim().replace(/\s+/g, ' '));
      assert.deepEqual(counts, [
        'No postcode or map position: 1',
        'No categories: 0',
        'No ages: 1',
        'No times: 0',
        'Not checked for 6 months: 1',
        'Temporarily closed past the date in their status note: 1',
        'Possible duplicates (same name and postcode): 2',
      ]);
      const firstEntry = text.indexOf('  - ', start);
      const countsEnd = start + text.slice(start).split('\n').slice(0, 8).join('\n').length;
      assert.ok(firstEntry > countsEnd, 'the counts come before the entries');
      const entries: [string, string][] = [
        ['"Old library" (location loc-nomap)', 'loc-nomap'],
        ['"Service ageless" (service ageless)', 'ageless'],
        ['"Service stale" (service stale)', 'stale'],
        ['"Service still-closed" (service still-closed)', 'still-closed'],
        ['"Parent helpline" (service helpline-1)', 'helpline-1'],
        ['"Parent Helpline" (service helpline-2)', 'helpline-2'],
      ];
      for (const [line, id] of entries) {
        const at = text.indexOf(`  - ${line}`, start);
        assert.ok(at >= 0, `lists ${line}`);
        const next = text.slice(at).split('\n')[1]!;
        assert.equal(next.trim(), `https://app.contentful.com/spaces/abc123/environments/master/entries/${id}`);
      }
      assert.match(text, /"Service still-closed" is still "temporarily closed", but its status note \("Closed until 6 November for repairs"\) says 2026-11-06, which has passed/);
      assert.doesNotMatch(text, /\(service fine\)/);
    } finally {
      await server.close();
    }
  });

  it('gives the counts in --json, zeros included', async () => {
    const server = await startCmsServer({ space, spaceId: 'abc123', deliveryTokens: ['t0k'], previewTokens: [] });
    try {
      const result = await run(['check', '--json', '--space', 'abc123', '--token', 't0k', '--host', server.host, '--insecure', '--today', '2026-12-02']);
      const report = JSON.parse(result.out) as { directory: { services: number; counts: Record<string, number> }; findings: { code: string; entryId: string; link?: string }[] };
      assert.deepEqual(report.directory, {
        services: 7,
        counts: { 'missing-position': 1, 'missing-categories': 0, 'missing-ages': 1, 'missing-schedule': 0, 'not-checked-recently': 1, 'closed-past-date': 1, 'possible-duplicate': 2 },
      });
      const duplicate = report.findings.find((f) => f.code === 'possible-duplicate' && f.entryId === 'helpline-1');
      assert.equal(duplicate?.link, 'https://app.contentful.com/spaces/abc123/environments/master/entries/helpline-1');
    } finally {
      await server.close();
    }
  });
});
