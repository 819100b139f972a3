/**
 * The in-page service search: a MiniSearch index over the services' text, with filters, facets,
 * distances, sorting and paging done over compact per-service records built once. Implements
 * {@link ServiceSearchEngine}, so the widget treats it like the server-side ORUK engine.
 */
import MiniSearch, { type AsPlainObject, type Options as MiniSearchOptions, type Query } from 'minisearch';
import { distanceMiles } from '../geo/distance.js';
import type { GeoPoint } from '../model/definition/index.js';
import { DELIVERY_MODES, WEEKDAYS } from '../model/vocabularies.js';
import { stageMaskOf } from './age-stages.js';
import { DEFAULT_SEARCH_SYNONYMS, type SearchSynonym } from './synonyms.js';
import { BASE_SEARCH_OPTIONS, buildTextQuery, CATEGORY_KEY_FIELD, categoryKey, FIELD_BOOSTS, prepareSynonyms, processTerm, tokenize, type PreparedSynonym } from './text.js';
import {
  AGE_STAGES,
  type SearchCategory,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
  type ServiceSearchEngine,
} from './types.js';

/** Options for {@link createSearchIndex}. */
export interface SearchIndexOptions {
  /** Family words for categories (default {@link DEFAULT_SEARCH_SYNONYMS}); pass `[]` for none. */
  readonly synonyms?: readonly SearchSynonym[];
  /** Locale for sorting by name (default `en-GB`). */
  readonly locale?: string;
}

/** A document the index left out, and why. */
export interface SearchIndexIssue {
  /** The document's id, when it had one, or its position in the input. */
  readonly id: string;
  readonly message: string;
}

/** Text matches and whole answers kept for the keystrokes that follow. */
const RECENT_TEXT_QUERIES = 8;
/** Clauses (a word, a family phrase) kept: enough for the words of a few queries. */
const RECENT_CLAUSES = 24;
const RECENT_ANSWERS = 4;

/** Page size when the query names none, and the largest one allowed. */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** What the filters and facets read of one service, prepared once. */
interface Entry {
  readonly id: string;
  /** Own category ids and their parents', without repeats. */
  readonly categories: readonly string[];
  readonly stages: number;
  readonly days: number;
  readonly modes: number;
  readonly languages: readonly string[];
  /** The same categories and languages as positions in the index's lists, for counting facets. */
  readonly categorySlots: Int32Array;
  readonly languageSlots: Int32Array;
  readonly isFree: boolean;
  readonly positions: readonly GeoPoint[];
  /** Position in name order. */
  readonly nameRank: number;
}

const bitsOf = <T extends string>(all: readonly T[], values: readonly T[] | undefined): number =>
  (values ?? []).reduce((mask, value) => (all.includes(value) ? mask | (1 << all.indexOf(value)) : mask), 0);

// One bit per filter: a service counts for a facet when it fails no filter but that facet's own.
const RADIUS = 1;
const CATEGORY = 2;
const STAGE = 4;
const FREE = 8;
const DAY = 16;
const MODE = 32;
const LANGUAGE = 64;

const isText = (value: unknown): value is string => typeof value === 'string';

/** Checks one input document; returns why it cannot be indexed, or nothing. */
function problemOf(doc: SearchDocument, seen: ReadonlySet<string>): string | undefined {
  if (typeof doc !== 'object' || doc === null) return 'is not an object';
  if (!isText(doc.id) || doc.id === '') return 'has no id';
  if (seen.has(doc.id)) return 'has the same id as an earlier service (the first one is kept)';
  if (!isText(doc.name) || doc.name.trim() === '') return 'has no name';
  return undefined;
}

// Input from feeds may lack a list the type promises: read it as empty rather than fail.
const list = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? (value as readonly T[]) : []);

/**
 * A search index over services, answering {@link SearchQuery}s in the page. Build it with
 * {@link createSearchIndex}.
 */
