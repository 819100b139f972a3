/**
 * A part of a widget that loads later (a chunk of its own): loaded once, shared by every caller,
 * and forgotten when the load fails, so the next call asks again (the family may be back online).
 */
export class LazyImport<M> {
  readonly #load: () => Promise<M>;
  #promise: Promise<M> | undefined;
  #loaded: M | undefined;

  /** `load` is the `import()` itself, so bundlers see the chunk. */
  constructor(load: () => Promise<M>) {
    this.#load = load;
  }

  /** The module, once it has loaded: from then on a widget can use it at once. */
  get loaded(): M | undefined {
    return this.#loaded;
  }

  /** The module, loading it on the first call (and again after a failure). */
  load(): Promise<M> {
    this.#promise ??= this.#load().then(
      (module) => (this.#loaded = module),
      (error: unknown) => {
        this.#promise = undefined;
        throw error;
      },
    );
    return this.#promise;
  }
}
