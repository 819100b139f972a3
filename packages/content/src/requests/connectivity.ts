/**
 * Whether the device is online, injectable so the submission client needs no DOM: the widget
 * passes {@link browserConnectivity}(window); Node and tests pass their own.
 */

/** Tells whether the device is online and when it comes back. */
export interface ConnectivitySignal {
  /** False when the device is known to be offline. "True" only means "maybe online". */
  isOnline(): boolean;
  /** Calls `listener` each time the device comes back online; returns a function that stops it. */
  onOnline(listener: () => void): () => void;
}

/** A connectivity signal that is always online (Node, or when nothing better is known). */
export const ALWAYS_ONLINE: ConnectivitySignal = {
  isOnline: () => true,
  onOnline: () => () => undefined,
};

/** The part of `window` that {@link browserConnectivity} reads. */
export interface OnlineEventTarget {
  readonly navigator: { readonly onLine: boolean };
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
}

/** The browser's `navigator.onLine` and `online` event, e.g. `browserConnectivity(window)`. */
export function browserConnectivity(target: OnlineEventTarget): ConnectivitySignal {
  return {
    isOnline: () => target.navigator.onLine !== false,
    onOnline(listener) {
      target.addEventListener('online', listener);
      return () => target.removeEventListener('online', listener);
    },
  };
}
