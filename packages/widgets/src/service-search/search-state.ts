/**
 * What a family has asked the service search, as plain data, and its opt-in copy in the page's
 * address. By default the address never holds what a family typed: the free text and the full
 * postcode stay in memory, and only the postcode area (`NS1`) goes into the address, so a shared
 * link or the browser history says little about who searched. A council can turn that on.
 */
import { AGE_STAGES, DELIVERY_MODES, parsePostcode, WEEKDAYS, type AgeStage, type DeliveryMode, type SearchQuery, type Weekday } from '@family-hubs/content';

/** Distances a family can choose, in miles (as GOV.UK and NHS service search offer them). */
export const DISTANCE_CHOICES = [1, 2, 5, 10, 20] as const;

/** The sort orders a family can choose. */
export const SORT_ORDERS = ['relevance', 'distance', 'name'] as const;
/** One of {@link SORT_ORDERS}. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What a family has asked. */
export interface SearchState {
  readonly text: string;
  /** As typed; geocoded on submit. */
  readonly postcode: string;
  readonly radiusMiles?: number;
  readonly categories: readonly string[];
  readonly stages: readonly AgeStage[];
  readonly freeOnly: boolean;
  readonly days: readonly Weekday[];
  readonly deliveryModes: readonly DeliveryMode[];
  readonly languages: readonly string[];
  readonly sort?: SortOrder;
  readonly page: number;
}

/** A fresh search. */
export const EMPTY_STATE: SearchState = Object.freeze({
  text: '',
  postcode: '',
  categories: [],
  stages: [],
  freeOnly: false,
  days: [],
  deliveryModes: [],
  languages: [],
  page: 1,
});

/** How much of the search the page's address keeps. */
export type UrlStateMode = 'off' | 'filters' | 'full';

/** The filters a family has ticked, without the text, place and page. */
export function filterCount(state: SearchState): number {
  return state.categories.length + state.stages.length + (state.freeOnly ? 1 : 0) + state.days.length + state.deliveryModes.length + state.languages.length;
}

/** The same search with no filters. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, categories: [], stages: [], freeOnly: false, days: [], deliveryModes: [], languages: [], page: 1 };
}

/**
 * The engine's query for a state, once the place (if any) is known. `postcode` is the postcode the
 * place was found from, for server-side engines whose API searches by postcode; it is sent only to
 * the configured engine.
 */
export function toQuery(state: SearchState, origin: SearchQuery['origin'], pageSize: number, postcode?: string): SearchQuery {
  const text = state.text.trim();
  return {
    ...(text ? { text } : {}),
    ...(origin ? { origin } : {}),
    ...(origin && postcode ? { postcode } : {}),
    ...(origin && state.radiusMiles ? { radiusMiles: state.radiusMiles } : {}),
    ...(state.categories.length ? { categories: state.categories } : {}),
    ...(state.stages.length ? { stages: state.stages } : {}),
    ...(state.freeOnly ? { freeOnly: true } : {}),
    ...(state.days.length ? { days: state.days } : {}),
    ...(state.deliveryModes.length ? { deliveryModes: state.deliveryModes } : {}),
    ...(state.languages.length ? { languages: state.languages } : {}),
    sort: effectiveSort(state, origin !== undefined),
    page: state.page,
    pageSize,
  };
}

/** The sort in force: the family's choice, or relevance with text, distance with a place, else name. */
export function effectiveSort(state: SearchState, hasOrigin: boolean): SortOrder {
  if (state.sort && (state.sort !== 'distance' || hasOrigin)) return state.sort;
  if (state.text.trim()) return 'relevance';
  return hasOrigin ? 'distance' : 'name';
}

/** `NS1 4AB` → `NS1` (an outcode typed alone stays as it is); nothing for what is not a postcode. */
const outcodeOf = (postcode: string): string => {
  const parsed = parsePostcode(postcode, { allowOutcode: true });
  return parsed.ok ? parsed.outcode : '';
};

/** The search as address parameters, keeping only what `mode` allows. */
export function stateToParams(state: SearchState, mode: Exclude<UrlStateMode, 'off'>): URLSearchParams {
  const params = new URLSearchParams();
  if (mode === 'full' && state.text.trim()) params.set('q', state.text.trim());
  const area = outcodeOf(state.postcode);
  if (mode === 'full' && state.postcode.trim()) params.set('postcode', state.postcode.trim().toUpperCase());
  else if (area) params.set('area', area);
  if (state.radiusMiles) params.set('miles', String(state.radiusMiles));
  for (const id of state.categories) params.append('category', id);
  for (const stage of state.stages) params.append('stage', stage);
  if (state.freeOnly) params.set('free', '1');
  for (const day of state.days) params.append('day', day);
  for (const mode of state.deliveryModes) params.append('mode', mode);
  for (const language of state.languages) params.append('language', language);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

const oneOf = <T extends string>(values: readonly T[]) => (value: string): value is T => (values as readonly string[]).includes(value);
const isStage = oneOf(AGE_STAGES);
const isDay = oneOf(WEEKDAYS);
const isMode = oneOf(DELIVERY_MODES);
const isSort = oneOf(SORT_ORDERS);
const ID = /^[\w.-]{1,64}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/**
 * The search in an address, read defensively: the address can be edited by anyone, so unknown
 * values are dropped and numbers are bounded. Text and full postcodes are read only in `full` mode.
 */
export function paramsToState(params: URLSearchParams, mode: Exclude<UrlStateMode, 'off'>): SearchState {
  const miles = Number(params.get('miles'));
  const page = Number(params.get('page'));
  const sort = params.get('sort') ?? '';
  const postcode = mode === 'full' ? (params.get('postcode') ?? params.get('area') ?? '') : (params.get('area') ?? '');
  return {
    text: mode === 'full' ? (params.get('q') ?? '').slice(0, 200) : '',
    postcode: postcode.slice(0, 8),
    ...((DISTANCE_CHOICES as readonly number[]).includes(miles) ? { radiusMiles: miles } : {}),
    categories: [...new Set(params.getAll('category').filter((id) => ID.test(id)))].slice(0, 50),
    stages: [...new Set(params.getAll('stage').filter(isStage))],
    freeOnly: params.get('free') === '1',
    days: [...new Set(params.getAll('day').filter(isDay))],
    deliveryModes: [...new Set(params.getAll('mode').filter(isMode))],
    languages: [...new Set(params.getAll('language').filter((code) => LANGUAGE.test(code)))].slice(0, 20),
    ...(isSort(sort) ? { sort } : {}),
    page: Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1,
  };
}

/** The parameters this widget owns, so a page's own parameters survive. */
export const OWN_PARAMS = ['q', 'postcode', 'area', 'miles', 'category', 'stage', 'free', 'day', 'mode', 'language', 'sort', 'page'] as const;
