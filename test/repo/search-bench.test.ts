// The search benchmark (`npm run bench:search`) works end to end on a tiny directory: every
// engine is built and typed into in Chromium, ours also in the widget's Web Worker from the
// prebuilt index and without it, and every figure is there. It checks the shape of the figures,
// never a time: machines differ.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { benchQueries, typo } from '../../scripts/bench/search/data.js';
import { markdownSection, TABLE_HEADER, tableRows } from '../../scripts/bench/search/report.js';
import { ENGINE_ROWS, runSearchBench } from '../../scripts/bench/search/run.js';

describe('search benchmark', () => {
  it('measures every engine on a tiny directory in Chromium and reports every figure', async () => {
    const result = await runSearchBench({ sizes: [200], cpuRates: [1], typedQueries: 3, typoQueries: 10, deadlineMs: 120_000 });
    assert.deepEqual(result.rows.map((row) => row.engine), [...ENGINE_ROWS]);
    for (const row of result.rows) {
      assert.ok(row.keystrokes > 3, `${row.engine} typed key by key`);
      assert.ok(row.p50Ms >= 0 && row.p50Ms <= row.p95Ms && row.p95Ms <= row.maxMs, row.engine);
      assert.ok(row.indexMs > 0, row.engine);
      assert.ok(row.typoHitRate >= 0 && row.typoHitRate <= 1 && row.exactHitRate > 0, `${row.engine} finds services typed right`);
    }
    // The worker rows search the prebuilt index (the harness fails the run if the worker refused it or fell back to the page).
    const byEngine = new Map(result.rows.map((row) => [row.engine, row]));
    assert.equal(byEngine.get('worker')!.typoHitRate, byEngine.get('ours')!.typoHitRate, 'the worker finds what the page finds');
    assert.equal(byEngine.get('worker')!.keystrokes, byEngine.get('ours')!.keystrokes, 'the worker answered every keystroke');
    assert.deepEqual(result.workerIndexes.map((index) => index.source), ['built', 'prebuilt']);
    for (const index of result.workerIndexes) assert.ok(index.workerMs > 0 && index.readyMs >= index.workerMs, index.source);
    assert.ok(result.payload.engine.gzip > 1_000 && result.payload.engine.brotli < result.payload.engine.min);
    assert.ok(result.payload.worker.gzip > result.payload.engine.gzip / 2 && result.payload.prebuiltIndex.gzip > 0);
    assert.ok(result.payload.documents.gzip > 0 && result.payload.packFiles.gzip > 0);
    assert.match(result.chromium, /^Chromium \d+\./);
    const cells = tableRows(result);
    for (const row of cells) assert.equal(row.length, TABLE_HEADER.length);
    assert.match(markdownSection(result, 'Reading.'), /^## Service search in the page[\s\S]*\| 200 \| 1× \| ours \(text\) \|[\s\S]*\| 200 \| 1× \| ours in a Web Worker, prebuilt index \(text\) \|[\s\S]*\| 200 \| 1× \| built in the worker[\s\S]*Reading\.\n$/);
  });

  it('refuses sizes and rates out of range before starting anything', async () => {
    await assert.rejects(runSearchBench({ sizes: [0] }), /sizes must be/);
    await assert.rejects(runSearchBench({ cpuRates: [0.5] }), /CPU rates/);
    await assert.rejects(runSearchBench({ typedQueries: 0 }), /typedQueries/);
  });

  it('makes one typo per query, of one edit', () => {
    // Position 1 + (1 % 4) = 2, the first i: deleted, swapped with n, hit as o, o added before it.
    assert.deepEqual([0, 1, 2, 3].map((kind) => typo('clinic', kind, 1)), ['clnic', 'clniic', 'clonic', 'cloinic']);
    const queries = benchQueries([{ id: 'a', name: 'Baby clinic – Ashford', summary: '', categories: [], isFree: true, days: [], deliveryModes: [], languages: [], positions: [] }], 4);
    assert.equal(queries.length, 4);
    for (const query of queries) {
      assert.equal(query.text, 'baby clinic ashford');
      assert.notEqual(query.typo, query.text);
      assert.equal(query.typo.split(' ').filter((word, i) => word !== query.text.split(' ')[i]).length, 1);
    }
  });
});
