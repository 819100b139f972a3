/**
 * Every export the server has served recently, numbered. Sync tokens name a generation, so a
 * delta sync can compare "what the client last saw" with "what is there now" and report
 * changes and deletions, and a paged sync keeps reading the generation it started on.
 */
import type { SpaceExport } from './export-types.js';

export interface Generation {
  space: SpaceExport;
  /** When this generation replaced the previous one; reported as `deletedAt` on deletions. */
  since: string;
}

/**
 * A dev server that reloads the export on every file save would otherwise keep every version
 * in memory; tokens naming a forgotten generation get a BadRequest and the client re-syncs.
 */
const KEPT_GENERATIONS = 50;

export class SpaceHistory {
  private readonly generations = new Map<number, Generation>();
  private newest = -1;

  constructor(space: SpaceExport) {
    this.replace(space);
  }

  get current(): SpaceExport {
    const latest = this.generations.get(this.newest);
    if (!latest) throw new Error('SpaceHistory is never empty');
    return latest.space;
  }

  get currentGeneration(): number {
    return this.newest;
  }

  at(generation: number): Generation | undefined {
    return this.generations.get(generation);
  }

  replace(space: SpaceExport): void {
    this.newest += 1;
    this.generations.set(this.newest, { space, since: new Date().toISOString() });
    this.generations.delete(this.newest - KEPT_GENERATIONS);
  }
}
