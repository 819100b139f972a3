/**
 * The form kit: GOV.UK fields, error summary and character count for widgets that render a form
 * in their light DOM (see `scoped-styles.ts` for why light DOM).
 */
export { adoptScopedStyles } from './scoped-styles.js';
export { formRules } from './form-styles.js';
export { CharacterCounts, COUNT_ANNOUNCE_DELAY_MS, type CountState } from './character-count.js';
export {
  renderCheckboxes,
  renderErrorMessage,
  renderRadios,
  renderTextarea,
  renderTextInput,
  type CheckboxesOptions,
  type ChoiceOption,
  type FieldBase,
  type RadiosOptions,
  type TextFieldOptions,
} from './fields.js';
export { focusErrorSummary, renderErrorSummary, type SummaryError } from './error-summary.js';
export { errorSummaryTitleText } from './labels.js';
