/**
 * Live-region announcements for screen-reader users ("23 services near M27", "Loading.").
 *
 * The regions exist before anything is announced (screen readers ignore regions created together
 * with their text), and each message is written a moment after the region is cleared, so the
 * same message announced twice is read twice.
 */

/** How long the region stays empty before the message is written. */
const ANNOUNCE_DELAY_MS = 100;

/** Options of {@link Announcer.announce}. */
export interface AnnounceOptions {
  /** Interrupt whatever the screen reader is saying (errors, Exit this page). Default: wait politely. */
  readonly assertive?: boolean;
}

interface Region {
  readonly element: HTMLElement;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Settles the promise of the message waiting to be written. */
  settle: (() => void) | undefined;
}

/**
 * A pair of visually hidden live regions (polite `role="status"` and assertive) inside a
 * container. Give it a container that no template re-renders, or use {@link getAnnouncer} for the
 * document-wide one.
 */
export class Announcer {
  readonly #polite: Region;
  readonly #assertive: Region;

  constructor(container: ParentNode & Node) {
    const document = container.ownerDocument ?? (container as Document);
    const wrapper = document.createElement('div');
    wrapper.dataset['fhAnnouncer'] = '';
    hideVisually(wrapper);
    const polite = document.createElement('div');
    polite.setAttribute('role', 'status');
    polite.setAttribute('aria-live', 'polite');
    polite.setAttribute('aria-atomic', 'true');
    const assertive = document.createElement('div');
    assertive.setAttribute('aria-live', 'assertive');
    assertive.setAttribute('aria-atomic', 'true');
    wrapper.append(polite, assertive);
    container.append(wrapper);
    this.#polite = { element: polite, timer: undefined, settle: undefined };
    this.#assertive = { element: assertive, timer: undefined, settle: undefined };
  }

  /** The region messages go to, for tests and for widgets that need to point at it. */
  region(assertive = false): HTMLElement {
    return (assertive ? this.#assertive : this.#polite).element;
  }

  /**
   * Announces `message`. A newer message on the same region replaces one not yet written (whose
   * promise then resolves too). Resolves once the message is in the region.
   */
  announce(message: string, { assertive = false }: AnnounceOptions = {}): Promise<void> {
    const region = assertive ? this.#assertive : this.#polite;
    region.element.textContent = '';
    clearTimeout(region.timer);
    region.settle?.();
    return new Promise((resolve) => {
      region.settle = resolve;
      region.timer = setTimeout(() => {
        region.timer = undefined;
        region.settle = undefined;
        region.element.textContent = message;
        resolve();
      }, ANNOUNCE_DELAY_MS);
    });
  }
}

// Set through the CSSOM, which a strict CSP allows (unlike style attributes in markup).
function hideVisually(element: HTMLElement): void {
  Object.assign(element.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    clipPath: 'inset(50%)',
    border: '0',
    whiteSpace: 'nowrap',
  });
}

const announcers = new WeakMap<Document, Announcer>();

/**
 * The document-wide announcer, created at the end of `document.body` on first use (and again if
 * the page's own scripts removed it).
 */
export function getAnnouncer(document: Document = globalThis.document): Announcer {
  let announcer = announcers.get(document);
  if (!announcer?.region().isConnected) {
    announcer = new Announcer(document.body);
    announcers.set(document, announcer);
  }
  return announcer;
}

/** Announces `message` through the document-wide announcer. */
export function announce(message: string, options: AnnounceOptions = {}): Promise<void> {
  return getAnnouncer().announce(message, options);
}
