/**
 * Headings at a level the host page chooses, so a widget fits the page's outline. Lit cannot bind
 * tag names, and a static-HTML escape hatch is not worth it for six cases.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level: 1–6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps any number to a real heading level (levels past 6 stay 6: there is no h7). */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.trunc(Number(value));
  if (!Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(1, level)) as HeadingLevel;
}

/**
 * Renders `content` as an `h{level}` with an optional id, class and part. `focusable` makes it a
 * target for focus moved by script (after a page change, say), without adding it to the tab order.
 */
export function renderHeading(level: number, content: unknown, options: { id?: string; className?: string; part?: string; focusable?: boolean } = {}): TemplateResult {
  const id = ifDefined(options.id);
  const className = ifDefined(options.className);
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
