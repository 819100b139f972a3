/**
 * The receiver's shared suite on a real PostgreSQL server started for this file (see
 * postgres-support.ts: in CI a missing PostgreSQL fails the suite, it never skips it), and what
 * happens when the database goes away under a running receiver.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readReceiverConfig } from '../../packages/cli/src/receiver/config.js';
import { jsonLogger } from '../../packages/cli/src/receiver/log.js';
import { startReceiver } from '../../packages/cli/src/receiver/server.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './postgres-support.js';
import { receiverSuite } from './receiver-suite.js';

receiverSuite('PostgreSQL', async () => {
  const skip = postgresSkipReason();
  return skip ?? startTestPostgres();
});

describe('receiver on PostgreSQL when the database goes away', () => {
  let server: TestPostgres | undefined;
  let skip: string | undefined;
  // Thrown in the test, not the hook: node:test does not count a failed hook as a failed test.
  let setupError: Error | undefined;
  before(async () => {
    try {
      skip = postgresSkipReason();
      if (!skip) server = await startTestPostgres();
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  });
  after(() => server?.stop());

  it('/readyz says 503, a request gets 503 with Retry-After (the client retries), and nothing personal is logged', async (t) => {
    if (setupError) throw setupError;
    if (skip) return t.skip(skip);
    const database = await server!.newDatabase();
    const logs: string[] = [];
    const config = readReceiverConfig({ FH_RECEIVER_KEYS: `k:${randomBytes(32).toString('base64')}`, FH_RECEIVER_STAFF_TOKEN: randomBytes(24).toString('hex') }, database);
    const receiver = await startReceiver({ config, log: jsonLogger((line) => logs.push(line)) });
    try {
      assert.equal((await fetch(`${receiver.url}/readyz`)).status, 200);
      await server!.dropDatabase(database);
      const ready = await fetch(`${receiver.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.deepEqual(await ready.json(), { status: 'database_unavailable' });
      const response = await fetch(`${receiver.url}/requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ version: 1, route: 'contact', topics: ['money'], contact: { name: 'Orlaith', email: 'orlaith@example.org' }, honeypot: '', elapsedMs: 9000 }),
      });
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.equal((await fetch(`${receiver.url}/healthz`)).status, 200, 'the process itself is fine');
      assert.ok(logs.some((line) => line.includes('"request.failed"')));
      assert.ok(!logs.join('\n').includes('Orlaith') && !logs.join('\n').includes('orlaith@'), logs.join('\n'));
    } finally {
      await receiver.close();
    }
  });
});
