/**
 * Every file the CLI writes goes through here. A pack is the fallback council pages use while the
 * CMS is down, so a failed write must never leave a truncated file in its place: the new content
 * goes to a temporary file in the same folder (same file system, so the rename is atomic) and is
 * renamed over the target only once it is completely on disk. On any failure the temporary file
 * is removed and the old file stays as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './command.js';

/** The file operations used, so tests can inject failures such as a full disk. */
export interface FileOps {
  writeFile(path: string, data: string, options: { flag: 'wx'; flush: boolean; mode?: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean; mode: number }>;
  realpath(path: string): Promise<string>;
  mkdir(path: string, options: { recursive: boolean }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

/** The real file system. */
export const nodeFileOps: FileOps = { writeFile, rename, rm, stat, realpath, mkdir, readdir: (path) => readdir(path) };

/**
 * The file a symlink points to (or `path` itself): a council may point `content-pack.json` at a
 * release file, and renaming over the link would replace the link instead of updating the file.
 */
async function resolveTarget(target: Target, files: FileOps): Promise<Target> {
  const path = await files.realpath(target.path).catch(() => target.path);
  return path === target.path ? target : { ...target, path };
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';

/** A temporary name next to `path`, hidden, unique per process and call. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** A file the CLI writes: where, and how messages name it. */
export interface Target {
  readonly path: string;
  /** e.g. "the content pack". */
  readonly what: string;
  /** The command's default file name, suggested when `--out` names a folder. */
  readonly defaultName: string;
  /** Permissions of a new file (an existing file keeps its own), e.g. 0o600 for personal data. */
  readonly newFileMode?: number;
}

/** Turns a write failure into a message that says what to do; `path` is unchanged in every case. */
export function writeError(error: unknown, { path, what, defaultName }: Target): CliError {
  const folder = dirname(path);
  const unchanged = `${what} was not written and ${path} was not changed`;
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new CliError(`The disk is full (${errorCode(error)}): ${unchanged}`, `Free some space on the disk that holds ${folder}, then run the command again.`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`Permission denied writing in ${folder}: ${unchanged}`, 'Pass --out with a folder you can write to, or fix the folder’s permissions.');
    case 'EROFS':
      return new CliError(`${folder} is on a read-only file system: ${unchanged}`, 'Pass --out with a folder on a writable disk.');
    case 'EISDIR':
      return new CliError(`--out ${path} is a folder, not a file`, `Add a file name, e.g. --out ${join(path, defaultName)}.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError(`The folder ${folder} does not exist`, `Create it first (mkdir -p ${folder}), or pass another --out.`);
    default:
      return new CliError(`Could not write ${path} (${errorCode(error)}): ${unchanged}`, 'Check the disk and the folder’s permissions, then run the command again.');
  }
}

/**
 * Checks, before any long work, that `path` could be written: its folder exists and takes a new
 * file, and `path` is not a folder. It creates and removes a small probe file rather than asking
 * `access()`, which says yes to root even on a read-only mount.
 */
export async function checkWritable(requested: Target, files: FileOps = nodeFileOps): Promise<void> {
  const target = await resolveTarget(requested, files);
  const { path } = target;
  const folder = dirname(path);
  let folderInfo: Awaited<ReturnType<FileOps['stat']>>;
  try {
    folderInfo = await files.stat(folder);
  } catch (error) {
    throw writeError(error, target);
  }
  if (!folderInfo.isDirectory()) throw writeError(Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), target);
  const existing = await files.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw writeError(Object.assign(new Error('is a folder'), { code: 'EISDIR' }), target);
  const probe = tempPathFor(path);
  try {
    await files.writeFile(probe, '', { flag: 'wx', flush: false });
  } catch (error) {
    throw writeError(error, target);
  } finally {
    await files.rm(probe, { force: true }).catch(() => undefined);
  }
}

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder, flushed to disk, then
 * renamed over `path`. On failure the temporary file is removed, `path` keeps its old content,
 * and the error is a CliError (exit 2) saying what to do.
 */
export async function writeFileAtomically(requested: Target, text: string, files: FileOps = nodeFileOps): Promise<void> {
  const target = await resolveTarget(requested, files);
  const { path } = target;
  const existing = await files.stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw writeError(Object.assign(new Error('is a folder'), { code: 'EISDIR' }), target);
  const temp = tempPathFor(path);
  try {
    // `wx` never follows or reuses an existing file; keeping the old file's mode keeps who may read it.
    await files.writeFile(temp, text, { flag: 'wx', flush: true, ...(existing ? { mode: existing.mode & 0o777 } : target.newFileMode === undefined ? {} : { mode: target.newFileMode }) });
    await files.rename(temp, path);
  } catch (error) {
    await files.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(error, target);
  }
}
