/**
 * Serves files from a few mounted folders, refusing anything outside them.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendCompressed } from './compressed.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const reads = new Map<string, { stamp: string; body: Buffer }>();

/** The file's bytes, read again only when it changed (the same Buffer keeps its compressed forms). */
async function cachedRead(file: string, mtimeMs: number, size: number): Promise<Buffer> {
  const stamp = `${mtimeMs}:${size}`;
  const known = reads.get(file);
  if (known?.stamp === stamp) return known.body;
  const body = await readFile(file);
  reads.set(file, { stamp, body });
  return body;
}

/** URL prefix → folder on disk. */
export type Mounts = readonly (readonly [prefix: string, folder: string])[];

/** Serves `req` from `mounts` when a file matches; returns false otherwise. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, mounts: Mounts, headers: Record<string, string>): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    // A malformed % escape names no file: the request is bad (400), the server is fine.
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end('Bad request: the path has a malformed percent-encoded character.');
    return true;
  }
  for (const [prefix, folder] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(folder, path.slice(prefix.length)));
    if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return false;
    try {
      let info = await stat(file).catch(async (error: unknown) => {
        // Clean URLs, as council sites use them: /start-for-life serves start-for-life.html.
        if (extname(file) !== '') throw error;
        file = `${file}.html`;
        return stat(file);
      });
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      sendCompressed(req, res, await cachedRead(file, info.mtimeMs, info.size), { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      return true;
    } catch {
      continue;
    }
  }
  return false;
}
