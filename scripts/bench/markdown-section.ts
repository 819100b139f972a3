/**
 * docs/benchmarks.md holds one generated section per benchmark, each between its own markers, so
 * `npm run bench:sdk` and `npm run bench:page` each rewrite only their own section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const start = (id: string) => `<!-- generated:${id}:start (do not edit by hand) -->`;
const end = (id: string) => `<!-- generated:${id}:end -->`;

/** Replaces section `id` in `file` with `body` (appending it when absent); `title` heads a new file. */
export function writeSection(file: string, id: string, body: string, title = '# Benchmarks'): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `${title}\n`;
  const block = `${start(id)}\n${body.trim()}\n${end(id)}`;
  const from = text.indexOf(start(id));
  const to = text.indexOf(end(id));
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end(id).length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
