/**
 * Writes the content model reference (docs/content-model.md) from the model itself, so the
 * documentation editors and developers read cannot drift from what the SDK validates.
 */
import { CONTENT_TYPE_IDS, contentModel } from '@family-hubs/content/model';
import { toContentfulContentType, type ContentfulValidation, type ContentTypeDefinition } from '@family-hubs/content/model-definition';

const messageOf = (v: ContentfulValidation): string[] => ('message' in v && v.message ? [v.message] : []);

const KIND_NAMES: Record<string, string> = {
  symbol: 'Short text',
  text: 'Long text',
  url: 'Link (URL policy)',
  richText: 'Rich text',
  integer: 'Whole number',
  number: 'Number',
  boolean: 'Yes/no',
  date: 'Date',
  location: 'Map position',
  link: 'Link to entry',
  links: 'Links to entries',
  symbols: 'List of short texts',
  asset: 'Asset',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown reference. */
export function contentModelMarkdown(): string {
  const lines = [
    '# Content model',
    '',
    'Generated from `packages/content/src/model` by `npm run docs:model`; do not edit by hand.',
    'The same definition produces the Contentful content types (`family-hubs model`), the SDK’s',
    'validation and TypeScript types, and the sample space. Field ids follow HSDS 3.0 / Open Referral UK',
    'names where one exists, in Contentful’s camelCase.',
    '',
    'Every entry is validated on its own: an entry that breaks a rule below is left out and reported to',
    'editors (`family-hubs check`); the rest of the content still shows.',
    '',
  ];
  for (const id of CONTENT_TYPE_IDS) {
    const type: ContentTypeDefinition = contentModel[id];
    lines.push(`## ${type.name} (\`${id}\`)`, '', type.description, '', '| Field | Id | Kind | Required | Translated | Rules and help |', '| --- | --- | --- | --- | --- | --- |');
    const contentfulFields = toContentfulContentType(type).fields;
    for (const [fieldId, field] of Object.entries(type.fields)) {
      const state = field.state;
      const contentful = contentfulFields.find((f) => f.id === fieldId)!;
      const rules = [
        ...contentful.validations.flatMap(messageOf),
        ...(contentful.items?.validations ?? []).flatMap(messageOf),
        ...(state.help ? [state.help] : []),
      ];
      lines.push(`| ${cell(state.name)} | \`${fieldId}\` | ${KIND_NAMES[state.kind] ?? state.kind} | ${state.required ? 'yes' : ''} | ${state.localized ? 'yes' : ''} | ${cell(rules.join('. '))} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
