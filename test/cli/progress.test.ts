/**
 * Long reads show progress on a terminal (pages, elapsed time, then what was read) and stay quiet
 * in `--json` mode and when stderr is not a terminal.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startCmsServer, type CmsServer } from '../../packages/cli/src/cms-server/index.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { run, tempDir } from './cli-support.js';

let server: CmsServer;
let source: string[];
before(async () => {
  // 13 entries in pages of 5 (3 sync pages), each answer 600 ms late: long enough for the ticker.
  const space = buildSpace([healthTerm, ...Array.from({ length: 12 }, (_, i) => serviceSpec(`s${i}`))]);
  server = await startCmsServer({ space, spaceId: 'abc123', deliveryTokens: ['t'], previewTokens: [], syncPageSize: 5, latencyMs: 600 });
  source = ['--space', 'abc123', '--token', 't', '--host', server.host, '--insecure'];
});
after(() => server.close());

describe('progress of long reads', () => {
  it('on a terminal, shows pages and elapsed time while reading, then what was read', async () => {
    const result = await run(['pack', ...source, '--out', join(await tempDir(), 'pack.json')], { isTTY: true });
    assert.equal(result.code, 0, result.err);
    const reading = result.progress.filter((line) => line.startsWith('Reading Contentful space abc123 (master): '));
    assert.ok(reading.some((line) => /: [1-9]\d* pages?, [1-9]\d*\.\d s$/.test(line)), `a line with pages and at least a second elapsed:\n${result.progress.join('\n')}`);
    assert.match(result.progress.at(-1) ?? '', /^Read 13 entries and 0 assets in 2 locales \(3 pages, \d+\.\d s\); validating…$/);
    assert.equal(result.out.split('\n').length, 1, 'stdout keeps only the result');
  });

  it('shows nothing when stderr is not a terminal (a log file, a CI job)', async () => {
    const result = await run(['pack', ...source, '--out', join(await tempDir(), 'pack.json')], { isTTY: false });
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(result.progress, []);
    assert.equal(result.err, '');
  });

  it('shows nothing with --json, even on a terminal', async () => {
    const result = await run(['check', ...source, '--json'], { isTTY: true });
    assert.notEqual(result.code, 2, result.err);
    assert.deepEqual(result.progress, []);
    assert.doesNotThrow(() => JSON.parse(result.out));
  });

  it('check without --json shows progress on a terminal too', async () => {
    const result = await run(['check', ...source], { isTTY: true });
    assert.ok(result.progress.some((line) => line.startsWith('Read 13 entries')), result.progress.join('\n'));
  });
});
