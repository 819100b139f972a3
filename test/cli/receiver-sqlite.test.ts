/** The receiver's shared suite on SQLite (`node:sqlite`), each receiver on a new database file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { receiverSuite } from './receiver-suite.js';

receiverSuite('SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fh-receiver-'));
  let count = 0;
  return {
    newDatabase: () => Promise.resolve(`sqlite:${join(dir, `requests-${++count}.db`)}`),
    stop: () => rm(dir, { recursive: true, force: true }),
  };
});
