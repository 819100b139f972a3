// The shape check of prebuilt views: what a page runs on a view file before a widget renders it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shapeProblem, type Shape } from '@family-hubs/content';

const item: Shape = { fields: { id: 'string', title: 'string', note: { optional: 'string' }, stages: { list: 'string' }, languages: { record: 'string' }, summary: 'unknown' } };
const offer: Shape = { fields: { items: { list: item }, coProduced: 'boolean', count: { optional: 'number' } } };
const good = { items: [{ id: 'a', title: 'A', stages: ['baby'], languages: {}, summary: { anything: true } }], coProduced: false };

describe('shapeProblem', () => {
  it('accepts a value of the shape, with optional fields missing and fields it does not name', () => {
    assert.equal(shapeProblem(good, offer), undefined);
    assert.equal(shapeProblem({ ...good, count: 3, addedByANewerPack: 'x' }, offer), undefined);
  });

  it('names where a value differs and what was expected', () => {
    const cases: [unknown, string][] = [
      [null, 'the value: expected an object'],
      [{ ...good, coProduced: 'yes' }, 'coProduced: expected true or false'],
      [{ ...good, count: '3' }, 'count: expected a number'],
      [{ ...good, items: {} }, 'items: expected a list'],
      [{ ...good, items: [good.items[0], { ...good.items[0], title: undefined }] }, 'items.1.title: expected text'],
      [{ ...good, items: [{ ...good.items[0], note: 7 }] }, 'items.0.note: expected text'],
      [{ ...good, items: [{ ...good.items[0], stages: ['baby', 2] }] }, 'items.0.stages.1: expected text'],
      [{ ...good, items: [{ ...good.items[0], languages: { title: 1 } }] }, 'items.0.languages.title: expected text'],
      [{ ...good, items: [{ ...good.items[0], languages: [] }] }, 'items.0.languages: expected an object'],
    ];
    for (const [value, problem] of cases) assert.equal(shapeProblem(value, offer), problem);
  });

  it('does not read a field through the prototype', () => {
    const inherited = Object.create({ coProduced: true }) as Record<string, unknown>;
    inherited['items'] = [];
    assert.equal(shapeProblem(inherited, offer), 'coProduced: expected true or false');
  });
});
