import { css } from 'lit';
import { TOKEN_DEFAULTS } from '../internal/tokens.js';

/** Shadow styles of `<fh-help-request>`: the form itself is in light DOM (see {@link helpRequestLightRules}). */
export const helpRequestStyles = css`
  ::slotted([slot='form']) {
    display: block;
  }
`;

/** Light-DOM rules of the form's own parts, under the element's tag (adopted by the document). */
export function helpRequestLightRules(scope: string): string {
  const t = (name: keyof typeof TOKEN_DEFAULTS): string => `var(${name}, ${TOKEN_DEFAULTS[name]})`;
  return `
${scope} .fh-step-heading { margin: 0 0 ${t('--fh-space-4')}; font-size: ${t('--fh-font-size-heading-l')}; line-height: ${t('--fh-line-height-heading')}; }
${scope} .fh-step-heading:focus { outline: none; }
${scope} .fh-subheading { margin: 0 0 ${t('--fh-space-2')}; font-size: ${t('--fh-font-size-heading-m')}; line-height: ${t('--fh-line-height-heading')}; }
${scope} .fh-reference { font-size: ${t('--fh-font-size-heading-l')}; }
${scope} .fh-panel .fh-step-heading { color: inherit; }
`;
}
