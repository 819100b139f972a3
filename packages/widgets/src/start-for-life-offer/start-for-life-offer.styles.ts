import { css } from 'lit';

/** Styles of `<fh-start-for-life-offer>`. Sizes are in em so the host page's font size rules. */
export const offerStyles = css`
  :host {
    --_accent: var(--fh-offer-accent, var(--fh-colour-brand, #1d70b8));
    line-height: 1.4;
  }
  .loading {
    min-height: var(--fh-offer-loading-min-height, 20em);
  }
  :host([layout='card']) .loading {
    min-height: var(--fh-offer-loading-min-height, 10em);
  }
  .offer,
  .card {
    display: block;
  }
  .card {
    border-top: 0.3em solid var(--_accent);
    background: var(--fh-colour-surface-alt, #f3f2f1);
    padding: var(--fh-space-3, 0.75em) var(--fh-space-4, 1em);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.2;
  }
  .offer-title {
    font-size: var(--fh-offer-title-size, 1.6em);
  }
  .section-title {
    font-size: 1.3em;
    margin-top: 1.5em;
    padding-top: 0.5em;
    border-top: 0.1em solid var(--fh-colour-border, #b1b4b6);
  }
  .item-title {
    font-size: 1.1em;
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.item {
    border-left: 0.3em solid var(--_accent);
    padding: 0.25em 0 0.25em 0.75em;
    margin: 0 0 1.25em;
  }
  .stages {
    color: var(--fh-colour-secondary-text, #505a5f);
    margin: 0 0 0.5em;
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-weight: 700;
    background: var(--fh-colour-surface-alt, #f3f2f1);
    border: 0.1em solid currentColor;
  }
  .tag-closed {
    color: var(--fh-colour-error, #d4351c);
  }
  .stale {
    border-left: 0.3em solid var(--fh-colour-error, #d4351c);
    padding-left: 0.5em;
    font-weight: 700;
  }
  fieldset {
    border: 0;
    margin: 1em 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.5em;
  }
  .stage-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .stage-options label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em; /* 44px targets at 16px: WCAG 2.5.8 needs 24px, families on phones need more */
    cursor: pointer;
  }
  .stage-options input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .stage-options input:focus-visible {
    outline: 0.2em solid var(--fh-colour-focus-text, #0b0c0c);
    outline-offset: 0.15em;
    box-shadow: 0 0 0 0.45em var(--fh-colour-focus, #fd0);
  }
  .contents ul,
  .actions,
  .hubs ul,
  .services ul {
    padding-left: 1.25em;
  }
  .contents li,
  .actions li,
  .hubs li,
  .services li {
    margin-bottom: 0.35em;
  }
  .print-button {
    font: inherit;
    font-weight: 700;
    padding: 0.5em 0.9em;
    min-height: 2.75em;
    color: var(--fh-colour-text, #0b0c0c);
    background: var(--fh-colour-surface, #fff);
    border: 0.1em solid var(--fh-colour-text, #0b0c0c);
    box-shadow: 0 0.15em 0 var(--fh-colour-text, #0b0c0c);
    cursor: pointer;
  }
  .print-button:focus-visible {
    outline: 0.2em solid transparent;
    background: var(--fh-colour-focus, #fd0);
    box-shadow: 0 0.15em 0 var(--fh-colour-text, #0b0c0c);
  }
  .footer {
    margin-top: 1.5em;
    color: var(--fh-colour-secondary-text, #505a5f);
  }
  .print-only {
    display: none;
  }
  /* Editors' preview: show which parts come from which field, and that a click opens it. */
  .preview [data-contentful-field-id]:hover {
    outline: 0.15em dashed var(--_accent);
    outline-offset: 0.15em;
    cursor: pointer;
  }
  .qr-code {
    width: 8em;
    height: 8em;
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .no-print,
    fieldset,
    .print-button,
    .contents {
      display: none !important;
    }
    .print-only {
      display: flex;
      gap: 1em;
      align-items: center;
      border: 1pt solid #000;
      padding: 0.75em;
      margin-top: 1em;
      break-inside: avoid;
    }
    /* A handout families take home: compact, and items may run across pages rather than leave gaps. */
    li.item {
      border-left-color: #000;
      margin-bottom: 0.75em;
    }
    li.item p,
    li.item ul {
      margin-top: 0.25em;
      margin-bottom: 0.25em;
    }
    .section-title,
    .item-title {
      break-after: avoid;
    }
    .section-title {
      margin-top: 1em;
    }
    a {
      color: #000;
    }
    .actions a[href^='http']::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
