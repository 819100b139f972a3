/**
 * GOV.UK's error summary: a box at the top listing every problem, each a link that moves focus to
 * its field (and scrolls its label or legend into view). Focus moves to the summary when it
 * appears, so screen readers read it at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummaryTitleText } from './labels.js';

/** One problem: the id of the field to focus, and what to tell the family. */
export interface SummaryError {
  readonly target: string;
  readonly text: string;
}

/** The error summary, or nothing when there are no errors. Give it `tabindex=-1` focus with {@link focusErrorSummary}. */
export function renderErrorSummary(errors: readonly SummaryError[]): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="fh-error-summary" tabindex="-1" data-fh-error-summary>
    <div role="alert">
      <h2>${errorSummaryTitleText()}</h2>
      <ul>
        ${errors.map((error) => html`<li><a href="#${error.target}" @click=${(event: MouseEvent) => focusField(event, error.target)}>${error.text}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** Moves focus to the error summary inside `root`, if there is one. Returns whether it did. */
export function focusErrorSummary(root: ParentNode): boolean {
  const summary = root.querySelector<HTMLElement>('[data-fh-error-summary]');
  if (!summary) return false;
  summary.focus();
  return true;
}

// The link's `#id` would change the URL (and go into the history): focus the field instead.
function focusField(event: MouseEvent, id: string): void {
  const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
  const field = root.getElementById?.(id) ?? (root as ParentNode).querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  if (!field) return;
  event.preventDefault();
  const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? field.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legendOrLabel ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}
