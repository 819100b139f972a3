import { join, resolve } from 'node:path';
import { formatIssue, type ContentPack } from '@family-hubs/content';
import { CliError, EXIT, nonBlankOption, type Command } from '../command.js';
import { existingPackCounts, findShrinks, formatShrinks, packCounts, SHRINK_MIN_LOSS } from '../pack-shrink.js';
import { writeLeanPack } from '../lean-pack-writer.js';
import { checkWritable, nodeFileOps, writeFileAtomically, type FileOps, type Target } from '../safe-write.js';
import { openSpace, spaceOptions } from '../space-connection.js';
import { validateSpace } from '../validate-space.js';

const DEFAULT_OUT = 'content-pack';

/** `--out x.json` asks for the single-file pack, for hosts that can serve only one file. */
const isSingleFile = (path: string): boolean => path.toLowerCase().endsWith('.json');

/**
 * Checks where the pack will go before the long read. A folder that exists must take a new
 * manifest; one that does not yet exist must be creatable in its parent; a file must not be a folder.
 */
async function checkPackTarget(target: Target, single: boolean, files: FileOps = nodeFileOps): Promise<void> {
  if (single) return checkWritable(target, files);
  const existing = await files.stat(target.path).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new CliError(`--out ${target.path} is a file, not a pack folder`, `Pass a folder (e.g. --out ${target.path.replace(/\.[^./]*$/, '')}-pack), or a name ending in .json for a single-file pack.`);
  }
  if (existing) {
    // Only a pack's own folder, or an empty one: the writer tidies old pack files in it, and must
    // never touch a folder of the council's own files.
    const names = await files.readdir(target.path);
    if (names.length && !names.includes('manifest.json')) {
      throw new CliError(
        `--out ${target.path} is a folder with other files in it and no content pack`,
        `Pass a folder of its own, e.g. --out ${join(target.path, 'content-pack')}, or a name ending in .json for a single-file pack.`,
      );
    }
  }
  return checkWritable(existing ? { ...target, path: join(target.path, 'manifest.json') } : target, files);
}

/** `family-hubs pack`: builds a validated content pack for widgets to read. */
export const packCommand: Command = {
  name: 'pack',
  summary: 'Build a validated content pack that widgets can read instead of, or as a fallback for, the CMS',
  usage: 'family-hubs pack [--out content-pack] [--space <id> --token <token> | --space-file <file>]',
  options: {
    ...spaceOptions,
    out: {
      type: 'string',
      short: 'o',
      value: '<folder|file.json>',
      description: 'Where to write the pack: a folder (a manifest and a file per locale and content type, what pages should use), or a single .json file',
      default: DEFAULT_OUT,
    },
    'on-invalid': {
      type: 'string',
      value: '<fail|omit>',
      description: 'What to do when published entries are invalid: fail (write nothing) or omit them and write the rest',
      default: 'fail',
    },
    'allow-shrink': {
      type: 'boolean',
      description: `Write the pack even if it has less than half the entries of the pack at --out (of any content type, or in all; losing ${SHRINK_MIN_LOSS} or more)`,
    },
  },
  examples: [
    'family-hubs pack --out public/family-hubs/content-pack',
    'family-hubs pack --space abc123 --token $CONTENTFUL_ACCESS_TOKEN --on-invalid omit',
  ],
  async run(values, io) {
    const policy = values['on-invalid'];
    if (policy !== 'fail' && policy !== 'omit') throw new CliError(`--on-invalid must be "fail" or "omit", not "${String(policy)}"`);
    const target: Target = { path: resolve(io.cwd, nonBlankOption(values, 'out', 'a folder or file name') ?? DEFAULT_OUT), what: 'the content pack', defaultName: 'content-pack.json' };
    const out = target.path;
    const single = isSingleFile(out);
    // Before the read, which can take minutes: a typo in --out must not cost a whole export. A
    // folder is checked by its manifest, the file pages read first.
    await checkPackTarget(target, single, io.files);
    const before = await existingPackCounts(out);
    const connection = await openSpace(values, io);
    let pack: ContentPack;
    try {
      ({ pack } = await validateSpace(connection, io, { progress: true }));
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`${error.message.replace(/\.$/, '')}; ${out} was not changed`, error.hint, error.exitCode);
      throw error;
    } finally {
      await connection.close();
    }
    const errors = pack.issues.filter((issue) => issue.severity === 'error');
    for (const issue of errors) io.err(formatIssue(issue));
    if (errors.length && policy === 'fail') {
      throw new CliError(
        `${errors.length} published ${errors.length === 1 ? 'entry is' : 'entries are'} invalid, so no pack was written`,
        'Fix the entries listed above (run `family-hubs check` for a full report), or pass --on-invalid omit to write a pack without them.',
        EXIT.content,
      );
    }
    const after = packCounts(pack);
    const shrinks = before && after ? findShrinks(before, after) : [];
    if (shrinks.length && values['allow-shrink'] !== true) {
      throw new CliError(
        `The new pack would lose most of the content of ${out} (${formatShrinks(shrinks)}), so it was not written`,
        'Check what was unpublished or deleted in the CMS and that --space and --environment are right; if the loss is intended, run again with --allow-shrink.',
        EXIT.content,
      );
    }
    const entriesIn = (code: string) => Object.values(pack.content[code]?.entities ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0);
    const counts = pack.locales.map((l) => `${l.code}: ${entriesIn(l.code)} entries`);
    const left = errors.length ? `; ${errors.length} invalid left out` : '';
    if (single) {
      await writeFileAtomically(target, `${JSON.stringify(pack)}\n`, io.files);
      io.out(`Wrote ${out} (${counts.join(', ')}${left})`);
    } else {
      const { written, removed } = await writeLeanPack(target, pack, io.files);
      io.out(`Wrote ${join(out, 'manifest.json')} (${counts.join(', ')}${left}; ${written} files written, ${removed} old files removed; editors' findings in report.json)`);
    }
    if (shrinks.length) io.err(`Note: the pack lost most of its content (${formatShrinks(shrinks)}); written because of --allow-shrink.`);
    return EXIT.ok;
  },
};
