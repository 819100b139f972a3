// The page benchmark (`npm run bench:page`) works end to end: a smoke test on the baseline page
// with one run per CPU rate. It checks the shape of the figures, never a time: machines differ.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSection } from '../../scripts/bench/markdown-section.js';
import { BENCH_PAGES } from '../../scripts/bench/pages.js';
import { markdownSection, TABLE_HEADER, tableRows } from '../../scripts/bench/report.js';
import { MAX_RUNS, runPageBench } from '../../scripts/bench/run.js';

describe('page benchmark', () => {
  it('measures the baseline page in Chromium at 1× and 4× CPU and reports every figure', async () => {
    const result = await runPageBench({ runs: 1, pages: ['baseline'], cpuRates: [1, 4], warmUp: false, deadlineMs: 90_000 });
    assert.deepEqual(
      result.rows.map((row) => [row.page.id, row.cpuRate, row.runs.length]),
      [
        ['baseline', 1, 1],
        ['baseline', 4, 1],
      ],
    );
    for (const row of result.rows) {
      for (const [name, value] of Object.entries(row.median)) {
        assert.ok(Number.isFinite(value) && value >= 0, `${name} is a number ≥ 0, not ${value}`);
      }
      assert.ok(row.median.renderMs > 0, 'the render end comes after navigation start');
      assert.ok(row.median.totalBlockingMs <= row.median.renderMs, 'blocking time is bounded by the render end');
      assert.ok(row.median.jsBytes > 0 && row.median.jsonBytes > 0, 'the bundle and the pack were fetched');
      assert.ok(row.median.requests >= 3, 'the page, its script and the pack');
    }
    assert.match(result.chromium, /^Chromium \d+\./);
    assert.ok(result.baseline.gzip > 0 && result.baseline.gzip < result.baseline.min);

    const cells = tableRows(result);
    assert.equal(cells.length, 2);
    for (const row of cells) assert.equal(row.length, TABLE_HEADER.length);
    const markdown = markdownSection(result);
    assert.match(markdown, /^## Work a page does on content/);
    assert.match(markdown, /\n\| baseline \| 1× \| /);
    assert.match(markdown, /\n\| baseline \| 4× \| /);
  });

  it('refuses unknown pages and more runs than the cap, before starting anything', async () => {
    await assert.rejects(runPageBench({ pages: ['no-such-page'] }), /Unknown bench page "no-such-page"/);
    await assert.rejects(runPageBench({ runs: MAX_RUNS + 1 }), /runs must be/);
  });

  it('lists each page once, with a path on the bench server and a content selector', () => {
    assert.equal(new Set(BENCH_PAGES.map((page) => page.id)).size, BENCH_PAGES.length);
    assert.ok(BENCH_PAGES.some((page) => page.id === 'baseline'));
    for (const page of BENCH_PAGES) {
      assert.match(page.path, /^\//);
      assert.ok(page.element.includes('-') && page.contentSelector.length > 0, page.id);
    }
  });

  it('rewrites only its own section of docs/benchmarks.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fh-bench-doc-'));
    try {
      const file = join(dir, 'benchmarks.md');
      writeFileSync(file, '# Benchmarks\n\nIntro.\n');
      writeSection(file, 'one', 'First, v1');
      writeSection(file, 'two', 'Second, v1');
      writeSection(file, 'one', 'First, v2');
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^# Benchmarks\n\nIntro\.\n/);
      assert.match(text, /First, v2/);
      assert.doesNotMatch(text, /First, v1/);
      assert.match(text, /Second, v1/);
      assert.ok(text.indexOf('First, v2') < text.indexOf('Second, v1'), 'a section stays where it was');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
