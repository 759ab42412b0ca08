import { normalizeWord, termOf } from './tokenize';

/** How a query word matches the vocabulary, after Fuse's extended-search syntax. */
export type MatchMode =
  | 'fuzzy' // plain word: exact, then prefix (while typing) and typo-tolerant
  | 'exact' // =word
  | 'include' // 'word: any term containing it
  | 'prefix' // ^word
  | 'suffix'; // word$

export interface QueryClause {
  mode: MatchMode;
  /** The stemmed term for fuzzy/exact, the normalised text for include/prefix/suffix. */
  value: string;
  /** The word as typed, normalised but not stemmed ("zephy", whose stem is "zephi"), for prefix matching. */
  typed: string;
  negated: boolean;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_CLAUSES = 12;

/**
 * Parses a query in Fuse's extended syntax: `word`, `=exact`, `'include`, `^prefix`, `suffix$`, `!not`.
 * Never throws: over-long input is cut, control characters and unbalanced quotes are ignored.
 */
export function parseQuery(input: string): QueryClause[] {
  const text = input.slice(0, MAX_QUERY_LENGTH).replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  const clauses: QueryClause[] = [];
  for (const raw of text.split(/\s+/)) {
    if (clauses.length >= MAX_CLAUSES) break;
    let word = raw.replace(/^"+|"+$/g, '');
    const negated = word.startsWith('!');
    if (negated) word = word.slice(1);
    let mode: MatchMode = 'fuzzy';
    if (word.startsWith('=')) [mode, word] = ['exact', word.slice(1)];
    else if (word.startsWith("'")) [mode, word] = ['include', word.slice(1)];
    else if (word.startsWith('^')) [mode, word] = ['prefix', word.slice(1)];
    else if (word.endsWith('$') && word.length > 1) [mode, word] = ['suffix', word.slice(0, -1)];
    word = word.replace(/^"+|"+$/g, '');

    // A clause like "i/o" or "H0+36.7" holds several words: each becomes a clause of its own.
    for (const part of word.match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (clauses.length >= MAX_CLAUSES) break;
      const typed = normalizeWord(part);
      const value = mode === 'fuzzy' || mode === 'exact' ? termOf(part) : typed;
      if (value) clauses.push({ mode, value, typed, negated });
    }
  }
  return clauses;
}
