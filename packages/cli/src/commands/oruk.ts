import { resolve } from 'node:path';
import { DEFAULT_PAGE_SIZE, exportOrukFeed, MAX_PAGE_SIZE, orukExportQuery } from '@family-hubs/content/oruk-export';
import { CliError, EXIT, integerOption, nonBlankOption, type Command } from '../command.js';
import { checkFeedTarget, writeOrukFeed } from '../oruk-feed-writer.js';
import { loadPackFile } from '../pack-file.js';
import type { Target } from '../safe-write.js';

/** `family-hubs oruk`: the service directory as a static Open Referral UK 3.0 feed. */
export const orukCommand: Command = {
  name: 'oruk',
  summary: 'Publish the service directory of a content pack as a static Open Referral UK 3.0 (HSDS-UK-3.0) feed',
  usage: 'family-hubs oruk --pack <folder|file.json> --out <folder> [--per-page 50]',
  options: {
    pack: { type: 'string', value: '<folder|file.json>', description: 'The content pack to publish: a pack folder (or its manifest.json), or a single-file pack, as `family-hubs pack` writes them' },
    out: { type: 'string', short: 'o', value: '<folder>', description: 'The folder to write the feed to (new, empty, or an earlier feed)' },
    'per-page': { type: 'string', value: '<n>', description: `Services per page of /services (1 to ${MAX_PAGE_SIZE})`, default: String(DEFAULT_PAGE_SIZE) },
  },
  examples: ['family-hubs oruk --pack public/family-hubs/content-pack --out public/oruk', 'family-hubs oruk --pack content-pack.json --out oruk --per-page 100'],
  async run(values, io) {
    const pack = nonBlankOption(values, 'pack', 'the content pack folder or file');
    if (pack === undefined) throw new CliError('--pack is missing', 'Pass the content pack to publish, e.g. --pack content-pack (build one with `family-hubs pack`).');
    const out = nonBlankOption(values, 'out', 'a folder for the feed');
    if (out === undefined) throw new CliError('--out is missing', 'Pass the folder to write the feed to, e.g. --out public/oruk.');
    const perPage = integerOption(values, 'per-page', 1, MAX_PAGE_SIZE, String(DEFAULT_PAGE_SIZE));
    const target: Target = { path: resolve(io.cwd, out), what: 'the ORUK feed', defaultName: 'oruk' };
    // Before reading: a typo in --out must not be found only after the work is done.
    await checkFeedTarget(target, io.files);
    const { set, issues } = await loadPackFile(resolve(io.cwd, pack), orukExportQuery);
    const feed = exportOrukFeed(set);
    const leftOut = [...issues, ...feed.issues].filter((issue) => issue.severity === 'error');
    const { pages, written, removed } = await writeOrukFeed(target, feed, perPage, io.files);
    const count = feed.services.length;
    io.out(`Wrote the ORUK feed to ${target.path}: ${count} ${count === 1 ? 'service' : 'services'} on ${pages} ${pages === 1 ? 'page' : 'pages'} (${written} files written, ${removed} old files removed)`);
    if (leftOut.length) {
      io.err(`Note: ${leftOut.length} ${leftOut.length === 1 ? 'entry of the pack is' : 'entries of the pack are'} invalid and not in the feed; run \`family-hubs check\` to see which.`);
    }
    return EXIT.ok;
  },
};
