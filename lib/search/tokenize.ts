import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords';

export interface Token {
  /** The normalised, stemmed term that is indexed and searched. */
  term: string;
  /** Offsets of the original word in the text, for highlighting. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERM_LENGTH = 40;

/** Lower-case, without accents: "Opérand" → "operand". */
export function normalizeWord(word: string): string {
  // Plain ASCII (nearly every word) needs no Unicode decomposition.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// Stemming is the costliest step of indexing and of every snippet; words repeat, so each is stemmed once.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

/** The term a word is indexed under, or null for stopwords. Digits are kept as they are (4ESS, 787, 16). */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const normal = normalizeWord(word).slice(0, MAX_TERM_LENGTH);
  const term = normal.length === 0 || STOPWORDS.has(normal) ? null : /^\p{L}+$/u.test(normal) ? stemmer(normal) : normal;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, term);
  return term;
}

/** Splits text into indexed terms with the offsets of the words they came from. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
