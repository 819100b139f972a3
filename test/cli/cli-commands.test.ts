import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createPackSource, getEntity } from '@family-hubs/content';
import { startCmsServer } from '../../packages/cli/src/cms-server/index.js';
import { buildSpace, healthTerm, link, serviceSpec } from '../support/space-builder.js';
import { run, tempDir, writeSpace } from './cli-support.js';
import { contentModel, CONTENT_TYPE_IDS } from '@family-hubs/content/model';

/** A service the directory check has nothing to say about: a phone service with times and ages. */
const listed = (spec: ReturnType<typeof serviceSpec>) => ({ ...spec, fields: { deliveryModes: ['telephone'], schedules: [link('sch')], minimumAge: 0, maximumAge: 19, ...spec.fields } });
const weekly = { id: 'sch', type: 'schedule', fields: { freq: 'WEEKLY', byday: ['MO'], opensAt: '09:00' } };
const translated = (spec: ReturnType<typeof serviceSpec>) => ({ ...spec, pl: { name: `${String(spec.fields['name'])} (pl)`, summary: 'Pomoc dla rodzin' } });
const healthy = buildSpace([healthTerm, weekly, translated(listed(serviceSpec('s1'))), translated(listed(serviceSpec('s2', { name: 'Stay and Play' }))), { id: 'org', type: 'organisation', fields: { name: 'Northshire NHS' } }]);
const broken = buildSpace([
  healthTerm,
  weekly,
  listed(serviceSpec('ok')),
  listed(serviceSpec('too-long', { summary: 'x'.repeat(250) })),
  listed(serviceSpec('stale', { lastChecked: '2025-01-10' })),
  listed(serviceSpec('dangling', { organisation: link('nowhere') })),
]);

