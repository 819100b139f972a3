/**
 * Under concurrent load the receiver neither loses nor duplicates a request: 200 requests from 20
 * concurrent families (a tenth of them sent again with the same key, as after a lost answer), on
 * SQLite and on a real PostgreSQL server, then every key is checked against the database. This is
 * behaviour, not speed: the figures come from `npm run bench:receiver` (docs/benchmarks.md).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReceiverLoad } from '../../scripts/bench/receiver/load.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './postgres-support.js';

const LOAD = { requests: 200, clients: 20, resendShare: 0.1 } as const;

function assertNothingLostOrDuplicated(result: Awaited<ReturnType<typeof runReceiverLoad>>): void {
  assert.deepEqual(result.errors, {}, 'every send answered 201');
  assert.equal(result.resent, 20);
  assert.equal(result.lost, 0, 'no request the family was told about is missing');
  assert.equal(result.duplicated, 0, 'no request stored twice');
  assert.equal(result.mismatchedReplays, 0, 'a resend is shown the first reference');
}

describe('receiver under concurrent load', () => {
  it('SQLite: 200 requests from 20 families, none lost or duplicated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fh-load-'));
    try {
      assertNothingLostOrDuplicated(await runReceiverLoad({ ...LOAD, database: `sqlite:${join(dir, 'requests.db')}` }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('PostgreSQL', () => {
    let server: TestPostgres | undefined;
    const skip = postgresSkipReason();
    before(async () => {
      if (!skip) server = await startTestPostgres();
    });
    after(async () => server?.stop());

    it('200 requests from 20 families, none lost or duplicated', { skip }, async () => {
      assertNothingLostOrDuplicated(await runReceiverLoad({ ...LOAD, database: await server!.newDatabase() }));
    });
  });
});
