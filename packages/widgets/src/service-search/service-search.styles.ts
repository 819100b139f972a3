import { css } from 'lit';
import { token } from '../internal/tokens.js';

/**
 * Styles of `<fh-service-search>`, after the shared ones. Sizes in em; every --fh-* fallback
 * through token(). The layout follows the width the widget is given (a container query), not the
 * screen's, because councils put it in columns of every size.
 */
export const serviceSearchStyles = css`
  :host {
    container-type: inline-size;
    --_border: ${token('--fh-colour-border')};
    --_text: ${token('--fh-colour-text')};
    --_secondary: ${token('--fh-colour-secondary-text')};
    --_error: ${token('--fh-colour-error')};
    --_brand: ${token('--fh-colour-brand')};
    --_focus: ${token('--fh-colour-focus')};
  }
  .base > :first-child {
    margin-top: 0;
  }

  /* Form fields, after GOV.UK Frontend's. */
  .search-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--fh-space-4')};
    align-items: flex-end;
    margin-bottom: ${token('--fh-space-4')};
  }
  .fh-field {
    margin-bottom: ${token('--fh-space-3')};
    min-width: 0;
  }
  .search-form > .fh-field:first-child {
    flex: 1 1 16em;
  }
  .fh-field-error {
    border-left: 0.3em solid var(--_error);
    padding-left: ${token('--fh-space-3')};
  }
  .fh-label {
    display: block;
    font-weight: 700;
    margin-bottom: ${token('--fh-space-1')};
  }
  .fh-hint {
    color: var(--_secondary);
    margin: 0 0 ${token('--fh-space-2')};
  }
  .fh-error-message {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 ${token('--fh-space-2')};
  }
  .fh-input,
  .fh-select {
    font: inherit;
    width: 100%;
    min-height: 2.5em;
    padding: ${token('--fh-space-1')};
    color: var(--_text);
    background: ${token('--fh-colour-surface')};
    border: 2px solid var(--_text);
    border-radius: ${token('--fh-radius')};
  }
  .fh-input-postcode {
    max-width: 8em;
  }
  .fh-select {
    width: auto;
  }
  .locate {
    margin: ${token('--fh-space-2')} 0 0;
  }
  .fh-field-error .fh-input {
    border-color: var(--_error);
  }
  .fh-input:focus,
  .fh-select:focus {
    outline: ${token('--fh-focus-width')} solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .fh-button,
  .fh-button-secondary {
    font: inherit;
    font-weight: 700;
    min-height: 2.75em;
    padding: 0.5em 0.9em;
    margin-bottom: ${token('--fh-space-3')};
    border: 2px solid transparent;
    border-radius: ${token('--fh-radius')};
    cursor: pointer;
  }
  .fh-button {
    color: ${token('--fh-colour-surface')};
    background: ${token('--fh-colour-success')};
    box-shadow: 0 2px 0 #002d18;
  }
  .fh-button-secondary {
    color: var(--_text);
    background: ${token('--fh-colour-surface-alt')};
    box-shadow: 0 2px 0 #929191;
  }
  .fh-button:focus-visible,
  .fh-button-secondary:focus-visible,
  .fh-link-button:focus-visible,
  .filter-tag:focus-visible,
  summary:focus-visible {
    outline: ${token('--fh-focus-width')} solid transparent;
    color: ${token('--fh-colour-focus-text')};
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_text);
  }
  .fh-link-button {
    font: inherit;
    min-height: 1.5em;
    padding: 0;
    color: ${token('--fh-colour-link')};
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .fh-link-button:disabled {
    color: var(--_secondary);
    cursor: progress;
  }

  /* Checkboxes: 1.5em (24px at 16px text, WCAG 2.5.8), following the text size. */
  .fh-checkbox {
    display: flex;
    align-items: flex-start;
    gap: ${token('--fh-space-2')};
    margin: ${token('--fh-space-1')} 0;
  }
  .fh-checkbox input {
    font: inherit;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_brand);
  }
  .fh-checkbox label {
    padding-top: 0.05em;
  }
  .fh-checkbox-child {
    margin-left: ${token('--fh-space-5')};
  }
  .count {
    color: var(--_secondary);
  }

  .error-summary {
    padding: ${token('--fh-space-3')};
    margin-bottom: ${token('--fh-space-4')};
    border: 0.3em solid var(--_error);
  }
  .error-summary:focus {
    outline: ${token('--fh-focus-width')} solid var(--_focus);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }

  /* Filters beside the results when there is room, above them when not. */
  .layout {
    display: grid;
    gap: ${token('--fh-space-4')};
  }
  @container (min-width: 44em) {
    .layout {
      grid-template-columns: var(--fh-search-filters-width, 18em) minmax(0, 1fr);
    }
  }
  .filter-panel > summary {
    font-weight: 700;
    cursor: pointer;
    min-height: 1.5em;
    margin-bottom: ${token('--fh-space-2')};
  }
  .filter-group {
    border: 0;
    padding: 0;
    margin: 0 0 ${token('--fh-space-4')};
    min-width: 0;
  }
  .filter-group legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: ${token('--fh-space-1')};
  }
  .category-group > summary {
    cursor: pointer;
    min-height: 1.5em;
    padding: ${token('--fh-space-1')} 0;
  }
  .filter-tags ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--fh-space-2')};
    margin: 0 0 ${token('--fh-space-2')};
    padding: 0;
    list-style: none;
  }
  .filter-tag {
    font: inherit;
    min-height: 1.75em;
    padding: 0.2em 0.6em;
    color: var(--_text);
    background: ${token('--fh-colour-surface')};
    border: 1px solid var(--_text);
    border-radius: ${token('--fh-radius')};
    cursor: pointer;
  }
  .filter-tags {
    margin-bottom: ${token('--fh-space-4')};
  }

  .hub {
    padding: ${token('--fh-space-3')};
    margin-bottom: ${token('--fh-space-4')};
    background: ${token('--fh-colour-surface-alt')};
    border-left: 0.3em solid var(--_brand);
  }
  .hub-label {
    margin: 0;
    color: var(--_secondary);
  }
  .hub-title {
    margin-top: ${token('--fh-space-1')};
  }

  .results {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    padding: ${token('--fh-space-3')} 0;
    border-top: 1px solid var(--_border);
  }
  .result-title {
    margin: 0 0 ${token('--fh-space-1')};
    font-size: ${token('--fh-font-size-heading-s')};
  }
  .results-heading:focus,
  .detail-title:focus {
    outline: none;
  }
  .summary {
    margin: 0 0 ${token('--fh-space-2')};
  }
  .facts {
    margin: 0 0 ${token('--fh-space-2')};
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--fh-space-2')};
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .contacts {
    margin: 0 0 ${token('--fh-space-2')};
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }
  .contacts li,
  .shortlist-items li {
    margin: ${token('--fh-space-1')} 0;
    line-height: 1.75;
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-weight: 700;
    color: var(--_text);
    background: #fcd6c3;
  }
  .tag-stale {
    background: #fff7bf;
  }
  .closed {
    margin: 0 0 ${token('--fh-space-2')};
  }
  .checked {
    color: var(--_secondary);
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--fh-space-2')} ${token('--fh-space-4')};
    margin-top: ${token('--fh-space-4')};
  }
  .pagination-list {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--fh-space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pagination a {
    display: inline-block;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0.35em 0.5em;
    text-align: center;
  }
  .pagination-current a {
    font-weight: 700;
    color: ${token('--fh-colour-surface')};
    background: ${token('--fh-colour-link')};
    text-decoration: none;
  }
  .pagination-gap {
    padding: 0.35em 0.25em;
  }

  .no-results {
    padding: ${token('--fh-space-3')} 0;
  }
  .no-results li {
    margin: ${token('--fh-space-2')} 0;
  }

  .back {
    margin: 0 0 ${token('--fh-space-4')};
  }
  .venues {
    padding: 0;
    list-style: none;
  }
  .venue {
    padding: ${token('--fh-space-2')} 0;
    border-top: 1px solid var(--_border);
  }
  .venue-title {
    margin: 0;
    font-size: 1em;
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--fh-space-3')};
  }

  .shortlist {
    margin-top: ${token('--fh-space-5')};
    padding: ${token('--fh-space-3')};
    border: 2px solid var(--_brand);
  }
  .shortlist-items {
    padding-left: 1.25em;
  }
  .shortlist-items .fh-link-button {
    margin-left: ${token('--fh-space-2')};
  }
  .shortlist-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--fh-space-3')};
  }

  @media print {
    .search-form,
    .filter-column,
    .filter-tags,
    .pagination,
    .shortlist-toggle,
    .detail-actions,
    .back,
    .no-print {
      display: none !important;
    }
    :host([printing-shortlist]) .base > :not(.shortlist) {
      display: none !important;
    }
    :host([printing-shortlist]) .shortlist {
      border: 0;
      padding: 0;
    }
  }
`;