describe('family-hubs (command line)', () => {
  it('prints help for the tool and for every command, and runs as a real process', () => {
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/bin.ts', '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    for (const name of ['dev', 'pack', 'check', 'model', 'oruk']) assert.match(result.stdout, new RegExp(`\\n  ${name} `));
  });

  for (const name of ['dev', 'pack', 'check', 'model', 'oruk']) {
    it(`${name} --help lists its options`, async () => {
      const result = await run([name, '--help']);
      assert.equal(result.code, 0);
      assert.match(result.out, new RegExp(`^family-hubs ${name}: `));
      assert.match(result.out, /--help/);
    });
  }

  it('explains an unknown option and points at --help', async () => {
    const result = await run(['pack', '--colour', 'blue']);
    assert.equal(result.code, 2);
    assert.match(result.err, /Unknown option '--colour'/);
    assert.match(result.err, /family-hubs pack --help/);
  });

  it('explains an unknown command', async () => {
    const result = await run(['publish']);
    assert.equal(result.code, 2);
    assert.match(result.err, /Unknown command "publish"/);
  });

  it('model writes an import file with every content type, the locales and the DfE taxonomy', async () => {
    const dir = await tempDir();
    const result = await run(['model', '--out', 'model.json'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
    const model = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as { contentTypes: { sys: { id: string } }[]; editorInterfaces: unknown[]; locales: { code: string }[]; entries: { fields: { name: { 'en-GB': string } } }[] };
    assert.deepEqual(model.contentTypes.map((t) => t.sys.id).sort(), [...CONTENT_TYPE_IDS].sort());
    assert.equal(model.editorInterfaces.length, CONTENT_TYPE_IDS.length);
    assert.deepEqual(model.locales.map((l) => l.code), ['en-GB', 'pl']);
    assert.equal(model.entries.length, 49);
    assert.ok(model.entries.some((e) => e.fields.name['en-GB'] === 'Infant feeding support (including breastfeeding)'));
  });

  it('check passes a space whose only finding is a warning, and names the missing Start for Life offer', async () => {
    const result = await run(['check', '--space-file', await writeSpace(healthy), '--today', '2026-11-23']);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Start for Life offer: 1\n.*\n.*There is no published Start for Life offer/);
    assert.match(result.out, /0 errors, 1 warning\.$/);
  });

  it('check --strict fails on warnings too', async () => {
    const result = await run(['check', '--strict', '--space-file', await writeSpace(healthy), '--today', '2026-11-23']);
    assert.equal(result.code, 1);
  });

  it('check lists invalid entries, broken links and stale services, and exits 1 when something published is invalid', async () => {
    const result = await run(['check', '--space-file', await writeSpace(broken), '--today', '2026-11-23']);
    assert.equal(result.code, 1);
    assert.match(result.out, /Invalid entries \(not shown to families\): 1/);
    assert.match(result.out, /"Service too-long" \(service too-long\): "Summary" is 250 characters long; use 200 or fewer/);
    assert.match(result.out, /Broken links between entries: 1/);
    assert.match(result.out, /\nNot checked for 6 months: 1\n/);
    assert.match(result.out, /"Service stale" .*last checked on 2025-01-10/);
  });

  it('check --json gives a machine-readable report', async () => {
    const result = await run(['check', '--json', '--space-file', await writeSpace(broken), '--today', '2026-11-23']);
    const report = JSON.parse(result.out) as { summary: { errors: number; byCode: Record<string, number> }; findings: { entryId: string; code: string }[] };
    assert.equal(report.summary.errors, 1);
    const { 'missing-translation': untranslated, ...problems } = report.summary.byCode;
    assert.deepEqual(problems, { 'invalid-field': 1, 'dangling-link': 1, 'not-checked-recently': 1, 'offer-incomplete': 1 });
    assert.equal(untranslated, 6, 'name and summary of the three valid services have no Polish');
  });

  it('check reports parenting programmes with no upcoming course and ended courses still published', async () => {
    const space = buildSpace([
      { id: 'prog-a', type: 'parentingProgramme', fields: { name: 'Incredible Years', summary: 'A group for parents.', evidenceRating: '4' } },
      { id: 'sch-old', type: 'schedule', fields: { freq: 'WEEKLY', byday: ['TU'], opensAt: '10:00', closesAt: '12:00', validFrom: '2026-09-01', validTo: '2026-10-20' } },
      { id: 'course-old', type: 'programmeCourse', fields: { programme: link('prog-a'), startDate: '2026-09-01', sessions: 8, schedule: link('sch-old'), online: true, howToJoin: ['booking'] } },
    ]);
    const result = await run(['check', '--json', '--space-file', await writeSpace(space), '--today', '2026-11-23']);
    const report = JSON.parse(result.out) as { findings: { code: string; entryId: string }[] };
    const found = report.findings.filter((f) => f.code === 'programme-no-upcoming-course' || f.code === 'course-ended').map((f) => [f.code, f.entryId]);
    assert.deepEqual(found, [['programme-no-upcoming-course', 'prog-a'], ['course-ended', 'course-old']]);
    const text = await run(['check', '--space-file', await writeSpace(space), '--today', '2026-11-23']);
    assert.match(text.out, /Parenting programmes and courses: 2/);
    assert.match(text.out, /ended on 2026-10-20 but is still published/);
  });

  it('check links each finding to the entry in the Contentful web app for a real space', async () => {
    const server = await startCmsServer({ space: broken, spaceId: 'abc123', deliveryTokens: ['t0k'], previewTokens: [] });
    try {
      const result = await run(['check', '--space', 'abc123', '--token', 't0k', '--host', server.host, '--insecure', '--today', '2026-11-23']);
      assert.match(result.out, /https:\/\/app\.contentful\.com\/spaces\/abc123\/environments\/master\/entries\/too-long/);
    } finally {
      await server.close();
    }
  });

  it('pack refuses to write a pack from invalid content unless told to omit it', async () => {
    const dir = await tempDir();
    const file = await writeSpace(broken);
    const refused = await run(['pack', '--space-file', file, '--out', 'pack.json'], { cwd: dir });
    assert.equal(refused.code, 1);
    assert.match(refused.err, /1 published entry is invalid, so no pack was written/);
    await assert.rejects(readFile(join(dir, 'pack.json')));

    const written = await run(['pack', '--space-file', file, '--out', 'pack.json', '--on-invalid', 'omit'], { cwd: dir });
    assert.equal(written.code, 0, written.err);
    assert.match(written.out, /en-GB: \d+ entries/);
    const source = createPackSource({ pack: JSON.parse(await readFile(join(dir, 'pack.json'), 'utf8')) });
    const { set } = await source.load({ registry: contentModel, types: ['service'], locale: 'en-GB' });
    assert.ok(getEntity(set, 'service', 'ok'));
    assert.equal(getEntity(set, 'service', 'too-long'), undefined);
  });

  it('pack says what to do about a wrong token', async () => {
    const server = await startCmsServer({ space: healthy, spaceId: 'abc123', deliveryTokens: ['right'], previewTokens: [] });
    try {
      const result = await run(['pack', '--space', 'abc123', '--token', 'wrong', '--host', server.host, '--insecure']);
      assert.equal(result.code, 2);
      assert.match(result.err, /refused the access token.*Check the space id, environment and Content Delivery/s);
    } finally {
      await server.close();
    }
  });

  it('pack says what to do when the host cannot be reached', async () => {
    const result = await run(['pack', '--space', 'abc123', '--token', 'x', '--host', '127.0.0.1:9', '--insecure']);
    assert.equal(result.code, 2);
    assert.match(result.err, /Could not reach Contentful/);
    assert.match(result.err, /Check the --host and your network connection/);
  });

  it('pack needs a token with --space', async () => {
    const result = await run(['pack', '--space', 'abc123']);
    assert.equal(result.code, 2);
    assert.match(result.err, /CONTENTFUL_ACCESS_TOKEN/);
  });

  it('explains a space file that is not a space export', async () => {
    const dir = await tempDir();
    const result = await run(['check', '--space-file', join(dir, 'missing.json')]);
    assert.equal(result.code, 2);
    assert.match(result.err, /Cannot read the space file/);
  });
});
