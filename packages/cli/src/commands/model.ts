import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, type Command } from '../command.js';
import { applyModel } from '../model/apply.js';
import { buildModelImportFile } from '../model/import-file.js';

/** `family-hubs model`: writes or applies the content model. */
export const modelCommand: Command = {
  name: 'model',
  summary: 'Write the content model as a `contentful space import` file, or apply it to a space with the Management API',
  usage: 'family-hubs model [--out family-hubs-model.json] | --apply --space <id> --management-token <token>',
  options: {
    out: { type: 'string', short: 'o', value: '<file>', description: 'Where to write the import file', default: 'family-hubs-model.json' },
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
  async run(values, _positionals, io) {
    const model = buildModelImportFile();
    if (!values['apply']) {
      const out = resolve(io.cwd, String(values['out']));
      await writeFile(out, `${JSON.stringify(model, null, 2)}\n`);
      io.out(`Wrote ${out}: ${model.contentTypes.length} content types, ${model.locales.length} locales and ${model.entries.length} taxonomy categories.`);
      io.out('Import it with: contentful space import --space-id <id> --content-file ' + out);
      return 0;
    }
    const space = values['space'];
    const token = (typeof values['management-token'] === 'string' ? values['management-token'] : undefined) ?? io.env['CONTENTFUL_MANAGEMENT_TOKEN'];
    if (typeof space !== 'string') throw new CliError('--apply needs --space <id>', 'Find the space id under Settings › General settings in Contentful.');
    if (!token) throw new CliError('--apply needs a management token', 'Pass --management-token <token> or set CONTENTFUL_MANAGEMENT_TOKEN.');
    const result = await applyModel(model, {
      space,
      environment: String(values['environment']),
      managementToken: token,
      baseUrl: String(values['management-host']),
      progress: io.progress,
    });
    io.out(`Applied the model to space ${space}: ${result.created.length} content types created, ${result.updated.length} updated.`);
    io.out('Add the DfE categories with: family-hubs model --out model.json && contentful space import --space-id ' + space + ' --content-file model.json');
    return 0;
  },
};
