/** Runs the `family-hubs` command in-process and captures what it prints. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import type { SpaceExport } from '../../packages/cli/src/cms-server/index.js';

/** The outcome of one run. */
export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `family-hubs ...args` with `cwd` and `env`. */
export async function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    progress: (t) => err.push(t),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh temporary folder. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'family-hubs-cli-'));
}

/** Writes `space` to a file in a fresh folder and returns its path. */
export async function writeSpace(space: SpaceExport): Promise<string> {
  const file = join(await tempDir(), 'space.json');
  await writeFile(file, JSON.stringify(space));
  return file;
}
