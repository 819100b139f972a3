/**
 * The filters beside the results: two-level categories, age or stage, free only, days, how it is
 * delivered and language, each option with how many services it would show (the counts follow the
 * query; not shown for a server-side search, whose counts would be partial), and the removable tags of what is ticked. Plain checkboxes in fieldsets, so every
 * screen reader, switch and voice control user already knows how to use them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { AGE_STAGES, DELIVERY_MODES, WEEKDAYS, type CategoryGroup, type SearchFacets } from '@family-hubs/content';
import { dayLabel, deliveryLabel, languageLabel, noFilterCountsText, stageLabel } from './labels.js';
import type { SearchState } from './search-state.js';

/** A list filter a family can tick values of. */
export type ListFilter = 'categories' | 'stages' | 'days' | 'deliveryModes' | 'languages';

/** What filter templates need from the element. */
export interface FilterContext {
  readonly idPrefix: string;
  readonly locale: string;
  readonly state: SearchState;
  readonly facets: SearchFacets | undefined;
  readonly categories: readonly CategoryGroup[];
  /**
   * Show how many services each option would give. False for a server-side search, whose counts
   * cover only the services it fetched: a family is told rather than shown numbers that are wrong.
   */
  readonly showCounts: boolean;
  readonly onToggle: (filter: ListFilter, value: string, on: boolean) => void;
  readonly onFreeOnly: (on: boolean) => void;
  readonly onClear: () => void;
}

const count = (context: FilterContext, value: number | undefined) => (context.showCounts ? html`<span class="count"> (${value ?? 0})</span>` : nothing);

function checkbox(context: FilterContext, filter: ListFilter, value: string, label: string, total: number | undefined, extraClass = ''): TemplateResult {
  const id = `${context.idPrefix}-${filter}-${value}`;
  const checked = (context.state[filter] as readonly string[]).includes(value);
  return html`<div class="fh-checkbox ${extraClass}">
    <input type="checkbox" id=${id} .checked=${checked} @change=${(event: Event) => context.onToggle(filter, value, (event.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}${count(context, total)}</label>
  </div>`;
}

function renderCategories(context: FilterContext): TemplateResult | typeof nothing {
  if (!context.categories.length) return nothing;
  const counts = context.facets?.categories ?? {};
  return html`<fieldset class="filter-group">
    <legend>${msg('Type of support')}</legend>
    ${context.categories.map((group) => {
      const ticked = context.state.categories.some((id) => id === group.id || group.children.some((child) => child.id === id));
      return html`<details class="category-group" ?open=${ticked}>
        <summary>${group.label}${count(context, counts[group.id])}</summary>
        ${checkbox(context, 'categories', group.id, msg(str`All of ${group.label}`), counts[group.id])}
        ${group.children.map((child) => checkbox(context, 'categories', child.id, child.label, counts[child.id], 'fh-checkbox-child'))}
      </details>`;
    })}
  </fieldset>`;
}

function renderList<V extends string>(context: FilterContext, filter: ListFilter, legend: string, values: readonly V[], label: (value: V) => string, counts: Readonly<Partial<Record<V, number>>> | undefined): TemplateResult {
  return html`<fieldset class="filter-group">
    <legend>${legend}</legend>
    ${values.map((value) => checkbox(context, filter, value, label(value), counts?.[value]))}
  </fieldset>`;
}

/** The filter panel. */
export function renderFilters(context: FilterContext): TemplateResult {
  const { facets, state } = context;
  const languages = [...new Set([...Object.keys(facets?.languages ?? {}), ...state.languages])].sort((a, b) =>
    languageLabel(a, context.locale).localeCompare(languageLabel(b, context.locale), context.locale),
  );
  const freeId = `${context.idPrefix}-free`;
  return html`<div class="filters" part="filters">
    ${context.showCounts ? nothing : html`<p class="fh-hint filter-hint">${noFilterCountsText()}</p>`} ${renderCategories(context)}
    ${renderList(context, 'stages', msg('Age or stage'), AGE_STAGES, stageLabel, facets?.stages)}
    <fieldset class="filter-group">
      <legend>${msg('Cost')}</legend>
      <div class="fh-checkbox">
        <input type="checkbox" id=${freeId} .checked=${state.freeOnly} @change=${(event: Event) => context.onFreeOnly((event.target as HTMLInputElement).checked)} />
        <label for=${freeId}>${msg('Free only')}${count(context, facets?.free)}</label>
      </div>
    </fieldset>
    ${renderList(context, 'days', msg('Days'), WEEKDAYS, dayLabel, facets?.days)}
    ${renderList(context, 'deliveryModes', msg('How it is delivered'), DELIVERY_MODES, deliveryLabel, facets?.deliveryModes)}
    ${languages.length > 1 ? renderList(context, 'languages', msg('Language'), languages, (code) => languageLabel(code, context.locale), facets?.languages) : nothing}
  </div>`;
}

/** A ticked filter, as a family reads it. */
interface Tag {
  readonly label: string;
  readonly remove: () => void;
}

/** How a filter value reads on a tag or in "Remove the filter: …". */
export function filterValueLabel(filter: ListFilter, value: string, categories: readonly CategoryGroup[], locale: string): string {
  switch (filter) {
    case 'categories':
      for (const group of categories) {
        if (group.id === value) return group.label;
        const child = group.children.find((candidate) => candidate.id === value);
        if (child) return child.label;
      }
      return value;
    case 'stages':
      return stageLabel(value as (typeof AGE_STAGES)[number]);
    case 'days':
      return dayLabel(value as (typeof WEEKDAYS)[number]);
    case 'deliveryModes':
      return deliveryLabel(value as (typeof DELIVERY_MODES)[number]);
    case 'languages':
      return languageLabel(value, locale);
  }
}

const LIST_FILTERS: readonly ListFilter[] = ['categories', 'stages', 'days', 'deliveryModes', 'languages'];

function tagsOf(context: FilterContext): Tag[] {
  const { state } = context;
  const list = (filter: ListFilter) =>
    (state[filter] as readonly string[]).map(
      (value): Tag => ({ label: filterValueLabel(filter, value, context.categories, context.locale), remove: () => context.onToggle(filter, value, false) }),
    );
  const [categories, ...rest] = LIST_FILTERS.map(list);
  // Free only sits where the panel shows it: after the categories and stages.
  return [...categories!, ...rest[0]!, ...(state.freeOnly ? [{ label: msg('Free only'), remove: () => context.onFreeOnly(false) }] : []), ...rest.slice(1).flat()];
}

/** The ticked filters as removable tags, with "Clear filters". Nothing when none is ticked. */
export function renderFilterTags(context: FilterContext): TemplateResult | typeof nothing {
  const tags = tagsOf(context);
  if (!tags.length) return nothing;
  return html`<div class="filter-tags" part="filter-tags">
    <p class="fh-visually-hidden">${msg('Filters you have chosen')}</p>
    <ul>
      ${tags.map(
        (tag) =>
          html`<li>
            <button type="button" class="filter-tag" @click=${tag.remove}><span class="fh-visually-hidden">${msg('Remove filter:')} </span>${tag.label}<span aria-hidden="true"> ×</span></button>
          </li>`,
      )}
    </ul>
    <button type="button" class="fh-link-button" @click=${context.onClear}>${msg('Clear filters')}</button>
  </div>`;
}
