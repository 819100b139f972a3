import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildContentSet, countEntities, type RawEntry } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';

// Valid entries of several types, none depending on another, so a rejection cannot cascade.
const validEntry = fc.oneof(
  fc.record({
    contentType: fc.constant('organisation'),
    fields: fc.record({ name: fc.string({ minLength: 1, maxLength: 150 }).filter((s) => s.trim() !== ''), url: fc.constantFrom('https://example.org', '/about', undefined) }),
  }),
  fc.record({
    contentType: fc.constant('schedule'),
    fields: fc.record({ freq: fc.constantFrom('WEEKLY', 'MONTHLY'), byday: fc.subarray(['MO', 'TU', '2WE', '-1FR']), opensAt: fc.constantFrom('09:00', '13:30') }),
  }),
  fc.record({
    contentType: fc.constant('location'),
    fields: fc.record({ name: fc.constantFrom('Riverside Family Hub', 'Millbrook Library'), postcode: fc.constantFrom('NS1 4AB', 'NS12 9ZZ', 'M27 6BU') }),
  }),
);

type Corruption = (fields: Record<string, unknown>, contentType: string) => Record<string, unknown>;
const corruptions: Corruption[] = [
  // A required field removed.
  (fields, type) => {
    const { [type === 'schedule' ? 'freq' : 'name']: _removed, ...rest } = fields;
    return rest;
  },
  // A value of the wrong kind.
  (fields, type) => ({ ...fields, [type === 'schedule' ? 'freq' : 'name']: 42 }),
  // A field over its size limit, or outside its allowed values.
  (fields, type) => (type === 'schedule' ? { ...fields, freq: 'HOURLY' } : { ...fields, name: 'x'.repeat(300) }),
  // A link that breaks the URL policy, or a postcode that is not one.
  (fields, type) => (type === 'organisation' ? { ...fields, url: 'javascript:alert(1)' } : type === 'location' ? { ...fields, postcode: 'NOT A CODE' } : { ...fields, opensAt: '9am' }),
];

describe('per-entry isolation (property)', () => {
  it('corrupting k of n entries reports exactly those k and delivers the other n − k', () => {
    fc.assert(
      fc.property(
        fc.array(validEntry, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(corruptions.length - 1)), { maxLength: 40 }),
        (entries, picks) => {
          const corrupted = new Map<number, number>();
          for (const [index, corruption] of picks) corrupted.set(index % entries.length, corruption);
          const raws: RawEntry[] = entries.map((entry, index) => {
            const fields = Object.fromEntries(Object.entries(entry.fields).filter(([, v]) => v !== undefined));
            const corruption = corrupted.get(index);
            return { id: `e${index}`, contentType: entry.contentType, fields: corruption === undefined ? fields : corruptions[corruption]!(fields, entry.contentType) };
          });
          const { set, issues, rejected } = buildContentSet(raws, { registry: contentModel, locale: 'en-GB' });
          const expectedRejected = [...corrupted.keys()].map((i) => `e${i}`).sort();
          assert.deepEqual([...rejected].sort(), expectedRejected);
          assert.deepEqual([...new Set(issues.filter((i) => i.severity === 'error').map((i) => i.entryId))].sort(), expectedRejected);
          assert.equal(countEntities(set), entries.length - corrupted.size);
          for (const issue of issues) assert.ok(issue.message.length > 10 && !issue.message.includes('Invalid input'), issue.message);
        },
      ),
      { numRuns: 200 },
    );
  });
});
