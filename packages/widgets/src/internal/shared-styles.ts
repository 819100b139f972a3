/**
 * Styles every widget composes into its shadow root: GOV.UK-style links and focus, typography in
 * `em`, a visually-hidden utility, and care for forced colours, print and reduced motion. The host
 * page's font is inherited; no `@font-face` here.
 */
import { css } from 'lit';
import { token } from './tokens.js';

/** GOV.UK link colours, underline and hover. */
export const linkStyles = css`
  a {
    color: ${token('--fh-colour-link')};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: ${token('--fh-colour-link-visited')};
  }
  a:hover {
    color: ${token('--fh-colour-link-hover')};
    text-decoration-thickness: max(3px, 0.1875em, 0.12em);
  }
  a:active {
    color: ${token('--fh-colour-link-active')};
  }
`;

/**
 * The GOV.UK focus indicator: links get a yellow background with a thick black underline; other
 * focusable things a yellow outline ringed in black, which keeps 3:1 contrast on any background.
 * The transparent or yellow outline turns into a system colour in forced-colours mode, where
 * backgrounds and shadows are dropped.
 */
export const focusStyles = css`
  a:focus-visible {
    outline: ${token('--fh-focus-width')} solid transparent;
    color: ${token('--fh-colour-focus-text')};
    background-color: ${token('--fh-colour-focus')};
    box-shadow:
      0 -2px ${token('--fh-colour-focus')},
      0 4px ${token('--fh-colour-focus-text')};
    text-decoration: none;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  :where(button, input, select, textarea, summary, [tabindex]):focus-visible,
  .fh-focus-ring:focus-visible {
    outline: ${token('--fh-focus-width')} solid ${token('--fh-colour-focus')};
    outline-offset: 0;
    box-shadow: 0 0 0 calc(${token('--fh-focus-width')} + 2px) ${token('--fh-colour-focus-text')};
  }
  @media (forced-colors: active) {
    a:focus-visible,
    :where(button, input, select, textarea, summary, [tabindex]):focus-visible,
    .fh-focus-ring:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Hides text visually while keeping it for screen readers (`class="fh-visually-hidden"`). */
export const visuallyHiddenStyles = css`
  .fh-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }
`;

/**
 * Body text, headings and the blocks rich text produces, in `em` so widgets scale with the page.
 * Headings use classes (`fh-heading-l|m|s`) because their level depends on where a widget sits,
 * their size on what they are.
 */
export const typographyStyles = css`
  .fh-body,
  .fh-rich-text {
    font-size: ${token('--fh-font-size-body')};
    line-height: ${token('--fh-line-height')};
  }
  .fh-secondary-text {
    color: ${token('--fh-colour-secondary-text')};
  }
  .fh-heading-l,
  .fh-heading-m,
  .fh-heading-s,
  .fh-rich-text :is(h2, h3, h4, h5, h6) {
    margin: 0 0 ${token('--fh-space-3')};
    font-weight: 700;
    line-height: ${token('--fh-line-height-heading')};
  }
  .fh-heading-l {
    font-size: ${token('--fh-font-size-heading-l')};
  }
  .fh-heading-m,
  .fh-rich-text h2 {
    font-size: ${token('--fh-font-size-heading-m')};
  }
  .fh-heading-s,
  .fh-rich-text :is(h3, h4, h5, h6) {
    font-size: ${token('--fh-font-size-heading-s')};
  }
  .fh-rich-text :is(h2, h3, h4, h5, h6):not(:first-child) {
    margin-top: ${token('--fh-space-5')};
  }
  .fh-rich-text p {
    margin: 0 0 ${token('--fh-space-4')};
  }
  .fh-rich-text :is(ul, ol) {
    margin: 0 0 ${token('--fh-space-4')};
    padding-left: ${token('--fh-space-4')};
  }
  .fh-rich-text li > :last-child {
    margin-bottom: 0;
  }
  .fh-rich-text li + li {
    margin-top: ${token('--fh-space-1')};
  }
  .fh-rich-text blockquote {
    margin: 0 0 ${token('--fh-space-4')};
    padding: ${token('--fh-space-3')};
    border-left: 0.3125em solid ${token('--fh-colour-border')};
  }
  .fh-rich-text hr {
    margin: ${token('--fh-space-5')} 0;
    border: 0;
    border-top: 1px solid ${token('--fh-colour-border')};
  }
  .fh-rich-text code {
    font-family: ui-monospace, 'Courier New', monospace;
    font-size: 0.9375em;
  }
  .fh-rich-text > :last-child {
    margin-bottom: 0;
  }
`;

/** The states every content widget shares (see `FhContentElement`). */
export const statusStyles = css`
  .fh-stale {
    border-left: 0.3125em solid ${token('--fh-colour-error')};
    padding-left: ${token('--fh-space-2')};
    margin: 0 0 ${token('--fh-space-4')};
  }
  .fh-stale p {
    margin: 0 0 ${token('--fh-space-1')};
  }
`;

/** Print, forced colours and reduced motion. */
export const mediaStyles = css`
  @media print {
    :host {
      color: #000;
    }
    a,
    a:visited {
      color: #000;
    }
    /* Paper has no links: print where they go (widgets write web links as absolute addresses). */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .fh-rich-text blockquote,
    .fh-rich-text hr {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Everything above, in the order `FhElement` puts them before a widget's own `css`. */
export const sharedStyles = [linkStyles, focusStyles, visuallyHiddenStyles, typographyStyles, statusStyles, mediaStyles];
