/**
 * `@drawn`: a field of a widget's screen (see `lazy-screen.ts`) whose change renders the element
 * again — what Lit's `@state()` is for a field of the element itself. The screen keeps its element
 * as `host`.
 */
import type { ReactiveControllerHost } from 'lit';

/** A screen: an object that draws into `host`. */
export interface DrawsInto {
  readonly host: ReactiveControllerHost;
}

/** See the module's description. The element renders again only when the value really changes. */
export function drawn(prototype: DrawsInto, name: string): void {
  const values = new WeakMap<object, unknown>();
  Object.defineProperty(prototype, name, {
    configurable: true,
    enumerable: true,
    get(this: DrawsInto): unknown {
      return values.get(this);
    },
    set(this: DrawsInto, value: unknown) {
      if (values.has(this) && Object.is(values.get(this), value)) return;
      values.set(this, value);
      // Field initialisers run before the constructor body sets `host`: a screen's first values
      // render nothing by themselves (screens are made during an update or just before one).
      this.host?.requestUpdate();
    },
  });
}
