import { resolve } from 'node:path';
import { CliError, EXIT, nonBlankOption, type Command } from '../command.js';
import { writeFileAtomically } from '../safe-write.js';
import { applyModel } from '../model/apply.js';
import { buildModelImportFile } from '../model/import-file.js';

const DEFAULT_OUT = 'family-hubs-model.json';

/** `family-hubs model`: writes or applies the content model. */
export const modelCommand: Command = {
  name: 'model',
  summary: 'Write the content model as a `contentful space import` file, or apply it to a space with the Management API',
  usage: 'family-hubs model [--out family-hubs-model.json] | --apply --space <id> --management-token <token>',
  options: {
    out: { type: 'string', short: 'o', value: '<file>', description: 'Where to write the import file (written to a temporary file first, then renamed into place)', default: DEFAULT_OUT },
    apply: { type: 'boolean', description: 'Create or update the content types in a space instead of writing a file' },
    space: { type: 'string', value: '<id>', description: 'Space to apply to (with --apply)' },
    environment: { type: 'string', value: '<id>', description: 'Environment to apply to', default: 'master' },
    'management-token': { type: 'string', value: '<token>', description: 'Content Management API token. Also read from CONTENTFUL_MANAGEMENT_TOKEN' },
    'management-host': { type: 'string', value: '<url>', description: 'Management API base URL', default: 'https://api.contentful.com' },
  },
  examples: [
    'family-hubs model --out model.json && contentful space import --space-id abc123 --content-file model.json',
    'family-hubs model --apply --space abc123 --management-token $CONTENTFUL_MANAGEMENT_TOKEN',
  ],
  async run(values, io) {
    const model = buildModelImportFile();
    if (!values['apply']) {
      const out = resolve(io.cwd, nonBlankOption(values, 'out', 'a file name') ?? DEFAULT_OUT);
      await writeFileAtomically({ path: out, what: 'the model import file', defaultName: DEFAULT_OUT }, `${JSON.stringify(model, null, 2)}\n`, io.files);
      io.out(`Wrote ${out}: ${model.contentTypes.length} content types, ${model.locales.length} locales and ${model.entries.length} taxonomy categories.`);
      io.out('Import it with: contentful space import --space-id <id> --content-file ' + out);
      return EXIT.ok;
    }
    const space = nonBlankOption(values, 'space', 'your Contentful space id (Settings › General settings)');
    const token = nonBlankOption(values, 'management-token', 'a Content Management API token') ?? io.env['CONTENTFUL_MANAGEMENT_TOKEN']?.trim();
    const environment = nonBlankOption(values, 'environment', 'an environment id such as master') ?? 'master';
    const baseUrl = nonBlankOption(values, 'management-host', 'the Management API base URL') ?? 'https://api.contentful.com';
    if (space === undefined) throw new CliError('--apply needs --space <id>', 'Find the space id under Settings › General settings in Contentful.');
    if (!token) throw new CliError('--apply needs a management token', 'Pass --management-token <token> or set CONTENTFUL_MANAGEMENT_TOKEN.');
    const result = await applyModel(model, {
      space,
      environment,
      managementToken: token,
      baseUrl,
      progress: (text) => {
        if (io.isTTY) io.progress(text);
      },
    });
    io.out(`Applied the model to space ${space}: ${result.created.length} content types created, ${result.updated.length} updated.`);
    io.out('Add the DfE categories with: family-hubs model --out model.json && contentful space import --space-id ' + space + ' --content-file model.json');
    return EXIT.ok;
  },
};
