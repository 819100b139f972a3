import { resolve } from 'node:path';
import { formatIssue, type ContentPack } from '@family-hubs/content';
import { CliError, EXIT, nonBlankOption, type Command } from '../command.js';
import { existingPackCounts, findShrinks, formatShrinks, packCounts, SHRINK_MIN_LOSS } from '../pack-shrink.js';
import { checkWritable, writeFileAtomically, type Target } from '../safe-write.js';
import { openSpace, spaceOptions } from '../space-connection.js';
import { validateSpace } from '../validate-space.js';

const DEFAULT_OUT = 'content-pack.json';

/** `family-hubs pack`: builds a validated content pack for widgets to read. */
export const packCommand: Command = {
  name: 'pack',
  summary: 'Build a validated content pack (JSON) that widgets can read instead of, or as a fallback for, the CMS',
  usage: 'family-hubs pack [--out content-pack.json] [--space <id> --token <token> | --space-file <file>]',
  options: {
    ...spaceOptions,
    out: { type: 'string', short: 'o', value: '<file>', description: 'Where to write the pack (written to a temporary file first, then renamed into place)', default: DEFAULT_OUT },
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
    'family-hubs pack --out public/family-hubs/content-pack.json',
    'family-hubs pack --space abc123 --token $CONTENTFUL_ACCESS_TOKEN --on-invalid omit',
  ],
  async run(values, io) {
    const policy = values['on-invalid'];
    if (policy !== 'fail' && policy !== 'omit') throw new CliError(`--on-invalid must be "fail" or "omit", not "${String(policy)}"`);
    const target: Target = { path: resolve(io.cwd, nonBlankOption(values, 'out', 'a file name') ?? DEFAULT_OUT), what: 'the content pack', defaultName: DEFAULT_OUT };
    const out = target.path;
    // Before the read, which can take minutes: a typo in --out must not cost a whole export.
    await checkWritable(target, io.files);
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
    await writeFileAtomically(target, `${JSON.stringify(pack)}\n`, io.files);
    const entriesIn = (code: string) => Object.values(pack.content[code]?.entities ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0);
    const counts = pack.locales.map((l) => `${l.code}: ${entriesIn(l.code)} entries`);
    io.out(`Wrote ${out} (${counts.join(', ')}${errors.length ? `; ${errors.length} invalid left out` : ''})`);
    if (shrinks.length) io.err(`Note: the pack lost most of its content (${formatShrinks(shrinks)}); written because of --allow-shrink.`);
    return EXIT.ok;
  },
};
