/**
 * `npm run bench:receiver` (part of `npm run bench`): a bounded load on the reference receiver over
 * loopback, on SQLite and (when its binaries are here) a real PostgreSQL server started for the run:
 * 2,000 help requests from 50 concurrent families, a tenth of them sent again with the same key;
 * then the database is read back to count lost and duplicated requests. Writes the receiver's
 * section of docs/benchmarks.md (`--no-write` prints only). Timings are from this machine only.
 *
 *   --requests N --clients N   another load (defaults 2000 and 50)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSection } from './bench/markdown-section.js';
import { runReceiverLoad, type ReceiverLoadResult } from './bench/receiver/load.js';
import { postgresBinDir, startTestPostgres } from '../test/cli/postgres-support.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, clients: { type: 'string', default: '50' }, 'no-write': { type: 'boolean', default: false } } });
const load = { requests: Number(values.requests), clients: Number(values.clients), resendShare: 0.1 };
if (!Number.isInteger(load.requests) || load.requests < 1 || !Number.isInteger(load.clients) || load.clients < 1) {
  console.error('--requests and --clients must be whole numbers from 1');
  process.exit(2);
}

const startLoad = loadavg()[0]!;
const results: [string, ReceiverLoadResult][] = [];
const dir = mkdtempSync(join(tmpdir(), 'fh-bench-receiver-'));
try {
  process.stderr.write('SQLite…\n');
  results.push(['SQLite (node:sqlite, WAL)', await runReceiverLoad({ ...load, database: `sqlite:${join(dir, 'requests.db')}` })]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (postgresBinDir()) {
  process.stderr.write('PostgreSQL…\n');
  const server = await startTestPostgres();
  try {
    results.push(['PostgreSQL (local server, one receiver)', await runReceiverLoad({ ...load, database: await server.newDatabase() })]);
  } finally {
    await server.stop();
  }
}

const ms = (value: number) => `${value.toFixed(1)}`;
const errors = (result: ReceiverLoadResult) => Object.entries(result.errors).map(([status, count]) => `${count} × ${status}`).join(', ') || 'none';
const table = [
  '| Store | Requests | Clients | Resent (same key) | Wall time (s) | Accepted / s | p50 (ms) | p95 (ms) | p99 (ms) | Errors | Lost | Duplicated | Replays with another reference |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ...results.map(
    ([store, r]) =>
      `| ${store} | ${r.requests.toLocaleString('en-GB')} | ${r.clients} | ${r.resent} | ${(r.wallMs / 1000).toFixed(2)} | ${Math.round(r.perSecond).toLocaleString('en-GB')} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${errors(r)} | ${r.lost} | ${r.duplicated} | ${r.mismatchedReplays} |`,
  ),
];
const section = `## Reference receiver under load (loopback)

Written by \`npm run bench:receiver\` (\`scripts/bench-receiver.ts\`, \`scripts/bench/receiver/load.ts\`), part of \`npm run bench\`.
Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.
${load.requests.toLocaleString('en-GB')} help requests from ${load.clients} concurrent families over real HTTP on loopback, each with its own idempotency key and its own address: the receiver runs as behind the council's proxy (\`FH_RECEIVER_TRUST_PROXY=true\`) with its **default rate limit** (10 requests per address per 10 minutes), so the limit is in force and no family reaches it. Every tenth request is sent a second time with the same key after its answer, as a family whose answer was lost would. Latency is each first send's, from the client's side, with its fields encrypted and its idempotency record written (no webhook is configured, so no outbox rows). Afterwards every reference a family was shown is looked up in the database.

${table.join('\n')}

Lost, duplicated and mismatched replays must be 0 on every run; \`test/cli/receiver-load.test.ts\` checks that (200 requests from 20 families, both stores) in every \`npm test\`. One council's help requests are a few a day: the figures say how much headroom there is, not a target.
`;
console.log(section);
if (!values['no-write']) writeSection(join(ROOT, 'docs/benchmarks.md'), 'receiver-bench', section);
const bad = results.some(([, r]) => r.lost > 0 || r.duplicated > 0 || r.mismatchedReplays > 0);
process.exit(bad ? 1 : 0);
