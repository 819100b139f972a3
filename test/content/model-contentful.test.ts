import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_TYPE_IDS, contentModel, validateEntryForTest } from './helpers.js';
import { toContentfulContentType, toContentfulEditorInterface } from '@family-hubs/content/model-definition';

describe('content model → Contentful content types', () => {
  it('generates one content type per model type, with every field, its display field and description', () => {
    for (const id of CONTENT_TYPE_IDS) {
      const definition = contentModel[id];
      const type = toContentfulContentType(definition);
      assert.equal(type.sys.id, id);
      assert.ok(type.description.length > 10, `${id} has an editor description`);
      assert.deepEqual(
        type.fields.map((f) => f.id),
        Object.keys(definition.fields),
      );
      assert.ok(
        type.fields.some((f) => f.id === type.displayField),
        `${id}.displayField names a field`,
      );
    }
  });

  it('maps field kinds to Contentful types, link validations, sizes and allowed values', () => {
    const service = toContentfulContentType(contentModel.service);
    const field = (id: string) => service.fields.find((f) => f.id === id)!;
    assert.deepEqual({ type: field('name').type, required: field('name').required, localized: field('name').localized }, { type: 'Symbol', required: true, localized: true });
    assert.deepEqual(field('summary').validations[0], { size: { max: 200 }, message: 'Use 200 characters or fewer' });
    assert.equal(field('description').type, 'RichText');
    assert.equal(field('minimumAge').type, 'Number');
    assert.equal(field('lastChecked').type, 'Date');
    assert.deepEqual(field('organisation').validations, [{ linkContentType: ['organisation'], message: 'Link to: organisation' }]);
    assert.equal(field('categories').type, 'Array');
    assert.deepEqual(field('categories').items, {
      type: 'Link',
      linkType: 'Entry',
      validations: [{ linkContentType: ['taxonomyTerm'], message: 'Link to: taxonomyTerm' }],
    });
    assert.deepEqual(field('status').validations.find((v) => 'in' in v), {
      in: ['active', 'temporarilyClosed', 'inactive'],
      message: 'Choose one of: active, temporarilyClosed, inactive',
    });
    const location = toContentfulContentType(contentModel.location);
    assert.equal(location.fields.find((f) => f.id === 'position')!.type, 'Location');
  });

  it('puts editor help text and widgets in the editor interface', () => {
    const editor = toContentfulEditorInterface(contentModel.service);
    const lastChecked = editor.controls.find((c) => c.fieldId === 'lastChecked')!;
    assert.equal(lastChecked.widgetId, 'datePicker');
    assert.match(lastChecked.settings?.helpText ?? '', /6 months/);
    assert.equal(editor.controls.find((c) => c.fieldId === 'status')!.widgetId, 'dropdown');
  });

  it('covers the Start for Life offer, programmes, help request and site settings', () => {
    for (const id of ['startForLifeOffer', 'startForLifeSection', 'startForLifeItem', 'parentingProgramme', 'programmeCourse', 'helpRequestSettings', 'siteSettings', 'familyHub', 'schedule']) {
      assert.ok(CONTENT_TYPE_IDS.includes(id as never), id);
    }
  });
});

describe('content model → validation', () => {
  it('accepts a valid entry and hands out links as ids, dates as YYYY-MM-DD', () => {
    const result = validateEntryForTest('service', {
      name: 'Baby massage',
      summary: 'Gentle massage for babies under 1',
      status: 'active',
      categories: [{ sys: { type: 'Link', linkType: 'Entry', id: 'tax-health-visiting' } }],
      lastChecked: '2026-10-01T09:00:00.000Z',
      minimumAge: 0.1,
    });
    assert.ok(result.ok);
    assert.deepEqual(result.entity.categories, ['tax-health-visiting']);
    assert.equal(result.entity.lastChecked, '2026-10-01');
  });

  it('rejects bad values with messages that name the field as editors see it', () => {
    const result = validateEntryForTest('schedule', { freq: 'DAILY', byday: ['XX'], opensAt: '25:00', validFrom: '2025-02-30' });
    assert.equal(result.ok, false);
    const messages = result.issues.map((i) => i.message).join('\n');
    assert.match(messages, /"Repeats" must be one of: WEEKLY, MONTHLY/);
    assert.match(messages, /"Days" \(item 1\): Use day codes/);
    assert.match(messages, /"Starts at": Use the 24-hour clock/);
    assert.match(messages, /"First date": Enter a real date/);
  });

  it('reports a missing required field as missing, and treats blank text as missing', () => {
    const result = validateEntryForTest('location', { name: '   ' });
    assert.equal(result.ok, false);
    const codes = result.issues.map((i) => `${i.code}:${i.path.join('.')}`).sort();
    assert.deepEqual(codes, ['missing-field:name', 'missing-field:postcode']);
    assert.match(result.issues[0]!.message, /is required/);
  });

  it('refuses javascript: links in URL fields and inside rich text', () => {
    const result = validateEntryForTest('organisation', { name: 'X', url: 'javascript:alert(1)' });
    assert.equal(result.ok, false);
    assert.match(result.issues[0]!.message, /Links must start with https/);
    const rich = validateEntryForTest('startForLifeItem', {
      title: 'T',
      access: ['phone'],
      summary: {
        nodeType: 'document',
        data: {},
        content: [{ nodeType: 'paragraph', data: {}, content: [{ nodeType: 'hyperlink', data: { uri: 'JaVaScRiPt:alert(1)' }, content: [{ nodeType: 'text', value: 'x', marks: [], data: {} }] }] }],
      },
    });
    assert.equal(rich.ok, false);
    assert.deepEqual(rich.issues[0]!.path.slice(0, 1), ['summary']);
  });
});
