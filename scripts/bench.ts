/**
 * `npm run bench:sdk` (the first half of `npm run bench`): how fast the content SDK handles
 * directories of 5,000 and 50,000 services (synthetic, seeded), written to docs/benchmarks.md. Timings are medians of several runs on
 * this machine: compare runs on one machine, not against a fixed number (machines are noisy,
 * which is why no test asserts a time). Only this benchmark's section of docs/benchmarks.md is
 * rewritten; the page benchmark (scripts/bench-page.ts) writes its own.
 */
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildContentSet, createPackSource, fallbackChain, listEntities } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { packFromSpaceExport, rawEntriesFromExport } from '@family-hubs/content/pack-builder';
import { createContentfulSource } from '@family-hubs/content/contentful';
import { startCmsServer } from '../packages/cli/src/cms-server/index.js';
import { generateSyntheticSpace } from '../packages/cli/src/sample/index.js';
import { writeSection } from './bench/markdown-section.js';

const RUNS = 3;

async function median(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const ms = (value: number) => `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB')} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const rows: string[][] = [];
for (const services of [5_000, 50_000]) {
  process.stderr.write(`Generating ${services.toLocaleString('en-GB')} services…\n`);
  const space = generateSyntheticSpace({ services, seed: 42 });
  const { entries } = space;
  const raws = rawEntriesFromExport(entries, fallbackChain('en-GB', space.locales));
  const registry = contentModel;

  process.stderr.write('Validating…\n');
  const validate = await median(() => buildContentSet(raws, { locale: 'en-GB', registry }));
  const built = buildContentSet(raws, { locale: 'en-GB', registry });
  const packTime = await median(() => packFromSpaceExport(space, { source: { kind: 'other' } }));
  const pack = packFromSpaceExport(space, { source: { kind: 'other' } });
  const json = JSON.stringify(pack);
  const reload = await median(() => createPackSource({ pack: JSON.parse(json) as unknown, key: 'bench' }).load({ types: ['service'], locale: 'en-GB', registry }));

  let viaApi = 'not measured';
  if (services <= 5_000) {
    process.stderr.write('Loading through the local Delivery API with the real contentful client…\n');
    const server = await startCmsServer({ space, spaceId: 'bench', deliveryTokens: ['t'], previewTokens: [] });
    try {
      const source = () => createContentfulSource({ space: 'bench', accessToken: 't', host: server.host, insecure: true, timeoutMs: 60_000 });
      viaApi = ms(await median(() => source().load({ types: ['service'], locale: 'en-GB', registry })));
    } finally {
      await server.close();
    }
  }
  rows.push([
    services.toLocaleString('en-GB'),
    entries.length.toLocaleString('en-GB'),
    String(listEntities(built.set, 'service').length.toLocaleString('en-GB')),
    ms(validate),
    ms(packTime),
    `${mb(json.length)} (${mb(gzipSync(json).length)} gzip)`,
    ms(reload),
    viaApi,
  ]);
}

const report = [
  '## Content SDK on large directories (Node)',
  '',
  'Written by `npm run bench:sdk` (`scripts/bench.ts`), the first half of `npm run bench`.',
  'Synthetic directories from `generateSyntheticSpace` (seed 42; each service has locations,',
  `schedules and categories). Median of ${RUNS} runs. Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| Services | Entries | Valid services | Validate one locale | Build pack (2 locales) | Pack size | Load pack (re-validate) | Load via Delivery API (real client, 1,000 a page) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  'Reading: "Validate one locale" is what a page pays to turn a whole directory into checked,',
  'typed content; "Load pack" adds JSON parsing. Widgets that show one thing (the Start for Life',
  'offer) ask for their own content types only, so they validate a few dozen entries, not these.',
  '',
].join('\n');
writeSection('docs/benchmarks.md', 'sdk-bench', report);
process.stdout.write(report);
