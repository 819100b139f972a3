import type { Plugin } from 'rollup';

/** Counts of what the plugin removed. */
export interface StripStats {
  help: number;
  descriptions: number;
}

/** The rollup plugin that removes editor-only help texts and descriptions from model definitions; `stats` collects counts. */
export function stripEditorMetadata(stats?: StripStats): Plugin;
