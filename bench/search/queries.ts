import { STOPWORDS } from '../../lib/search/stopwords';
import { termOf } from '../../lib/search/tokenize';
import type { BenchCase } from './generate-corpus';
import type { MarkovModel } from './markov';
import { Random } from './prng';

export type QueryKind = 'common' | 'two-word' | 'rare' | 'deep' | 'typo' | 'typo-common' | 'prefix';

export interface BenchQuery {
  text: string;
  kind: QueryKind;
  /** The last word is still being typed (prefix match on it). */
  typing: boolean;
  /** Slug of the one case the query was made from, for the recall check; null when many cases match. */
  source: string | null;
}

/** How many queries of each kind: about 200 in all. */
export const QUERY_MIX: Record<QueryKind, number> = {
  common: 40,
  'two-word': 40,
  rare: 25,
  deep: 25,
  typo: 25,
  'typo-common': 15,
  prefix: 30,
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A fixed query set drawn from the corpus itself: common words and pairs as they occur in the text, invented
 * names that occur in one case only, the deep words, typos of both kinds of word, and prefixes as typed.
 */
export function generateQueries(cases: readonly BenchCase[], model: MarkovModel, seed: number): BenchQuery[] {
  const random = new Random(seed);
  const english = new Set(model.words.map((word) => word.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const isCommon = (word: string, minLength: number) => word.length >= minLength && english.has(word) && !STOPWORDS.has(word);
  const commonWord = (minLength: number): string => {
    for (;;) {
      const words = bodyWords(random.pick(cases), random);
      const word = words[Math.floor(random.next() * words.length)];
      if (word !== undefined && isCommon(word, minLength)) return word;
    }
  };
  const adjacentPair = (): string => {
    for (;;) {
      const words = bodyWords(random.pick(cases), random);
      const i = Math.floor(random.next() * (words.length - 1));
      const [a, b] = [words[i], words[i + 1]];
      if (a !== undefined && b !== undefined && isCommon(a, 3) && isCommon(b, 3)) return `${a} ${b}`;
    }
  };

  // Invented names by the cases they occur in; those in exactly one case make rare-word and typo queries.
  const casesOfName = new Map<string, Set<string>>();
  for (const { doc, names } of cases) {
    for (const name of names) {
      const term = termOf(name);
      if (term === null) continue;
      let slugs = casesOfName.get(term);
      if (!slugs) casesOfName.set(term, (slugs = new Set()));
      slugs.add(doc.slug);
    }
  }
  const uniqueNames = cases.flatMap(({ doc, names }) =>
    [...new Set(names.map((name) => name.toLowerCase()))]
      .filter((name) => /^\p{L}{5,}$/u.test(name) && casesOfName.get(termOf(name) ?? '')?.size === 1)
      .map((name) => ({ name, slug: doc.slug })),
  );
  const deep = cases.flatMap(({ doc, deep: placed }) => (placed ? [{ word: placed.word, slug: doc.slug }] : []));

  const queries: BenchQuery[] = [];
  const add = (kind: QueryKind, text: string, source: string | null = null, typing = false) => queries.push({ kind, text, source, typing });
  for (let i = 0; i < QUERY_MIX.common; i++) add('common', commonWord(4));
  for (let i = 0; i < QUERY_MIX['two-word']; i++) add('two-word', i % 2 === 0 ? adjacentPair() : `${commonWord(4)} ${commonWord(4)}`);
  for (const { name, slug } of random.sample(uniqueNames, QUERY_MIX.rare)) add('rare', name, slug);
  for (const { word, slug } of random.sample(deep, QUERY_MIX.deep)) add('deep', word, slug);
  const typoSources = uniqueNames.filter(({ name }) => name.length >= 6);
  for (const { name, slug } of random.sample(typoSources, QUERY_MIX.typo)) {
    add('typo', typoOf(name, random, (typo) => !casesOfName.has(termOf(typo) ?? '')), slug);
  }
  for (let i = 0; i < QUERY_MIX['typo-common']; i++) add('typo-common', typoOf(commonWord(5), random, (typo) => !english.has(typo)));
  for (let i = 0; i < QUERY_MIX.prefix; i++) {
    const word = commonWord(6);
    const typed = word.slice(0, random.int(3, 5));
    add('prefix', i % 3 === 2 ? `${commonWord(4)} ${typed}` : typed, null, true);
  }
  return queries;
}

/** Lower-case words of one body passage of a case. */
function bodyWords({ doc }: BenchCase, random: Random): string[] {
  const body = doc.fields.filter((field) => field.kind === 'body');
  const text = body.length > 0 ? random.pick(body).text : doc.summary;
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length > 0);
}

/** One deletion, substitution or transposition, not on the first letter, that `accept` agrees is a new word. */
export function typoOf(word: string, random: Random, accept: (typo: string) => boolean): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const edit = random.int(0, 2);
    const at = random.int(1, word.length - (edit === 2 ? 2 : 1));
    let typo: string;
    if (edit === 0) typo = word.slice(0, at) + word.slice(at + 1);
    else if (edit === 1) typo = word.slice(0, at) + random.pick([...LETTERS]) + word.slice(at + 1);
    else typo = word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    if (typo !== word && accept(typo)) return typo;
  }
  return word.slice(0, -1);
}
