import { css } from 'lit';
import { token } from '../internal/tokens.js';

/** Styles of `<fh-programme-finder>`, after the shared ones. Sizes in em; every --fh-* fallback through token(). */
export const programmeFinderStyles = css`
  :host {
    --_accent: var(--fh-programme-accent, ${token('--fh-colour-brand')});
    line-height: ${token('--fh-line-height')};
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: ${token('--fh-space-3')} 0 ${token('--fh-space-2')};
    line-height: ${token('--fh-line-height-heading')};
  }
  .step-heading:focus {
    outline: none;
  }
  p {
    margin: 0 0 ${token('--fh-space-2')};
  }
  fieldset {
    border: 0;
    margin: 0 0 ${token('--fh-space-3')};
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .progress,
  .hint,
  .caveat {
    color: ${token('--fh-colour-secondary-text')};
  }
  .choices {
    display: grid;
    gap: ${token('--fh-space-2')};
  }
  .choice {
    display: flex;
    gap: ${token('--fh-space-2')};
    align-items: flex-start;
  }
  .choice input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
  }
  .field-label {
    display: block;
    font-weight: bold;
    margin-bottom: ${token('--fh-space-1')};
  }
  select,
  input:not([type='checkbox']) {
    font: inherit;
    padding: ${token('--fh-space-1')};
    border: 0.125em solid ${token('--fh-colour-text')};
    background: ${token('--fh-colour-surface')};
    color: ${token('--fh-colour-text')};
    max-width: 100%;
  }
  .postcode-input {
    width: 8em;
  }
  .actions,
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--fh-space-2')};
    align-items: center;
    margin: ${token('--fh-space-3')} 0;
  }
  .button {
    font: inherit;
    cursor: pointer;
    padding: ${token('--fh-space-1')} ${token('--fh-space-3')};
    border: 0.125em solid transparent;
    border-radius: ${token('--fh-radius')};
    background: ${token('--fh-colour-success')};
    color: #fff;
    box-shadow: 0 0.125em 0 #002d18;
  }
  .button--secondary {
    background: ${token('--fh-colour-surface-alt')};
    color: ${token('--fh-colour-text')};
    box-shadow: 0 0.125em 0 #929191;
  }
  .link-button {
    font: inherit;
    cursor: pointer;
    border: 0;
    padding: 0;
    background: none;
    color: ${token('--fh-colour-link')};
    text-decoration: underline;
  }
  .error {
    color: ${token('--fh-colour-error')};
    font-weight: bold;
  }
  .ask-first {
    border-left: 0.3em solid var(--_accent);
    padding-left: ${token('--fh-space-3')};
  }
  ul.programmes,
  ul.courses {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.programme {
    border-top: 0.1em solid ${token('--fh-colour-border')};
    padding-top: ${token('--fh-space-3')};
    margin-bottom: ${token('--fh-space-5')};
  }
  li.course {
    border-left: 0.3em solid var(--_accent);
    padding-left: ${token('--fh-space-3')};
    margin-bottom: ${token('--fh-space-4')};
  }
  li.course[data-status='full'],
  li.course[data-status='started'] {
    border-left-color: ${token('--fh-colour-border')};
  }
  .tag {
    display: inline-block;
    padding: 0 ${token('--fh-space-1')};
    background: ${token('--fh-colour-surface-alt')};
    color: ${token('--fh-colour-text')};
    border: 0.1em solid ${token('--fh-colour-text')};
    font-size: ${token('--fh-font-size-small')};
  }
  dl {
    margin: 0 0 ${token('--fh-space-2')};
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('--fh-space-2')};
  }
  dt {
    font-weight: bold;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  details summary {
    cursor: pointer;
    color: ${token('--fh-colour-link')};
    text-decoration: underline;
  }
`;
