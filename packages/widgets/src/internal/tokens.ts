/**
 * Design tokens: CSS custom properties with GOV.UK-like defaults. Every use reads
 * `var(--fh-…, default)`, so a council can theme all widgets from any ancestor (`body`, a wrapper,
 * the element itself) and an unthemed page still looks right. Sizes are in `em`, never `rem`:
 * council sites often set `html{font-size:62.5%}`, and widgets follow the text size of where they sit.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** Every token and its default value. */
export const TOKEN_DEFAULTS = {
  '--fh-colour-text': '#0b0c0c',
  '--fh-colour-secondary-text': '#505a5f',
  '--fh-colour-link': '#1d70b8',
  '--fh-colour-link-visited': '#4c2c92',
  '--fh-colour-link-hover': '#003078',
  '--fh-colour-link-active': '#0b0c0c',
  '--fh-colour-focus': '#ffdd00',
  '--fh-colour-focus-text': '#0b0c0c',
  '--fh-colour-border': '#b1b4b6',
  '--fh-colour-surface': '#ffffff',
  '--fh-colour-surface-alt': '#f3f2f1',
  '--fh-colour-brand': '#1d70b8',
  '--fh-colour-error': '#d4351c',
  '--fh-colour-success': '#00703c',
  '--fh-space-1': '0.3125em',
  '--fh-space-2': '0.625em',
  '--fh-space-3': '0.9375em',
  '--fh-space-4': '1.25em',
  '--fh-space-5': '1.875em',
  '--fh-space-6': '2.5em',
  '--fh-radius': '0',
  '--fh-focus-width': '3px',
  '--fh-font-size-body': '1em',
  '--fh-font-size-small': '0.875em',
  '--fh-font-size-heading-l': '1.75em',
  '--fh-font-size-heading-m': '1.375em',
  '--fh-font-size-heading-s': '1.125em',
  '--fh-line-height': '1.5',
  '--fh-line-height-heading': '1.25',
} as const;

/** The name of a design token. */
export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** All token names, for docs, stories and tests. */
export const TOKEN_NAMES = Object.keys(TOKEN_DEFAULTS) as TokenName[];

const cache = new Map<TokenName, CSSResult>();

/**
 * `var(--fh-name, default)` as a CSS value for use inside `css` templates. `unsafeCSS` is safe
 * here: both parts come from the constant table above, never from content.
 */
export function token(name: TokenName): CSSResult {
  let value = cache.get(name);
  if (!value) {
    value = unsafeCSS(`var(${name}, ${TOKEN_DEFAULTS[name]})`);
    cache.set(name, value);
  }
  return value;
}
