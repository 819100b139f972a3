/**
 * GOV.UK form fields as Lit templates for light DOM: label, hint, error message and
 * `aria-describedby` in one tree, so labels, autofill and error-summary links work. Ids follow
 * GOV.UK: `ID-hint`, `ID-error`, `ID-info` (character count); a radio or checkbox group's first
 * input has the group's id, so an error link can focus it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CountState } from './character-count.js';
import { countLeftText, countLimitText, errorPrefixText } from './labels.js';

/** What every field has. */
export interface FieldBase {
  /** The input's id (and, for groups, the first input's). Unique in the document. */
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  /**
   * Show the label or legend as the page's heading (one question per page). The heading gets
   * `tabindex=-1` and `data-fh-step-heading`, so the widget can move focus to it on a new page.
   */
  readonly heading?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** A text input or textarea. */
export interface TextFieldOptions extends FieldBase {
  readonly value: string;
  /** An HTML `autocomplete` value: `given-name`, `tel`, `email`, `street-address`, `off`… */
  readonly autocomplete?: string;
  readonly type?: 'text' | 'tel' | 'email';
  readonly inputmode?: 'text' | 'tel' | 'email' | 'numeric';
  readonly spellcheck?: boolean;
  readonly short?: boolean;
  /** Shows a character count up to this many characters (the field itself does not cut typing off). */
  readonly limit?: number;
  readonly count?: CountState;
  readonly rows?: number;
  readonly onInput: (value: string) => void;
}

/** One radio or checkbox. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** Shown under the choice while it is selected (GOV.UK conditional reveal). */
  readonly conditional?: TemplateResult;
}

/** A radio group. */
export interface RadiosOptions extends FieldBase {
  readonly options: readonly ChoiceOption[];
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
}

