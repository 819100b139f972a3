#!/usr/bin/env node
// The `family-hubs` command as npm links it. This file is committed (not built) so that npm can
// link the bin at install time, before anything is built: `npx family-hubs` then works on a fresh
// clone. In a checkout of the repository it runs the TypeScript sources through tsx (never a
// stale build); an installed package, which has no sources, runs the built `dist/bin.js`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const built = new URL('../dist/bin.js', import.meta.url);

/** The tsx loader, resolved from here so the command works from any folder; undefined without dev dependencies. */
function tsxLoader() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return undefined;
  }
}

const loader = existsSync(source) ? tsxLoader() : undefined;
if (loader) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', loader, source, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl+C reaches the child too (same process group); the child stops cleanly and sets the code.
  const ignore = () => undefined;
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', ignore);
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`Error: could not start the family-hubs sources (${error.message}). Run \`npm install\`, or \`npm run build\` and use packages/cli/dist/bin.js.\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', ignore);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  process.stderr.write('Error: family-hubs is not installed completely (no sources with tsx, and no dist/bin.js). Run `npm install`, or `npm run build`.\n');
  process.exitCode = 2;
}
