import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue, type ContentPack } from '@family-hubs/content';
import { CliError, type Command } from '../command.js';
import { openSpace, spaceOptions } from '../space-connection.js';
import { validateSpace } from '../validate-space.js';

/** `family-hubs pack`: builds a validated content pack for widgets to read. */
export const packCommand: Command = {
  name: 'pack',
  summary: 'Build a validated content pack (JSON) that widgets can read instead of, or as a fallback for, the CMS',
  usage: 'family-hubs pack [--out content-pack.json] [--space <id> --token <token> | --space-file <file>]',
  options: {
    ...spaceOptions,
    out: { type: 'string', short: 'o', value: '<file>', description: 'Where to write the pack', default: 'content-pack.json' },
    'on-invalid': {
      type: 'string',
      value: '<fail|omit>',
      description: 'What to do when published entries are invalid: fail (write nothing) or omit them and write the rest',
      default: 'fail',
    },
  },
  examples: [
    'family-hubs pack --out public/family-hubs/content-pack.json',
    'family-hubs pack --space abc123 --token $CONTENTFUL_ACCESS_TOKEN --on-invalid omit',
  ],
  async run(values, _positionals, io) {
    const policy = values['on-invalid'];
    if (policy !== 'fail' && policy !== 'omit') throw new CliError(`--on-invalid must be "fail" or "omit", not "${String(policy)}"`);
    const out = resolve(io.cwd, String(values['out']));
    const connection = await openSpace(values, io);
    let pack: ContentPack;
    try {
      ({ pack } = await validateSpace(connection, io));
    } finally {
      await connection.close();
    }
    const errors = pack.issues.filter((issue) => issue.severity === 'error');
    for (const issue of errors) io.err(formatIssue(issue));
    if (errors.length && policy === 'fail') {
      throw new CliError(
        `${errors.length} published ${errors.length === 1 ? 'entry is' : 'entries are'} invalid, so no pack was written`,
        'Fix the entries listed above (run `family-hubs check` for a full report), or pass --on-invalid omit to write a pack without them.',
        1,
      );
    }
    await writeFile(out, `${JSON.stringify(pack)}\n`);
    const entriesIn = (code: string) => Object.values(pack.content[code]?.entities ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0);
    const counts = pack.locales.map((l) => `${l.code}: ${entriesIn(l.code)} entries`);
    io.out(`Wrote ${out} (${counts.join(', ')}${errors.length ? `; ${errors.length} invalid left out` : ''})`);
    return 0;
  },
};
