// Editors' preview follows the editor as they type: an edit the CMS's preview library reports is
// validated with the query's own schemas and reaches every listener, without a request. What
// follows the editor loads with the first snapshot, and the validation (zod and the schemas) with
// the first edit, so an edit lands a moment later.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createContentClient, createSourceFromConfig, getEntity, type ContentQuery, type ContentSnapshot, type EditorPreview, type RawEntry } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { startCmsServer, type CmsServer } from '../../packages/cli/src/cms-server/index.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';

const space = buildSpace([healthTerm, serviceSpec('s1', { name: 'Baby massage' }), serviceSpec('s2', { name: 'Stay and play' })]);
let server: CmsServer;
before(async () => {
  server = await startCmsServer({ space, spaceId: 'test', deliveryTokens: ['good'], previewTokens: ['preview'] });
});
after(() => server.close());

/** An editor preview the test drives: it records what is watched and lets the test type. */
function fakeEditor() {
  const watched: { entries: readonly RawEntry[]; locale: string; onEdit: (entry: RawEntry) => void }[] = [];
  const preview: EditorPreview = {
    onChange: () => () => undefined,
    open: () => undefined,
    watch(entries, locale, onEdit) {
      watched.push({ entries, locale, onEdit });
      return () => undefined;
    },
  };
  const type = (id: string, fields: Record<string, unknown>) => {
    const latest = watched.at(-1)!;
    const entry = latest.entries.find((candidate) => candidate.id === id)!;
    latest.onEdit({ ...entry, fields: { ...entry.fields, ...fields } });
  };
  return { preview, watched, type };
}

const query: ContentQuery = { registry: { service: contentModel.service, taxonomyTerm: contentModel.taxonomyTerm }, types: ['service'], locale: 'en-GB' };
const previewSource = (preview: boolean) =>
  createSourceFromConfig({ kind: 'contentful', space: 'test', accessToken: preview ? 'preview' : 'good', host: preview ? server.previewHost : server.host, insecure: true, preview });

/** A preview page's client that has loaded `query`, with the editor attached and every snapshot its listener saw. */
async function previewPage() {
  const editor = fakeEditor();
  const client = createContentClient({ source: previewSource(true), preview: Promise.resolve(editor.preview) });
  const seen: ContentSnapshot[] = [];
  client.subscribe(query, (snapshot) => seen.push(snapshot));
  await client.load(query);
  // The editor connection is a promise, and what follows it loads on first use: the watch starts
  // once both have settled.
  for (let turn = 0; editor.watched.length === 0 && turn < 100; turn++) await new Promise((resolve) => setTimeout(resolve, 5));
  /** Types into the editor and resolves with the snapshot the edit produces. */
  const type = (id: string, fields: Record<string, unknown>): Promise<ContentSnapshot> =>
    new Promise((resolve) => {
      const stop = client.subscribe(query, (snapshot) => {
        stop();
        resolve(snapshot);
      });
      editor.type(id, fields);
    });
  return { editor, client, seen, type };
}

describe('editor preview as the editor types', () => {
  it('shows an edit at once, validated, to every listener, with no request to the CMS', async () => {
    const { editor, client, seen, type } = await previewPage();
    assert.equal(editor.watched.length, 1, 'the entries shown are watched');
    assert.deepEqual(editor.watched[0]!.entries.map((entry) => entry.id).sort(), ['s1', 's2', 'tax-health']);

    await type('s1', { name: 'Baby massage (new time)' });
    assert.equal(getEntity(seen.at(-1)!.set, 'service', 's1')?.name, 'Baby massage (new time)');
    assert.equal(getEntity((await client.load(query)).set, 'service', 's1')?.name, 'Baby massage (new time)', 'later loads see the edit too');
    await type('s1', { name: 'Baby massage (new day)' });
    assert.equal(getEntity(seen.at(-1)!.set, 'service', 's1')?.name, 'Baby massage (new day)', 'keystroke after keystroke');
    await Promise.resolve();
    assert.equal(editor.watched.length, 1, 'one watch for the page, not one per keystroke');
  });

  it('validates an edit with the same schemas: an invalid value is an issue, as it would be once saved', async () => {
    const { type } = await previewPage();
    const latest = await type('s2', { name: 'x'.repeat(300) });
    assert.equal(getEntity(latest.set, 'service', 's2'), undefined);
    assert.ok(latest.issues.some((issue) => issue.entryId === 's2' && /"Name" is 300 characters/.test(issue.message)));
    assert.ok(getEntity(latest.set, 'service', 's1'), 'the other entries stay');
  });

  it('keeps raw entries only on preview: public pages carry nothing to watch', async () => {
    const result = await previewSource(false).load(query);
    assert.equal(result.rawEntries, undefined);
  });
});