export class ServiceSearchIndex implements ServiceSearchEngine {
  /** Documents that were left out of the index (bad input is reported, never fatal). */
  readonly issues: readonly SearchIndexIssue[];
  /** Every category the indexed services carry, by id. */
  readonly categories: ReadonlyMap<string, SearchCategory>;
  readonly #entries: Entry[];
  /** Every category id and language code the entries carry, in first-seen order: the facet counters' slots. */
  readonly #categoryIds: string[] = [];
  readonly #languageCodes: string[] = [];
  /** Entry positions in name order: listing without text needs no sort. */
  readonly #byName: readonly number[];
  readonly #text: MiniSearch;
  readonly #synonyms: readonly PreparedSynonym[];
  readonly #recent = new Map<string, Map<number, number>>();
  readonly #clauses = new Map<string, ClauseMatches>();
  /** Recent answers to queries with text, and to queries without (the full list a family comes back to). */
  readonly #answers = new Map<string, SearchResults>();
  readonly #listings = new Map<string, SearchResults>();

  /**
   * @internal Use {@link createSearchIndex}, or {@link loadSearchIndex} for a prebuilt one. With
   * `prebuiltText` (MiniSearch's `toJSON()` of an index over these very documents) the text index
   * is loaded instead of built.
   */
  constructor(documents: readonly SearchDocument[], options: SearchIndexOptions = {}, prebuiltText?: AsPlainObject) {
    const issues: SearchIndexIssue[] = [];
    const seen = new Set<string>();
    const kept: SearchDocument[] = [];
    documents.forEach((doc, position) => {
      const problem = problemOf(doc, seen);
      if (problem) {
        const id = typeof doc === 'object' && doc !== null && isText(doc.id) && doc.id !== '' ? doc.id : `#${position}`;
        issues.push({ id, message: `Service ${id} ${problem}` });
        return;
      }
      seen.add(doc.id);
      kept.push(doc);
    });

    const categories = new Map<string, SearchCategory>();
    for (const doc of kept) for (const category of list(doc.categories)) if (isText(category?.id) && !categories.has(category.id)) categories.set(category.id, category);

    const collator = new Intl.Collator(options.locale ?? 'en-GB', { sensitivity: 'base', numeric: true });
    const order = kept.map((_, i) => i).sort((a, b) => collator.compare(kept[a]!.name, kept[b]!.name));
    const nameRank = new Array<number>(kept.length);
    order.forEach((docIndex, rank) => (nameRank[docIndex] = rank));
    this.#byName = order;

    const slotOf = (slots: Map<string, number>, all: string[], key: string): number => {
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = all.push(key) - 1;
        slots.set(key, slot);
      }
      return slot;
    };
    const categorySlots = new Map<string, number>();
    const languageSlots = new Map<string, number>();
    this.#entries = kept.map((doc, i) => {
      const ids = new Set<string>();
      for (const category of list(doc.categories)) {
        if (!isText(category?.id)) continue;
        ids.add(category.id);
        if (isText(category.parentId)) ids.add(category.parentId);
      }
      const languages = [...new Set(list(doc.languages).filter(isText))];
      return {
        id: doc.id,
        categories: [...ids],
        categorySlots: Int32Array.from(ids, (id) => slotOf(categorySlots, this.#categoryIds, id)),
        languageSlots: Int32Array.from(languages, (code) => slotOf(languageSlots, this.#languageCodes, code)),
        stages: stageMaskOf(doc),
        days: bitsOf(WEEKDAYS, list(doc.days)),
        modes: bitsOf(DELIVERY_MODES, list(doc.deliveryModes)),
        languages,
        isFree: doc.isFree === true,
        positions: list(doc.positions).filter((p) => Number.isFinite(p?.lat) && Number.isFinite(p?.lon)),
        nameRank: nameRank[i]!,
      };
    });

    this.#synonyms = prepareSynonyms(options.synonyms ?? DEFAULT_SEARCH_SYNONYMS);
    const textOptions: MiniSearchOptions = {
      idField: 'i',
      fields: Object.keys(FIELD_BOOSTS),
      // Category keys are whole labels already; everything else is cut into words.
      tokenize: (text, field) => (field === CATEGORY_KEY_FIELD ? text.split(' ') : tokenize(text)),
      processTerm: (term, field) => (field === CATEGORY_KEY_FIELD ? term : processTerm(term)),
      searchOptions: BASE_SEARCH_OPTIONS,
    };
    if (prebuiltText) {
      this.#text = MiniSearch.loadJS(prebuiltText, textOptions);
    } else {
      this.#text = new MiniSearch(textOptions);
      this.#text.addAll(kept.map((doc, i) => textRecord(doc, i, categories)));
    }
    this.issues = issues;
    this.categories = categories;
  }

  /** How many services are indexed. */
  get size(): number {
    return this.#entries.length;
  }

  /** @internal The text index as plain data (MiniSearch's `toJSON()`), for {@link prebuildSearchIndex}. */
  textIndexJson(): AsPlainObject {
    return this.#text.toJSON();
  }

  /** {@link ServiceSearchEngine.search}: the same as {@link searchNow}, rejecting once `signal` is aborted. */
  search(query: SearchQuery, options: { readonly signal?: AbortSignal } = {}): Promise<SearchResults> {
    try {
      options.signal?.throwIfAborted();
      return Promise.resolve(this.searchNow(query));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Answers a query synchronously (the index is in memory). A query that reads the same as a
   * recent one (the text differs only by what does not count yet, such as a second letter, or the
   * box was cleared back to the full list) gets the same answer without the work, which is what
   * keeps the first keystrokes in a large directory fast.
   */
  searchNow(query: SearchQuery): SearchResults {
    const { text, ...rest } = query;
    const textQuery = buildTextQuery(text ?? '', 'AND', this.#synonyms);
    const memo = textQuery ? this.#answers : this.#listings;
    const key = JSON.stringify([textQuery ?? null, rest]);
    const known = memo.get(key);
    if (known) return known;
    const results = this.#answer(query);
    memo.set(key, results);
    if (memo.size > RECENT_ANSWERS) memo.delete(memo.keys().next().value!);
    return results;
  }

  #answer(query: SearchQuery): SearchResults {
    const scores = this.#textScores(query.text ?? '');
    const origin = query.origin && Number.isFinite(query.origin.lat) && Number.isFinite(query.origin.lon) ? query.origin : undefined;
    const radius = origin && typeof query.radiusMiles === 'number' && query.radiusMiles >= 0 ? query.radiusMiles : undefined;
    const wanted = {
      categories: query.categories?.length ? new Set(query.categories) : undefined,
      stages: bitsOf(AGE_STAGES, query.stages),
      days: bitsOf(WEEKDAYS, query.days),
      modes: bitsOf(DELIVERY_MODES, query.deliveryModes),
      languages: query.languages?.length ? new Set(query.languages) : undefined,
    };
    const active = (query.stages?.length ? STAGE : 0) | (query.days?.length ? DAY : 0) | (query.deliveryModes?.length ? MODE : 0);

    const counters = new FacetCounters(this.#categoryIds.length, this.#languageCodes.length);
    const matches: { index: number; score: number; distance: number | undefined }[] = [];
    const consider = (index: number, score: number) => {
      const entry = this.#entries[index]!;
      const distance = origin ? nearest(origin, entry.positions) : undefined;
      let fails = 0;
      if (radius !== undefined && !(distance !== undefined && distance <= radius)) fails |= RADIUS;
      if (wanted.categories && !entry.categories.some((id) => wanted.categories!.has(id))) fails |= CATEGORY;
      if (active & STAGE && !(entry.stages & wanted.stages)) fails |= STAGE;
      if (query.freeOnly && !entry.isFree) fails |= FREE;
      if (active & DAY && !(entry.days & wanted.days)) fails |= DAY;
      if (active & MODE && !(entry.modes & wanted.modes)) fails |= MODE;
      if (wanted.languages && !entry.languages.some((code) => wanted.languages!.has(code))) fails |= LANGUAGE;
      if (fails === 0) matches.push({ index, score, distance });
      counters.add(entry, fails);
    };
    if (scores) for (const [index, score] of scores) consider(index, score);
    else for (const index of this.#byName) consider(index, 0);

    const sort = query.sort ?? (scores ? 'relevance' : origin ? 'distance' : 'name');
    const rank = (i: number) => this.#entries[i]!.nameRank;
    const far = (d: number | undefined) => d ?? Number.POSITIVE_INFINITY;
    // Without text every score is 0 and the matches are already in name order.
    const sorted = !scores && (sort === 'name' || sort === 'relevance');

    const pageSize = Number.isInteger(query.pageSize) && query.pageSize! >= 1 ? Math.min(query.pageSize!, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
    const page = Number.isInteger(query.page) && query.page! >= 1 ? Math.min(query.page!, pageCount) : 1;
    // Every order ends with the name rank, so it is total: the page is the same whether the rest is sorted or not.
    const ordered = sorted
      ? matches
      : firstInOrder(
          matches,
          page * pageSize,
          sort === 'name'
            ? (a, b) => rank(a.index) - rank(b.index)
            : sort === 'distance'
              ? (a, b) => far(a.distance) - far(b.distance) || b.score - a.score || rank(a.index) - rank(b.index)
              : (a, b) => b.score - a.score || far(a.distance) - far(b.distance) || rank(a.index) - rank(b.index),
        );
    const facets = counters.facets(this.#categoryIds, this.#languageCodes);
    const hits = ordered.slice((page - 1) * pageSize, page * pageSize).map(
      ({ index, score, distance }): SearchHit => ({ id: this.#entries[index]!.id, score, ...(distance !== undefined ? { distanceMiles: distance } : {}) }),
    );
    return { total: matches.length, page, pageCount, hits, facets };
  }

  /**
   * Scores by document position, or undefined when the text asks for nothing (then everything
   * matches). Keystrokes often ask the same as the one before (a space, a second letter, a stop
   * word), so the last few answers are kept, keyed by the query they became.
   */
  #textScores(text: string): Map<number, number> | undefined {
    const strict = buildTextQuery(text, 'AND', this.#synonyms);
    if (!strict) return undefined;
    const key = JSON.stringify(strict);
    const cached = this.#recent.get(key);
    if (cached) return cached;
    let scores = this.#combine(strict);
    // Every word required found nothing: any of them will do (ranked by how many and how well).
    const loose = scores.size === 0 ? buildTextQuery(text, 'OR', this.#synonyms) : undefined;
    if (loose) scores = this.#combine(loose);
    this.#recent.set(key, scores);
    if (this.#recent.size > RECENT_TEXT_QUERIES) this.#recent.delete(this.#recent.keys().next().value!);
    return scores;
  }

  /**
   * Scores of a query of clauses (one per word or family phrase), each clause searched on its own
   * and kept for the keystrokes that follow, then combined as MiniSearch combines them (scores
   * added, times the number of distinct query words matched). While a family types the third word,
   * the first two are not searched again: only the word being typed is new.
   */
  #combine(query: Query): Map<number, number> {
    const { combineWith, queries } = query as { combineWith: 'AND' | 'OR'; queries: Query[] };
    const parts = queries.map((clause) => this.#clause(clause));
    const all = combineWith === 'AND';
    const scores = new Map<number, number>();
    if (parts.length === 1) {
      // One clause (one word, or one family phrase): its words are MiniSearch's distinct query terms.
      for (const [doc, match] of parts[0]!) scores.set(doc, match.raw * (match.words.length || 1));
      return scores;
    }
    // For AND only documents in every clause count: walk the smallest clause.
    const walk = all ? parts.reduce((a, b) => (b.size < a.size ? b : a)) : undefined;
    const candidates = walk ? walk.keys() : new Set(parts.flatMap((part) => [...part.keys()])).values();
    for (const doc of candidates) {
      let raw = 0;
      const words = new Set<string>();
      let missing = false;
      for (const part of parts) {
        const match = part.get(doc);
        if (!match) {
          missing = true;
          if (all) break;
          continue;
        }
        raw += match.raw;
        for (const word of match.words) words.add(word);
      }
      if (all && missing) continue;
      scores.set(doc, raw * (words.size || 1));
    }
    return scores;
  }

  /** One clause's raw scores and matched query words by document position (MiniSearch multiplies its score by their count). */
  #clause(clause: Query): ClauseMatches {
    const key = JSON.stringify(clause);
    const known = this.#clauses.get(key);
    if (known) {
      // Most recently used last.
      this.#clauses.delete(key);
      this.#clauses.set(key, known);
      return known;
    }
    const matches: ClauseMatches = new Map();
    // `combineWith: 'AND'` as the clause inherits it inside the whole query.
    for (const result of this.#text.search(clause, { combineWith: 'AND' })) {
      const words = result.queryTerms;
      matches.set(result.id as number, { raw: result.score / (words.length || 1), words });
    }
    this.#clauses.set(key, matches);
    if (this.#clauses.size > RECENT_CLAUSES) this.#clauses.delete(this.#clauses.keys().next().value!);
    return matches;
  }
}

/** A clause's matches: raw score and the query words matched, by document position. */
type ClauseMatches = Map<number, { readonly raw: number; readonly words: readonly string[] }>;

/** What MiniSearch indexes of one service (`i` is its position among the kept documents). */
function textRecord(doc: SearchDocument, i: number, categories: ReadonlyMap<string, SearchCategory>): Record<string, string | number> {
  const labels = list(doc.categories).flatMap((category) => {
    const parent = isText(category?.parentId) ? categories.get(category.parentId)?.label : undefined;
    return [category?.label, parent].filter(isText);
  });
  return {
    i,
    name: doc.name,
    summary: isText(doc.summary) ? doc.summary : '',
    description: isText(doc.description) ? doc.description : '',
    organisation: isText(doc.organisation) ? doc.organisation : '',
    categories: [...new Set(labels)].join(' · '),
    [CATEGORY_KEY_FIELD]: [...new Set(labels.map(categoryKey))].join(' '),
  };
}

/** Nearest venue's distance in miles, or undefined for a service without venues. */
function nearest(origin: GeoPoint, positions: readonly GeoPoint[]): number | undefined {
  let best: number | undefined;
  for (const position of positions) {
    const miles = distanceMiles(origin, position);
    if (best === undefined || miles < best) best = miles;
  }
  return best;
}

/**
 * Facet counts while the matches are walked: plain counters by slot (a category's or language's
 * position in the index's lists, a stage's, day's or mode's bit), made into the facets' records
 * once at the end. Counting straight into records keyed by id took as long as the text search on
 * broad queries in a large directory.
 */
class FacetCounters {
  readonly #categories: Int32Array;
  readonly #languages: Int32Array;
  readonly #stages = new Int32Array(AGE_STAGES.length);
  readonly #days = new Int32Array(WEEKDAYS.length);
  readonly #modes = new Int32Array(DELIVERY_MODES.length);
  #free = 0;

  constructor(categories: number, languages: number) {
    this.#categories = new Int32Array(categories);
    this.#languages = new Int32Array(languages);
  }

  /** Adds one service to every facet whose own filter is the only one it fails (or none). */
  add(entry: Entry, fails: number): void {
    if ((fails & ~CATEGORY) === 0) for (const slot of entry.categorySlots) this.#categories[slot]! += 1;
    if ((fails & ~STAGE) === 0) addBits(this.#stages, entry.stages);
    if ((fails & ~FREE) === 0 && entry.isFree) this.#free += 1;
    if ((fails & ~DAY) === 0) addBits(this.#days, entry.days);
    if ((fails & ~MODE) === 0) addBits(this.#modes, entry.modes);
    if ((fails & ~LANGUAGE) === 0) for (const slot of entry.languageSlots) this.#languages[slot]! += 1;
  }

  /** The counts as records, with only the values some service counted for. */
  facets(categoryIds: readonly string[], languageCodes: readonly string[]): SearchResults['facets'] {
    return {
      categories: record(this.#categories, categoryIds),
      stages: record(this.#stages, AGE_STAGES),
      days: record(this.#days, WEEKDAYS),
      deliveryModes: record(this.#modes, DELIVERY_MODES),
      languages: record(this.#languages, languageCodes),
      free: this.#free,
    };
  }
}

function addBits(counts: Int32Array, mask: number): void {
  for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) counts[bit]! += 1;
}

function record<K extends string>(counts: Int32Array, keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  counts.forEach((n, slot) => {
    if (n > 0) out[keys[slot]!] = n;
  });
  return out;
}

/**
 * The first `k` of `items` in `compare` order (then the rest, unordered): a page needs only the
 * matches up to it, and sorting every match of a broad query in a large directory cost more than
 * finding them. `compare` must be a total order.
 */
function firstInOrder<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k * 8 >= items.length) return items.sort(compare);
  // The k best so far, worst first (a max-heap by `compare`): each item either beats its top or is skipped.
  const heap: T[] = [];
  const down = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && compare(heap[left]!, heap[worst]!) > 0) worst = left;
      if (right < heap.length && compare(heap[right]!, heap[worst]!) > 0) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (compare(heap[at]!, heap[parent]!) <= 0) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

/**
 * Builds an in-page search index over `documents`. Documents without an id or name, and repeats
 * of an id, are left out and listed in `issues`; the rest are searchable at once.
 */
export function createSearchIndex(documents: readonly SearchDocument[], options?: SearchIndexOptions): ServiceSearchIndex {
  return new ServiceSearchIndex(documents, options);
}
