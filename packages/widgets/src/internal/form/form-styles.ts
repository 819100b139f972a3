/**
 * The form kit's styles (GOV.UK's patterns, in em), written under one widget's tag. Colours fall
 * back to GOV.UK Frontend 6's custom properties, then to GOV.UK's values.
 */
import { TOKEN_DEFAULTS } from '../tokens.js';

const t = (name: keyof typeof TOKEN_DEFAULTS): string => `var(${name}, ${TOKEN_DEFAULTS[name]})`;

/** The form kit's rules under `scope` (a tag name). */
export function formRules(scope: string): string {
  const s = scope;
  return `
${s} .fh-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: -1px !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
${s} .fh-form-group { margin: 0 0 ${t('--fh-space-5')}; }
${s} .fh-form-group--error { padding-left: ${t('--fh-space-3')}; border-left: 5px solid ${t('--fh-colour-error')}; }
${s} .fh-label, ${s} .fh-legend { display: block; margin: 0 0 ${t('--fh-space-1')}; font-weight: 700; }
${s} .fh-legend--heading, ${s} .fh-label--heading { font-size: ${t('--fh-font-size-heading-l')}; line-height: ${t('--fh-line-height-heading')}; margin-bottom: ${t('--fh-space-3')}; }
${s} .fh-legend--heading h1, ${s} .fh-legend--heading h2, ${s} .fh-label--heading h1, ${s} .fh-label--heading h2 { font-size: inherit; margin: 0; }
${s} fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
${s} .fh-hint { display: block; margin: 0 0 ${t('--fh-space-3')}; color: ${t('--fh-colour-secondary-text')}; }
${s} .fh-error-message { display: block; margin: 0 0 ${t('--fh-space-3')}; color: ${t('--fh-colour-error')}; font-weight: 700; }
${s} .fh-input, ${s} .fh-textarea { display: block; width: 100%; max-width: 30em; padding: ${t('--fh-space-1')}; border: 2px solid ${t('--fh-colour-text')}; border-radius: 0; font: inherit; color: inherit; background: ${t('--fh-colour-surface')}; }
${s} .fh-input--short { max-width: 12em; }
${s} .fh-input--error, ${s} .fh-textarea--error { border-color: ${t('--fh-colour-error')}; }
${s} .fh-input:focus, ${s} .fh-textarea:focus { outline: 3px solid ${t('--fh-colour-focus')}; outline-offset: 0; box-shadow: inset 0 0 0 2px; }
${s} .fh-choices { display: flex; flex-direction: column; gap: ${t('--fh-space-2')}; }
${s} .fh-choice { position: relative; display: flex; align-items: flex-start; gap: ${t('--fh-space-2')}; }
${s} .fh-choice input { flex: none; width: 1.6em; height: 1.6em; margin: 0.1em 0 0; accent-color: ${t('--fh-colour-text')}; }
${s} .fh-choice input:focus { outline: 3px solid ${t('--fh-colour-focus')}; outline-offset: 2px; }
${s} .fh-choice .fh-hint { margin: 0; }
${s} .fh-conditional { margin: ${t('--fh-space-2')} 0 0 0.75em; padding-left: ${t('--fh-space-4')}; border-left: 4px solid ${t('--fh-colour-border')}; }
${s} .fh-count { margin-top: ${t('--fh-space-1')}; color: ${t('--fh-colour-secondary-text')}; }
${s} .fh-count--error { color: ${t('--fh-colour-error')}; font-weight: 700; }
${s} .fh-error-summary { margin: 0 0 ${t('--fh-space-5')}; padding: ${t('--fh-space-3')}; border: 5px solid ${t('--fh-colour-error')}; }
${s} .fh-error-summary:focus { outline: 3px solid ${t('--fh-colour-focus')}; }
${s} .fh-error-summary h2 { margin: 0 0 ${t('--fh-space-3')}; font-size: ${t('--fh-font-size-heading-m')}; }
${s} .fh-error-summary ul { margin: 0; padding: 0; list-style: none; }
${s} .fh-error-summary a { color: ${t('--fh-colour-error')}; font-weight: 700; }
${s} .fh-button { display: inline-block; margin: 0 ${t('--fh-space-3')} ${t('--fh-space-4')} 0; padding: 0.5em 0.75em; border: 2px solid transparent; border-radius: 0; background: ${t('--fh-colour-success')}; box-shadow: 0 2px 0 #002d18; color: #ffffff; font: inherit; font-weight: 700; cursor: pointer; }
${s} .fh-button--secondary { background: ${t('--fh-colour-surface-alt')}; box-shadow: 0 2px 0 #929191; color: ${t('--fh-colour-text')}; }
${s} .fh-button:focus { outline: 3px solid ${t('--fh-colour-focus')}; background: ${t('--fh-colour-focus')}; color: ${t('--fh-colour-focus-text')}; box-shadow: 0 2px 0 ${t('--fh-colour-text')}; }
${s} .fh-link-button { padding: 0; border: 0; background: none; color: ${t('--fh-colour-link')}; font: inherit; text-decoration: underline; cursor: pointer; }
${s} .fh-link-button:focus { outline: 3px solid transparent; background: ${t('--fh-colour-focus')}; color: ${t('--fh-colour-focus-text')}; box-shadow: 0 -2px ${t('--fh-colour-focus')}, 0 4px ${t('--fh-colour-text')}; text-decoration: none; }
${s} .fh-summary-list { margin: 0 0 ${t('--fh-space-5')}; }
${s} .fh-summary-list > div { display: grid; grid-template-columns: 1fr 2fr auto; gap: ${t('--fh-space-3')}; padding: ${t('--fh-space-2')} 0; border-bottom: 1px solid ${t('--fh-colour-border')}; }
${s} .fh-summary-list dt { font-weight: 700; }
${s} .fh-summary-list dd { margin: 0; white-space: pre-line; }
@media (max-width: 40em) { ${s} .fh-summary-list > div { grid-template-columns: 1fr; gap: ${t('--fh-space-1')}; } }
${s} .fh-panel { margin: 0 0 ${t('--fh-space-5')}; padding: ${t('--fh-space-4')}; background: ${t('--fh-colour-success')}; color: #ffffff; text-align: center; }
${s} .fh-panel h2, ${s} .fh-panel h1 { margin: 0 0 ${t('--fh-space-2')}; }
${s} .fh-inset { margin: 0 0 ${t('--fh-space-4')}; padding: ${t('--fh-space-3')}; border-left: 10px solid ${t('--fh-colour-border')}; }
${s} .fh-warning { margin: 0 0 ${t('--fh-space-4')}; padding: ${t('--fh-space-3')}; border-left: 10px solid ${t('--fh-colour-error')}; }
${s} .fh-honeypot { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
${s} [hidden] { display: none !important; }
@media (forced-colors: active) { ${s} .fh-button, ${s} .fh-error-summary, ${s} .fh-input, ${s} .fh-textarea { border-color: ButtonText; } }
`;
}
