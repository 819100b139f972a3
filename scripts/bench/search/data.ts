/**
 * The search benchmark's data: synthetic directories (the sample's seeded generator) turned into
 * search documents the way a page would (validated content set → the service search view's documents), and the
 * queries a family types, with and without one typo. Deterministic for a seed.
 */
import { buildContentSet, fallbackChain, serviceSearchResolver } from '@family-hubs/content';
import { contentModel } from '@family-hubs/content/model';
import { packFromSpaceExport, rawEntriesFromExport } from '@family-hubs/content/pack-builder';
import type { SearchDocument } from '@family-hubs/content/search';
import { generateSyntheticSpace } from '../../../packages/cli/src/sample/index.js';

/** A query typed to find one service. */
export interface BenchQuery {
  /** As the family means it (lower case, the service's name words). */
  readonly text: string;
  /** The same with one typo in a word of five letters or more. */
  readonly typo: string;
  /** The intended service's name: a hit is any top-10 result with this name (names repeat). */
  readonly name: string;
  /** Where the family is: the intended service's first venue, or the middle of the area. */
  readonly origin: { readonly lat: number; readonly lon: number };
}

/** Documents and queries for one directory size. */
export interface BenchData {
  readonly services: number;
  readonly documents: readonly SearchDocument[];
  readonly queries: readonly BenchQuery[];
  /** JSON of the content-pack files the search reads (services and what they link to), one locale. */
  readonly packJson: string;
}

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Neighbouring keys on a UK keyboard, for realistic substitutions. */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 's', b: 'v', c: 'x', d: 's', e: 'r', f: 'g', g: 'h', h: 'j', i: 'o', j: 'k', k: 'l', l: 'k', m: 'n',
  n: 'm', o: 'p', p: 'o', q: 'w', r: 't', s: 'a', t: 'r', u: 'y', v: 'b', w: 'e', x: 'z', y: 't', z: 'x',
};

/** One typo of the kind people make, cycling through deletion, transposition, substitution and insertion. */
export function typo(word: string, kind: number, at: number): string {
  const i = 1 + (at % (word.length - 2));
  switch (kind % 4) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
    case 2:
      return word.slice(0, i) + (NEIGHBOURS[word[i]!] ?? 'e') + word.slice(i + 1);
    default:
      return word.slice(0, i) + (NEIGHBOURS[word[i]!] ?? 'e') + word.slice(i);
  }
}

/** `count` queries for services picked at random from `documents`. */
export function benchQueries(documents: readonly SearchDocument[], count: number, seed = 7): BenchQuery[] {
  const random = prng(seed);
  const queries: BenchQuery[] = [];
  for (let n = 0; n < count * 10 && queries.length < count; n++) {
    const doc = documents[Math.floor(random() * documents.length)]!;
    const words = doc.name.toLowerCase().split(/[^\p{L}\p{N}’']+/u).filter(Boolean);
    const long = words.map((word, index) => ({ word, index })).filter(({ word }) => word.length >= 5 && /^\p{L}+$/u.test(word));
    if (long.length === 0) continue;
    const target = long[Math.floor(random() * long.length)]!;
    const typed = words.map((word, index) => (index === target.index ? typo(word, queries.length, Math.floor(random() * 100)) : word));
    queries.push({ text: words.join(' '), typo: typed.join(' '), name: doc.name, origin: doc.positions[0] ?? { lat: 52.5, lon: -2 } });
  }
  return queries;
}

/** Builds one directory's documents and queries. */
export function benchData(services: number, queryCount: number): BenchData {
  const space = generateSyntheticSpace({ services, seed: 42 });
  const set = buildContentSet(rawEntriesFromExport(space.entries, fallbackChain('en-GB', space.locales)), { locale: 'en-GB', registry: contentModel }).set;
  const documents = serviceSearchResolver.resolve(set)?.documents ?? [];
  const pack = packFromSpaceExport(space, { source: { kind: 'other' } });
  const content = (pack.content as Record<string, { entities?: Record<string, unknown> }>)['en-GB']?.entities ?? {};
  const types = ['service', 'serviceAtLocation', 'location', 'schedule', 'taxonomyTerm', 'organisation'];
  const packJson = JSON.stringify(Object.fromEntries(types.map((type) => [type, content[type] ?? {}])));
  return { services, documents, queries: benchQueries(documents, queryCount), packJson };
}
