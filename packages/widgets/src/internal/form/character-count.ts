/**
 * GOV.UK's character count: the visible count follows every keystroke, and screen readers hear it
 * once typing pauses (a polite live region), so they are not interrupted on every character.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the count is announced (GOV.UK waits about a second). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** The count of one field. */
export interface CountState {
  /** Characters left (negative when over the limit). */
  readonly left: number;
  /** What screen readers are told, `undefined` until typing first pauses. */
  readonly spokenLeft: number | undefined;
}

/** Character counts of a host's fields, by field id. */
export class CharacterCounts implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #delayMs: number;
  readonly #spoken = new Map<string, number>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(host: ReactiveControllerHost, delayMs: number = COUNT_ANNOUNCE_DELAY_MS) {
    this.#host = host;
    this.#delayMs = delayMs;
    host.addController(this);
  }

  /** The state of field `id` holding `value`, limited to `limit` characters. */
  state(id: string, value: string, limit: number): CountState {
    return { left: limit - value.length, spokenLeft: this.#spoken.get(id) };
  }

  /** Call on every input: the spoken count follows once typing pauses. */
  typed(id: string, value: string, limit: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.set(
      id,
      setTimeout(() => {
        this.#timers.delete(id);
        this.#spoken.set(id, limit - value.length);
        this.#host.requestUpdate();
      }, this.#delayMs),
    );
  }

  /** Forgets every count (the answers were cleared). */
  clear(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#spoken.clear();
  }

  hostDisconnected(): void {
    this.clear();
  }
}