/** A checkbox group. */
export interface CheckboxesOptions extends FieldBase {
  readonly options: readonly ChoiceOption[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}

const describedBy = (...ids: (string | false | undefined)[]): string | undefined => {
  const list = ids.filter((id): id is string => typeof id === 'string');
  return list.length ? list.join(' ') : undefined;
};

function headingWrap(level: FieldBase['heading'], content: TemplateResult | string): TemplateResult | string {
  switch (level) {
    case 1:
      return html`<h1 tabindex="-1" data-fh-step-heading>${content}</h1>`;
    case 2:
      return html`<h2 tabindex="-1" data-fh-step-heading>${content}</h2>`;
    case 3:
      return html`<h3 tabindex="-1" data-fh-step-heading>${content}</h3>`;
    case 4:
      return html`<h4 tabindex="-1" data-fh-step-heading>${content}</h4>`;
    case 5:
      return html`<h5 tabindex="-1" data-fh-step-heading>${content}</h5>`;
    case 6:
      return html`<h6 tabindex="-1" data-fh-step-heading>${content}</h6>`;
    default:
      return content;
  }
}

function hintOf(field: FieldBase): TemplateResult | typeof nothing {
  return field.hint ? html`<div id="${field.id}-hint" class="fh-hint">${field.hint}</div>` : nothing;
}

/** The error message of a field (or of a group, under its legend). */
export function renderErrorMessage(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error ? html`<p id="${id}-error" class="fh-error-message"><span class="fh-visually-hidden">${errorPrefixText()}</span> ${error}</p>` : nothing;
}

function countOf(field: TextFieldOptions): TemplateResult | typeof nothing {
  if (field.limit === undefined) return nothing;
  const left = field.count?.left ?? field.limit - field.value.length;
  const spoken = field.count?.spokenLeft;
  return html`<div id="${field.id}-info" class="fh-visually-hidden">${countLimitText(field.limit)}</div>
    <div class="fh-count ${left < 0 ? 'fh-count--error' : ''}" aria-hidden="true">${countLeftText(left)}</div>
    <div class="fh-visually-hidden" aria-live="polite" data-fh-count-status>${spoken === undefined ? '' : countLeftText(spoken)}</div>`;
}

function labelOf(field: FieldBase): TemplateResult {
  const label = html`<label class="fh-label ${field.heading ? 'fh-label--heading' : ''}" for=${field.id}>${field.label}</label>`;
  return field.heading ? (headingWrap(field.heading, label) as TemplateResult) : label;
}

/** A text input (GOV.UK text input), with an optional character count. */
export function renderTextInput(field: TextFieldOptions): TemplateResult {
  return html`<div class="fh-form-group ${field.error ? 'fh-form-group--error' : ''}">
    ${labelOf(field)} ${hintOf(field)} ${renderErrorMessage(field.id, field.error)}
    <input
      class="fh-input ${field.short ? 'fh-input--short' : ''} ${field.error ? 'fh-input--error' : ''}"
      id=${field.id}
      name=${field.name}
      type=${field.type ?? 'text'}
      inputmode=${ifDefined(field.inputmode)}
      autocomplete=${ifDefined(field.autocomplete)}
      spellcheck=${ifDefined(field.spellcheck === undefined ? undefined : String(field.spellcheck))}
      aria-describedby=${ifDefined(describedBy(field.hint && `${field.id}-hint`, field.error && `${field.id}-error`, field.limit !== undefined && `${field.id}-info`))}
      aria-invalid=${ifDefined(field.error ? 'true' : undefined)}
      .value=${live(field.value)}
      @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
    />
    ${countOf(field)}
  </div>`;
}

/** A textarea (GOV.UK textarea or character count). */
export function renderTextarea(field: TextFieldOptions): TemplateResult {
  return html`<div class="fh-form-group ${field.error ? 'fh-form-group--error' : ''}">
    ${labelOf(field)} ${hintOf(field)} ${renderErrorMessage(field.id, field.error)}
    <textarea
      class="fh-textarea ${field.error ? 'fh-textarea--error' : ''}"
      id=${field.id}
      name=${field.name}
      rows=${field.rows ?? 5}
      autocomplete=${ifDefined(field.autocomplete)}
      spellcheck=${ifDefined(field.spellcheck === undefined ? undefined : String(field.spellcheck))}
      aria-describedby=${ifDefined(describedBy(field.hint && `${field.id}-hint`, field.error && `${field.id}-error`, field.limit !== undefined && `${field.id}-info`))}
      aria-invalid=${ifDefined(field.error ? 'true' : undefined)}
      .value=${live(field.value)}
      @input=${(event: Event) => field.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${countOf(field)}
  </div>`;
}

function group(field: FieldBase, type: 'radio' | 'checkbox', options: readonly ChoiceOption[], checked: (value: string) => boolean, onChange: (input: HTMLInputElement) => void): TemplateResult {
  const legend = html`<legend class="fh-legend ${field.heading ? 'fh-legend--heading' : ''}">${headingWrap(field.heading, field.label)}</legend>`;
  return html`<div class="fh-form-group ${field.error ? 'fh-form-group--error' : ''}">
    <fieldset aria-describedby=${ifDefined(describedBy(field.hint && `${field.id}-hint`, field.error && `${field.id}-error`))}>
      ${legend} ${hintOf(field)} ${renderErrorMessage(field.id, field.error)}
      <div class="fh-choices">
        ${options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${index + 1}`;
          const on = checked(option.value);
          return html`<div class="fh-choice">
              <input
                id=${id}
                name=${field.name}
                type=${type}
                value=${option.value}
                .checked=${live(on)}
                aria-describedby=${ifDefined(option.hint ? `${id}-item-hint` : undefined)}
                @change=${(event: Event) => onChange(event.target as HTMLInputElement)}
              />
              <div>
                <label for=${id}>${option.label}</label>
                ${option.hint ? html`<div id="${id}-item-hint" class="fh-hint">${option.hint}</div>` : nothing}
              </div>
            </div>
            ${option.conditional && on ? html`<div class="fh-conditional">${option.conditional}</div>` : nothing}`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** Radios (GOV.UK radios), with conditional reveals. */
export function renderRadios(field: RadiosOptions): TemplateResult {
  return group(field, 'radio', field.options, (value) => value === field.value, (input) => field.onChange(input.value));
}

/** Checkboxes (GOV.UK checkboxes), with conditional reveals. */
export function renderCheckboxes(field: CheckboxesOptions): TemplateResult {
  return group(
    field,
    'checkbox',
    field.options,
    (value) => field.values.includes(value),
    (input) => {
      const rest = field.values.filter((value) => value !== input.value);
      // Keep the options' order, whatever order they were ticked in.
      const next = input.checked ? field.options.map((option) => option.value).filter((value) => value === input.value || rest.includes(value)) : rest;
      field.onChange(next);
    },
  );
}
