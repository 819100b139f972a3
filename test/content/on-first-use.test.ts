// The SDK's lazy parts load once, shared by every caller, and a load that failed is tried again.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { onFirstUse } from '../../packages/content/src/on-first-use.js';

describe('onFirstUse', () => {
  it('loads once for every caller while the load stands, and again after it failed', async () => {
    let calls = 0;
    let fail = true;
    const load = onFirstUse(() => {
      calls += 1;
      return fail ? Promise.reject(new Error('the chunk did not arrive')) : Promise.resolve(calls);
    });
    const [first, second] = [load(), load()];
    assert.equal(first, second, 'callers share one load');
    await assert.rejects(first, /did not arrive/);
    fail = false;
    assert.equal(await load(), 2, 'the failed load is forgotten');
    assert.equal(await load(), 2, 'the good one is kept');
    assert.equal(calls, 2);
  });
});
