/** Runs the `family-hubs` command in-process and captures what it prints. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import type { SpaceExport } from '../../packages/cli/src/cms-server/index.js';
import type { FileOps } from '../../packages/cli/src/safe-write.js';

/** The outcome of one run. */
export interface Run {
  code: number;
  out: string;
  err: string;
  /** Progress lines, in order (only ever written when `isTTY` is set). */
  progress: string[];
}

/** How to run: `isTTY` pretends stderr is a terminal; `files` replaces the file system writes. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  isTTY?: boolean;
  files?: FileOps;
}

/** Runs `family-hubs ...args` with `cwd` and `env`. */
export async function run(args: string[], options: RunOptions = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    progress: (t) => progress.push(t),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.files ? { files: options.files } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), progress };
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
