/**
 * Rich text that the widgets cannot show in full (unknown node types, absurd nesting) is kept,
 * and what was left out reaches the editors' report as warnings.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, getEntity, richTextToPlainText } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';

const text = (value: string) => ({ nodeType: 'text', value, marks: [], data: {} });
const paragraph = (value: string) => ({ nodeType: 'paragraph', data: {}, content: [text(value)] });
const documentOf = (...content: unknown[]) => ({ nodeType: 'document', data: {}, content });

function nested(depth: number): unknown {
  let node: unknown = paragraph('deep down');
  for (let i = 0; i < depth; i++) node = { nodeType: 'blockquote', data: {}, content: [node] };
  return node;
}

const programme = (id: string, description: unknown) => ({ id, contentType: 'parentingProgramme', fields: { name: `Programme ${id}`, summary: 'A summary', evidenceRating: '3', description } });

describe('rich text warnings', () => {
  it('keeps an entry with an unknown node type and reports one warning for it', () => {
    const description = documentOf(paragraph('Before'), { nodeType: 'embedded-entry-block', data: { target: {} }, content: [] }, paragraph('After'));
    const { set, issues } = buildContentSet([programme('o1', description)], { registry: contentModel, locale: 'en-GB' });
    const kept = getEntity(set, 'parentingProgramme', 'o1');
    assert.ok(kept, 'the entry is shown');
    assert.equal(richTextToPlainText(kept.description), 'Before\nAfter');
    assert.deepEqual(
      issues.map((i) => [i.entryId, i.severity, i.code, i.path.join('.')]),
      [['o1', 'warning', 'invalid-field', 'description.content.1']],
    );
    assert.match(issues[0]!.message, /^"Description": Rich text contains "embedded-entry-block", which the widgets cannot show/);
    assert.equal(issues[0]!.locale, 'en-GB');
  });

  it('reports unknown inline nodes too', () => {
    const description = documentOf({ nodeType: 'paragraph', data: {}, content: [text('Call '), { nodeType: 'embedded-entry-inline', data: {}, content: [] }] });
    const { issues } = buildContentSet([programme('o2', description)], { registry: contentModel, locale: 'en-GB' });
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.severity, 'warning');
    assert.deepEqual(issues[0]!.path, ['description', 'content', 0, 'content', 1]);
  });

  it('keeps absurdly nested rich text, drops the part past the limit and says so once', () => {
    const { set, issues, rejected } = buildContentSet([programme('o3', documentOf(paragraph('Top'), nested(500)))], { registry: contentModel, locale: 'en-GB' });
    assert.equal(rejected.size, 0);
    const kept = getEntity(set, 'parentingProgramme', 'o3')!;
    assert.equal(richTextToPlainText(kept.description), 'Top');
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.severity, 'warning');
    assert.match(issues[0]!.message, /nested more than 12 levels deep/);
  });

  it('reports nothing for rich text the widgets show in full, and nothing again when a valid set is re-validated', () => {
    const { set, issues } = buildContentSet([programme('o4', documentOf(paragraph('Plain'), nested(3)))], { registry: contentModel, locale: 'en-GB' });
    assert.deepEqual(issues, []);
    // A content pack stores the normalised document; reading it back must not repeat warnings.
    const warned = buildContentSet([programme('o5', documentOf({ nodeType: 'table', data: {}, content: [] }))], { registry: contentModel, locale: 'en-GB' });
    const stored = getEntity(warned.set, 'parentingProgramme', 'o5')!;
    const reread = buildContentSet([{ id: 'o5', contentType: 'parentingProgramme', fields: { ...stored } }], { registry: contentModel, locale: 'en-GB' });
    assert.deepEqual(reread.issues, []);
    assert.ok(getEntity(set, 'parentingProgramme', 'o4'));
  });

  it('an entry left out for an error reports the error, not a pile of rich-text warnings', () => {
    const description = documentOf({ nodeType: 'table', data: {}, content: [] });
    const { issues, rejected } = buildContentSet([{ id: 'o6', contentType: 'parentingProgramme', fields: { name: 'No summary', evidenceRating: '3', description } }], { registry: contentModel, locale: 'en-GB' });
    assert.deepEqual([...rejected], ['o6']);
    assert.deepEqual(issues.map((i) => [i.severity, i.path[0]]), [['error', 'summary']]);
  });
});
