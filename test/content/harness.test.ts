// Proves the Node harness runs TypeScript tests under node:test and counts them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod';

describe('node test harness', () => {
  const Service = z.object({ id: z.string().min(1), name: z.string(), ageFrom: z.number().int().nonnegative() });

  it('parses a valid record with zod', () => {
    const parsed = Service.parse({ id: 'svc-1', name: 'Stay and play', ageFrom: 0 });
    assert.deepEqual(parsed, { id: 'svc-1', name: 'Stay and play', ageFrom: 0 });
  });

  it('reports the path of an invalid field', () => {
    const result = Service.safeParse({ id: '', name: 'Stay and play', ageFrom: -1 });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues.map((issue) => issue.path.join('.')).sort(), ['ageFrom', 'id']);
  });
});
