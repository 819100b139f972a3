import { css } from 'lit';
import { token } from '../internal/tokens.js';

/**
 * Styles of `<fh-start-for-life-offer>`, after the shared ones (links, focus, typography, print).
 * Sizes are in em so the host page's font size rules; every `--fh-*` fallback comes from the token
 * table.
 */
export const offerStyles = css`
  :host {
    --_accent: var(--fh-offer-accent, ${token('--fh-colour-brand')});
    line-height: ${token('--fh-line-height')};
  }
  .fh-loading {
    min-height: var(--fh-offer-loading-min-height, 20em);
  }
  :host([layout='card']) .fh-loading {
    min-height: var(--fh-offer-loading-min-height, 10em);
  }
  .card {
    border-top: 0.3em solid var(--_accent);
    background: ${token('--fh-colour-surface-alt')};
    padding: ${token('--fh-space-3')} ${token('--fh-space-4')};
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 ${token('--fh-space-2')};
    line-height: ${token('--fh-line-height-heading')};
  }
  .offer-title {
    font-size: var(--fh-offer-title-size, ${token('--fh-font-size-heading-l')});
  }
  .section-title {
    font-size: ${token('--fh-font-size-heading-m')};
    margin-top: ${token('--fh-space-6')};
    padding-top: ${token('--fh-space-2')};
    border-top: 0.1em solid ${token('--fh-colour-border')};
  }
  .item-title {
    font-size: ${token('--fh-font-size-heading-s')};
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.item {
    border-left: 0.3em solid var(--_accent);
    padding: ${token('--fh-space-1')} 0 ${token('--fh-space-1')} ${token('--fh-space-3')};
    margin: 0 0 ${token('--fh-space-5')};
  }
  li.item p {
    margin: 0 0 ${token('--fh-space-2')};
  }
  .stages {
    color: ${token('--fh-colour-secondary-text')};
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-weight: 700;
    background: ${token('--fh-colour-surface-alt')};
    border: 0.1em solid currentColor;
  }
  .tag-closed {
    color: ${token('--fh-colour-error')};
  }
  fieldset {
    border: 0;
    margin: ${token('--fh-space-4')} 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: ${token('--fh-space-2')};
  }
  .stage-options {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--fh-space-2')} ${token('--fh-space-4')};
  }
  .stage-options label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em; /* 44px targets at 16px: WCAG 2.5.8 needs 24px, families on phones need more */
    cursor: pointer;
  }
  .stage-options input {
    /* Form controls have their own font size; without this, 1.5em is 20px at every text size. */
    font: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .contents-title {
    font-weight: 700;
    margin: 0 0 ${token('--fh-space-1')};
  }
  .contents ol,
  .actions,
  .hubs ul,
  .services ul {
    margin: 0 0 ${token('--fh-space-2')};
    padding-left: ${token('--fh-space-4')};
  }
  /* Stacked links: each line at least 24px tall with room between them (WCAG 2.5.8). */
  .contents li,
  .actions li,
  .hubs li,
  .services li {
    line-height: 1.6;
    margin-bottom: ${token('--fh-space-2')};
  }
  .contact,
  .actions,
  .hubs,
  .services {
    /* Long email addresses and links wrap at 320px with WCAG text spacing, rather than scroll. */
    overflow-wrap: anywhere;
  }
  .back-to-contents {
    margin: 0 0 ${token('--fh-space-4')};
  }
  .print-button {
    font: inherit;
    font-weight: 700;
    padding: 0.5em 0.9em;
    min-height: 2.75em;
    color: ${token('--fh-colour-text')};
    background: ${token('--fh-colour-surface')};
    border: 0.1em solid ${token('--fh-colour-text')};
    box-shadow: 0 0.15em 0 ${token('--fh-colour-text')};
    cursor: pointer;
  }
  .footer {
    margin-top: ${token('--fh-space-5')};
    color: ${token('--fh-colour-secondary-text')};
  }
  .print-only {
    display: none;
  }
  /* Editors' preview: show which parts come from which field, and that a click opens it. */
  .preview [data-fh-field]:hover {
    outline: 0.15em dashed var(--_accent);
    outline-offset: 0.15em;
    cursor: pointer;
  }
  .qr-code {
    flex: none;
    width: 7em;
    height: 7em;
  }
  @media print {
    /* A compact handout: what a family needs first (contact, QR code) on page 1, then the offer in two columns. */
    :host {
      font-size: 9pt;
      line-height: 1.25;
    }
    .offer-title {
      font-size: 1.6em;
    }
    .no-print,
    fieldset,
    .print-button,
    .contents,
    .back-to-contents {
      display: none !important;
    }
    .print-only {
      display: flex;
      gap: 1em;
      align-items: center;
      border: 1pt solid #000;
      padding: 0.5em;
      margin: 0 0 0.75em;
      break-inside: avoid;
    }
    .print-only .contact .actions {
      margin: 0;
    }
    .offer-section {
      break-before: auto;
    }
    ul.items {
      columns: 2;
      column-gap: 1.5em;
    }
    /* Items may run on into the next column: keeping each whole left half-empty pages. */
    li.item {
      border-left-color: #000;
      margin-bottom: 0.6em;
      padding-left: 0.5em;
    }
    /* Hubs and services by name only, on one line: their addresses and numbers are at the top of
       the handout and behind the QR code, and repeating them under every item tripled its length. */
    .hubs > p,
    .services > p {
      display: inline;
    }
    .hubs ul,
    .services ul {
      display: inline;
      padding: 0;
    }
    .hubs li,
    .services li {
      display: inline;
      margin: 0;
    }
    .hubs li + li::before,
    .services li + li::before {
      content: ', ';
    }
    .hubs .address,
    .hubs .phone,
    .services .phone {
      display: none;
    }
    .print-hubs {
      margin: 0.25em 0 0;
      padding-left: 1.1em;
      columns: 2;
    }
    .hubs a::after,
    .services a::after {
      content: none !important;
    }
    li.item p,
    li.item ul,
    .fh-rich-text p {
      margin-top: 0.15em;
      margin-bottom: 0.15em;
    }
    .section-title {
      font-size: 1.2em;
      margin-top: 0.6em;
      padding-top: 0.2em;
      break-after: avoid;
    }
    .item-title {
      font-size: 1.05em;
      margin-bottom: 0.1em;
    }
    .item-title {
      break-after: avoid;
    }
    .languages,
    .formats,
    .stages {
      display: none;
    }
  }
`;
