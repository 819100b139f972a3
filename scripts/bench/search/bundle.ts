/**
 * Bundles a TypeScript entry for the browser with the CDN build's resolver and minifier settings
 * (rollup.config.mjs), straight from the sources: the page harness of the search benchmark, and
 * the search entry whose size a page pays.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin, { type Options as TerserOptions } from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import { transpileTypeScript, type SharedOptions } from '../build-baseline.js';

const terser = terserPlugin as unknown as (options: TerserOptions) => Plugin;

/** Sources import `./x.js` for `./x.ts` (NodeNext style): find the `.ts` file. */
function typeScriptSiblings(): Plugin {
  return {
    name: 'fh-bench-ts-siblings',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
  };
}

/** Sizes of one bundle, in bytes. */
export interface BundleBytes {
  readonly min: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Compressed sizes as a server would send them (gzip 9, brotli 11). */
export function compressedBytes(text: string): BundleBytes {
  const buffer = Buffer.from(text);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles `input` into one ES module and returns its code (workspace packages resolve to their sources). */
export async function bundle(root: string, input: string): Promise<string> {
  const shared = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)) as SharedOptions;
  const build = await rollup({
    input,
    plugins: [
      typeScriptSiblings(),
      transpileTypeScript(),
      nodeResolve({ ...shared.nodeResolveOptions, exportConditions: ['source', ...(shared.nodeResolveOptions.exportConditions ?? [])], extensions: ['.ts', '.mjs', '.js'] }),
      terser(shared.terserOptions),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    },
  });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  } finally {
    await build.close();
  }
}
