/**
 * Counting Shift presses the way GOV.UK's Exit this page does, without its two known bugs:
 * a press counts when Shift goes up with no other key pressed while it was down (Shift used as a
 * modifier, Shift+A, does not count), and left and right Shift count alike, even when their
 * presses overlap. Three presses within the window, timed from the first, trigger the exit.
 */

/** Presses that exit. */
export const PRESSES_TO_EXIT = 3;
/** The window, from the first press. */
export const PRESS_WINDOW_MS = 5000;

/** What the counter tells its owner. */
export interface ShiftCounterCallbacks {
  /** Shift was pressed `count` times (1 or 2) within the window. */
  readonly onPress: (count: number) => void;
  /** The third press. */
  readonly onExit: () => void;
  /** The window closed before the third press; the count is back to 0. */
  readonly onExpire: () => void;
}

/** A Shift-press counter listening on one document. */
export class ShiftCounter {
  readonly #document: Document;
  readonly #callbacks: ShiftCounterCallbacks;
  readonly #windowMs: number;
  /** Shift keys held now (by `code`, so left and right are told apart). */
  readonly #held = new Set<string>();
  /** Another key went down while a Shift was held: this Shift is a modifier. */
  #usedAsModifier = false;
  #count = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(document: Document, callbacks: ShiftCounterCallbacks, windowMs: number = PRESS_WINDOW_MS) {
    this.#document = document;
    this.#callbacks = callbacks;
    this.#windowMs = windowMs;
  }

  /** Starts listening (capture phase, so a page script stopping propagation cannot hide a press). */
  start(): void {
    this.#document.addEventListener('keydown', this.#keydown, true);
    this.#document.addEventListener('keyup', this.#keyup, true);
  }

  /** Stops listening and forgets the count. */
  stop(): void {
    this.#document.removeEventListener('keydown', this.#keydown, true);
    this.#document.removeEventListener('keyup', this.#keyup, true);
    this.reset();
  }

  /** Back to no presses (on `pageshow`, after an exit). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#count = 0;
    this.#held.clear();
    this.#usedAsModifier = false;
  }

  readonly #keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      if (this.#held.size > 0 || event.shiftKey) this.#usedAsModifier = true;
      return;
    }
    if (event.repeat) return;
    if (this.#held.size === 0) this.#usedAsModifier = false;
    this.#held.add(event.code || 'Shift');
  };

  readonly #keyup = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    const code = event.code || 'Shift';
    if (!this.#held.delete(code) && this.#held.size > 0) this.#held.clear();
    if (this.#usedAsModifier) {
      if (this.#held.size === 0) this.#usedAsModifier = false;
      return;
    }
    this.#press();
  };

  #press(): void {
    this.#count += 1;
    if (this.#count === 1) {
      this.#timer = setTimeout(() => {
        this.reset();
        this.#callbacks.onExpire();
      }, this.#windowMs);
    }
    if (this.#count >= PRESSES_TO_EXIT) {
      this.reset();
      this.#callbacks.onExit();
      return;
    }
    this.#callbacks.onPress(this.#count);
  }
}
