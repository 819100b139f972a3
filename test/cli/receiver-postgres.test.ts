/**
 * The receiver's shared suite on a real PostgreSQL server started for this file (see
 * postgres-support.ts: in CI a missing PostgreSQL fails the suite, it never skips it).
 */
import { postgresSkipReason, startTestPostgres } from './postgres-support.js';
import { receiverSuite } from './receiver-suite.js';

receiverSuite('PostgreSQL', async () => {
  const skip = postgresSkipReason();
  return skip ?? startTestPostgres();
});
