#!/usr/bin/env node
/**
 * `npm run size:breakdown`: what each CDN chunk is made of, by module, from the figures the last
 * `npm run build` recorded (rollup's rendered code per module, see `moduleBreakdown` in
 * rollup.config.mjs). A module's gzip share is its own gzip size scaled so that a chunk's modules
 * add up to the chunk's real gzip size (gzip compresses across module boundaries).
 *
 *   node scripts/size-breakdown.mjs [chunk-prefix] [--top N] [--group]
 *     chunk-prefix  only chunks whose file name starts with it (default: every chunk)
 *     --top N       the N largest modules per chunk (default 25)
 *     --group       sum by package / source folder instead of by module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { groupOf } from './size-groups.mjs';

const file = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules/.cache/fh-size-baseline/modules.json');
if (!existsSync(file)) {
  console.error('No module figures yet: run `npm run build` first.');
  process.exit(1);
}
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, group: { type: 'boolean', default: false } },
});
const top = Number(values.top);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

for (const chunk of JSON.parse(readFileSync(file, 'utf8'))) {
  if (positionals[0] && !chunk.fileName.startsWith(positionals[0])) continue;
  let rows = chunk.modules;
  if (values.group) {
    const sums = new Map();
    for (const m of rows) {
      const key = groupOf(m.id);
      const sum = sums.get(key) ?? { id: key, rendered: 0, gzip: 0 };
      sum.rendered += m.rendered;
      sum.gzip += m.gzip;
      sums.set(key, sum);
    }
    rows = [...sums.values()];
  }
  rows = rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`\n${chunk.fileName}: ${kB(chunk.min)} min, ${kB(chunk.gzip)} min+gzip, ${chunk.modules.length} modules`);
  for (const row of rows.slice(0, top)) {
    console.log(`  ${kB(row.gzip).padStart(8)}  ${kB(row.rendered).padStart(9)}  ${row.id.replace(/^.*?(node_modules|packages)\//, '$1/')}`);
  }
  if (rows.length > top) console.log(`  … ${rows.length - top} more`);
}
