/**
 * The free-text half of the search: how service text is cut into words, how a family's typing
 * becomes a MiniSearch query (typos forgiven, the last word matched as a prefix while they type,
 * family words expanded to categories), and the field boosts that make the ranking sensible.
 */
import type { Query, SearchOptions } from 'minisearch';
import type { SearchSynonym } from './synonyms.js';

/** Indexed fields and their boosts: a word in the name or a category says more than one in the description. */
export const FIELD_BOOSTS = { name: 4, categories: 3, categoryKeys: 3, summary: 1.5, organisation: 1, description: 0.5 } as const;

/** The fields MiniSearch indexes. */
export type IndexedField = keyof typeof FIELD_BOOSTS;

/** Holds the exact category keys synonyms look up; never matched by the family's own words. */
export const CATEGORY_KEY_FIELD = 'categoryKeys';

/** Words too common to say anything about a service (dropped from the index and from queries). */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'for', 'of', 'in', 'on', 'to', 'with', 'at', 'or', 'by', 'my', 'me', 'near', 'is', 'are', 'be', 'it', 'its', 'our', 'your']);

/** At most this many words of a query are searched: nobody types more, and it bounds the work. */
const MAX_QUERY_TERMS = 12;

/** Splits text into words: letters and digits, anything else separates (hyphens and apostrophes too). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Lower case without accents (`Café` → `cafe`); stop words and single letters are dropped. */
export function processTerm(term: string): string | null {
  const folded = term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

/** A category label as an exact key: `Health visiting` → `health-visiting`. */
export function categoryKey(label: string): string {
  return tokenize(label.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()).join('-');
}

/** Words of `text` as the index stores them. */
export function terms(text: string): string[] {
  return tokenize(text).flatMap((word) => processTerm(word) ?? []);
}

/** A synonym table prepared for matching: phrases as term lists, categories as keys. */
export interface PreparedSynonym {
  readonly phrases: readonly (readonly string[])[];
  readonly keys: readonly string[];
}

/** Prepares a synonym table once per index. */
export function prepareSynonyms(table: readonly SearchSynonym[]): PreparedSynonym[] {
  return table
    .map((row) => ({ phrases: row.phrases.map(terms).filter((phrase) => phrase.length > 0), keys: row.categories.map(categoryKey).filter(Boolean) }))
    .filter((row) => row.phrases.length > 0 && row.keys.length > 0);
}

/** True when `a` and `b` differ by at most one edit (insert, delete, substitute or swap of neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Does the typed word stand for the phrase's word? Exactly, with one typo in a long word, or as the prefix being typed. */
function wordMatches(typed: string, word: string, asPrefix: boolean): boolean {
  if (typed === word) return true;
  if (asPrefix && typed.length >= 4 && word.startsWith(typed)) return true;
  return typed.length >= 5 && word.length >= 5 && withinOneEdit(typed, word);
}

/** How the typed words were read: plain words and synonym phrases, in order. */
type Clause = { readonly kind: 'word'; readonly term: string; readonly prefix: boolean } | { readonly kind: 'synonym'; readonly terms: readonly string[]; readonly prefix: boolean; readonly keys: readonly string[] };

/** Reads typed words into clauses, longest synonym phrase first. */
function clausesOf(typed: readonly string[], typingLastWord: boolean, synonyms: readonly PreparedSynonym[]): Clause[] {
  const clauses: Clause[] = [];
  for (let at = 0; at < typed.length; ) {
    let best: { length: number; keys: Set<string> } | undefined;
    for (const row of synonyms) {
      for (const phrase of row.phrases) {
        if (phrase.length > typed.length - at || (best && phrase.length < best.length)) continue;
        const matches = phrase.every((word, k) => wordMatches(typed[at + k]!, word, typingLastWord && at + k === typed.length - 1));
        if (!matches) continue;
        if (!best || phrase.length > best.length) best = { length: phrase.length, keys: new Set() };
        for (const key of row.keys) best.keys.add(key);
      }
    }
    if (best) {
      const end = at + best.length;
      clauses.push({ kind: 'synonym', terms: typed.slice(at, end), prefix: typingLastWord && end === typed.length, keys: [...best.keys] });
      at = end;
    } else {
      clauses.push({ kind: 'word', term: typed[at]!, prefix: typingLastWord && at === typed.length - 1 });
      at += 1;
    }
  }
  return clauses;
}

/** Typos forgiven by word length: none up to 3 letters, one up to 7, two from 8 (MiniSearch rounds length × 0.2). */
const FUZZY = (term: string): number | false => (term.length >= 4 ? 0.2 : false);

const WORD_FIELDS: IndexedField[] = ['name', 'categories', 'summary', 'organisation', 'description'];

/**
 * One word's query. The word still being typed is matched as a prefix from three letters (two
 * letters would expand to thousands of words in a large directory, for little meaning) and
 * forgives a typo only from five; finished words forgive typos from four letters.
 */
function wordQuery(term: string, typing: boolean): Query {
  if (!typing) return { queries: [term], fields: WORD_FIELDS, prefix: false, fuzzy: FUZZY(term) };
  return { queries: [term], fields: WORD_FIELDS, prefix: term.length >= 3, fuzzy: term.length >= 5 ? FUZZY(term) : false };
}

/** Exact category keys: the synonym's categories, whatever words the service uses. */
function keysQuery(keys: readonly string[]): Query {
  return { queries: [...keys], fields: [CATEGORY_KEY_FIELD], combineWith: 'OR', prefix: false, fuzzy: false, tokenize: (text) => [text], processTerm: (term) => term };
}

/**
 * The MiniSearch query for typed text, with every word required (`AND`) or any word enough
 * (`OR`, the fallback when requiring all finds nothing). Undefined when the text has no words
 * worth searching (empty, one letter, only stop words, or the first two letters of a word): the search then lists everything; and
 * for `OR` over a single clause, which would only repeat the `AND` search.
 */
export function buildTextQuery(text: string, combineWith: 'AND' | 'OR', synonyms: readonly PreparedSynonym[]): Query | undefined {
  const typed = terms(text).slice(0, MAX_QUERY_TERMS);
  // The family is still typing the last word unless they ended with a space.
  let typingLastWord = !/\s$/.test(text);
  // Two letters of a word being typed say too little to search by: wait for the third.
  if (typingLastWord && (typed.at(-1)?.length ?? 0) < 3) {
    typed.pop();
    typingLastWord = false;
  }
  if (typed.length === 0) return undefined;
  const queries = clausesOf(typed, typingLastWord, synonyms).map((clause): Query => {
    if (clause.kind === 'word') return wordQuery(clause.term, clause.prefix);
    const words: Query = { combineWith: 'AND', queries: clause.terms.map((term, k) => wordQuery(term, clause.prefix && k === clause.terms.length - 1)) };
    return { combineWith: 'OR', queries: [words, keysQuery(clause.keys)] };
  });
  // With one clause, OR would ask the same again.
  if (combineWith === 'OR' && queries.length === 1) return undefined;
  return { combineWith, queries };
}

/** Search options every query shares. */
export const BASE_SEARCH_OPTIONS: SearchOptions = { boost: { ...FIELD_BOOSTS }, maxFuzzy: 3, weights: { fuzzy: 0.45, prefix: 0.6 } };
