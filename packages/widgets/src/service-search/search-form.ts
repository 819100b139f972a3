/**
 * The search box, the postcode and the distance, in GOV.UK's form patterns: a label and a hint for
 * each field, an error summary that takes focus and links to the field, and inline errors tied to
 * their field with `aria-describedby`. Free text searches as the family types; the postcode is
 * looked up when they press Search (one request per search, never one per keystroke).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { renderHeading } from '../internal/heading.js';
import { withinMilesText } from './labels.js';
import { DISTANCE_CHOICES, type SearchState } from './search-state.js';

/** A problem with what a family entered, shown in the summary and by its field. */
export interface FieldError {
  /** The field's id suffix (`postcode`). */
  readonly field: 'postcode';
  readonly message: string;
}

/** What the form needs from the element. */
export interface SearchFormContext {
  readonly idPrefix: string;
  readonly headingLevel: number;
  readonly state: SearchState;
  /** Whether postcodes can be looked up (a geocoder is configured). */
  readonly postcodes: boolean;
  /** Whether a place is known (a postcode was found or the browser gave a position). */
  readonly hasPlace: boolean;
  readonly locating: boolean;
  readonly error: FieldError | undefined;
  readonly onText: (text: string) => void;
  readonly onPostcode: (postcode: string) => void;
  readonly onRadius: (miles: number | undefined) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onLocate: () => void;
  readonly onErrorLink: (event: MouseEvent, field: string) => void;
}

/** The error summary; it takes focus when it appears (the element does that after rendering). */
export function renderErrorSummary(context: SearchFormContext): TemplateResult | typeof nothing {
  const { error } = context;
  if (!error) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="${context.idPrefix}-error-title">
    ${renderHeading(context.headingLevel, msg('There is a problem'), { id: `${context.idPrefix}-error-title`, className: 'fh-heading-s' })}
    <ul>
      <li><a href="#${context.idPrefix}-${error.field}" @click=${(event: MouseEvent) => context.onErrorLink(event, error.field)}>${error.message}</a></li>
    </ul>
  </div>`;
}

/** "Use my location": the browser asks the family only when they press it. */
function renderLocate(context: SearchFormContext): TemplateResult {
  return html`<p class="locate">
    <button type="button" class="fh-link-button" @click=${context.onLocate} ?disabled=${context.locating}>
      ${context.locating ? msg('Finding your location…') : msg('Use my location')}
    </button>
  </p>`;
}

/** The form. */
export function renderSearchForm(context: SearchFormContext): TemplateResult {
  const { idPrefix, state, error } = context;
  const postcodeError = error?.field === 'postcode' ? error : undefined;
  const describedBy = [`${idPrefix}-postcode-hint`, postcodeError ? `${idPrefix}-postcode-error` : ''].filter(Boolean).join(' ');
  return html`<form class="search-form" part="form" role="search" novalidate @submit=${context.onSubmit}>
    <div class="fh-field">
      <label class="fh-label" for="${idPrefix}-text">${msg('What are you looking for?')}</label>
      <p class="fh-hint" id="${idPrefix}-text-hint">${msg('For example, health visiting, baby group or speech and language')}</p>
      <input
        class="fh-input"
        id="${idPrefix}-text"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="${idPrefix}-text-hint"
        .value=${state.text}
        @input=${(event: InputEvent) => context.onText((event.target as HTMLInputElement).value)}
      />
    </div>
    ${context.postcodes
      ? html`<div class="fh-field ${postcodeError ? 'fh-field-error' : ''}">
          <label class="fh-label" for="${idPrefix}-postcode">${msg('Postcode')}</label>
          <p class="fh-hint" id="${idPrefix}-postcode-hint">${msg('To see what is near you, for example NS1 4AB. Optional.')}</p>
          ${postcodeError
            ? html`<p class="fh-error-message" id="${idPrefix}-postcode-error"><span class="fh-visually-hidden">${msg('Error:')}</span> ${postcodeError.message}</p>`
            : nothing}
          <input
            class="fh-input fh-input-postcode"
            id="${idPrefix}-postcode"
            type="text"
            autocomplete="postal-code"
            spellcheck="false"
            aria-describedby=${describedBy}
            aria-invalid=${ifDefined(postcodeError ? 'true' : undefined)}
            .value=${state.postcode}
            @input=${(event: InputEvent) => context.onPostcode((event.target as HTMLInputElement).value)}
          />
          ${renderLocate(context)}
        </div>`
      : html`<div class="fh-field">${renderLocate(context)}</div>`}
    ${context.postcodes || context.hasPlace
      ? html`<div class="fh-field">
          <label class="fh-label" for="${idPrefix}-distance">${msg('Distance')}</label>
          <select class="fh-select" id="${idPrefix}-distance" @change=${(event: Event) => context.onRadius(Number((event.target as HTMLSelectElement).value) || undefined)}>
            <option value="" ?selected=${!state.radiusMiles}>${msg('Any distance')}</option>
            ${DISTANCE_CHOICES.map((miles) => html`<option value=${miles} ?selected=${state.radiusMiles === miles}>${withinMilesText(miles)}</option>`)}
          </select>
        </div>`
      : nothing}
    <button type="submit" class="fh-button">${msg('Search')}</button>
  </form>`;
}
