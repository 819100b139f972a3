/**
 * Bundles the baseline element (baseline/baseline-offer.ts) with rollup, in the bench's own run,
 * using the CDN build's resolver and minifier settings from rollup.config.mjs. TypeScript is only
 * transpiled here (type-checking is `npm run typecheck`'s job).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeResolve, type RollupNodeResolveOptions } from '@rollup/plugin-node-resolve';
import terserPlugin, { type Options as TerserOptions } from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import ts from 'typescript';

// The plugin's types describe its CommonJS build; imported as ESM, the default export is the function.
const terser = terserPlugin as unknown as (options: TerserOptions) => Plugin;

/** What the baseline build wrote. */
export interface BaselineBuild {
  /** The folder holding `baseline-offer.js`. */
  readonly dir: string;
  /** Size of the bundle, minified and minified + gzip (level 9, as the size report). */
  readonly bytes: { readonly min: number; readonly gzip: number };
}

/** The CDN build's minifier and resolver settings, from rollup.config.mjs. */
export interface SharedOptions {
  readonly terserOptions: TerserOptions;
  readonly nodeResolveOptions: RollupNodeResolveOptions;
}

/** Transpiles `.ts` modules (no type check); shared with the search benchmark's bundles. */
export function transpileTypeScript(): Plugin {
  return {
    name: 'fh-bench-transpile-ts',
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: false, sourceMap: false },
      });
      return { code: out.outputText, map: null };
    },
  };
}

/** Builds the baseline into `outDir`. */
export async function buildBaseline(root: string, outDir: string): Promise<BaselineBuild> {
  // A variable specifier: rollup.config.mjs is plain JavaScript without type declarations.
  const configUrl = pathToFileURL(join(root, 'rollup.config.mjs')).href;
  const shared = (await import(configUrl)) as SharedOptions;
  const bundle = await rollup({
    input: join(root, 'scripts/bench/baseline/baseline-offer.ts'),
    plugins: [transpileTypeScript(), nodeResolve({ ...shared.nodeResolveOptions, extensions: ['.ts', '.mjs', '.js'] }), terser(shared.terserOptions)],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.write({ dir: outDir, format: 'es', entryFileNames: '[name].js' });
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    return { dir: outDir, bytes: { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length } };
  } finally {
    await bundle.close();
  }
}
