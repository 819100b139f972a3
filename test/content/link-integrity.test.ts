import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildContentSet, getEntity, type RawEntry } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';

const link = (id: string) => ({ sys: { type: 'Link', linkType: 'Entry', id } });
const term: RawEntry = { id: 'tax-health', contentType: 'taxonomyTerm', fields: { name: 'Health' } };
const service = (id: string, fields: Record<string, unknown> = {}): RawEntry => ({
  id,
  contentType: 'service',
  fields: { name: `Service ${id}`, summary: 'Help for families', status: 'active', categories: [link('tax-health')], lastChecked: '2026-09-01', ...fields },
});

describe('link integrity', () => {
  it('drops a dangling optional link with a warning and keeps the entry', () => {
    const { set, issues } = buildContentSet([term, service('s1', { organisation: link('missing-org') })], { registry: contentModel, locale: 'en-GB', unresolvable: new Set(['missing-org']) });
    assert.ok(getEntity(set, 'service', 's1'));
    assert.equal(getEntity(set, 'service', 's1')!.organisation, undefined);
    assert.deepEqual(
      issues.map((i) => [i.code, i.severity, i.path.join('.')]),
      [['dangling-link', 'warning', 'organisation']],
    );
    assert.match(issues[0]!.message, /"Run by" links to entry missing-org, which is missing or not published/);
  });

  it('rejects an entry whose required links all dangle, and cascades to entries that need it', () => {
    const section: RawEntry = { id: 'sec', contentType: 'startForLifeSection', fields: { category: 'maternity', title: 'Maternity', items: [link('gone')] } };
    const offer: RawEntry = {
      id: 'offer',
      contentType: 'startForLifeOffer',
      fields: { intro: { nodeType: 'document', data: {}, content: [] }, sections: [link('sec')], lastReviewed: '2026-06-01' },
    };
    const { set, rejected, issues } = buildContentSet([section, offer], { registry: contentModel, locale: 'en-GB' });
    assert.deepEqual([...rejected].sort(), ['offer', 'sec']);
    assert.equal(getEntity(set, 'startForLifeOffer', 'offer'), undefined);
    assert.ok(issues.some((i) => i.entryId === 'offer' && i.code === 'missing-field'));
  });

  it('reports a link to the wrong content type', () => {
    const { set, issues } = buildContentSet([term, service('s1'), service('s2', { organisation: link('s1') })], { registry: contentModel, locale: 'en-GB' });
    assert.equal(getEntity(set, 'service', 's2')!.organisation, undefined);
    assert.equal(issues[0]!.code, 'wrong-link-type');
    assert.match(issues[0]!.message, /links to a Service \(s1\); it must link to: Organisation/);
  });

  it('says when a link points at an entry that was left out for its own errors', () => {
    const badOrg: RawEntry = { id: 'org', contentType: 'organisation', fields: { name: 'x'.repeat(200) } };
    const { issues } = buildContentSet([term, badOrg, service('s1', { organisation: link('org') })], { registry: contentModel, locale: 'en-GB' });
    assert.ok(issues.some((i) => i.entryId === 's1' && /which has errors and is not shown/.test(i.message)));
  });

  it('keeps link cycles as ids without looping', () => {
    const a: RawEntry = { id: 'a', contentType: 'taxonomyTerm', fields: { name: 'A', parent: link('b') } };
    const b: RawEntry = { id: 'b', contentType: 'taxonomyTerm', fields: { name: 'B', parent: link('a') } };
    const { set, issues } = buildContentSet([a, b], { registry: contentModel, locale: 'en-GB' });
    assert.equal(getEntity(set, 'taxonomyTerm', 'a')!.parent, 'b');
    assert.equal(getEntity(set, 'taxonomyTerm', 'b')!.parent, 'a');
    assert.deepEqual(issues, []);
  });
});
