import Fuse from 'fuse.js';

export interface FuzzyMatch {
  termIndex: number;
  /** 0 for a perfect match up to 1 for no match (Fuse's score). */
  score: number;
}

/** Fuse's threshold over single terms: about one edit in three characters. */
const FUSE_THRESHOLD = 0.34;
const MAX_LENGTH_DIFFERENCE = 2;
/** How much worse than the closest term a correction may be and still be kept. */
const NEAR_BEST = 0.05;

/**
 * Typo-tolerant lookup over the vocabulary. Fuse alone would scan every term (tens of thousands) per query,
 * so a bigram index first picks the few terms that could be within two edits, and Fuse ranks only those.
 */
export class FuzzyVocabulary {
  private readonly byBigram = new Map<string, number[]>();

  constructor(private readonly terms: readonly string[]) {
    terms.forEach((term, index) => {
      for (const gram of new Set(bigrams(term))) {
        let list = this.byBigram.get(gram);
        if (!list) this.byBigram.set(gram, (list = []));
        list.push(index);
      }
    });
  }

  /**
   * Terms within reach of `word`, best first: only those nearly as close as the closest, so "overfow" finds
   * "overflow" without also dragging in "overwrote".
   */
  lookup(word: string, limit = 3): FuzzyMatch[] {
    const grams = [...new Set(bigrams(word))];
    // Each edit changes at most two bigrams; allow two edits.
    const needed = Math.max(1, grams.length - 2 * MAX_LENGTH_DIFFERENCE);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const index of this.byBigram.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const candidates: number[] = [];
    for (const [index, count] of shared) {
      const term = this.terms[index] ?? '';
      if (count >= needed && Math.abs(term.length - word.length) <= MAX_LENGTH_DIFFERENCE) candidates.push(index);
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(
      candidates.map((index) => this.terms[index] ?? ''),
      { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true },
    );
    // Fuse's score ignores where the difference is; bigram overlap (Dice) prefers "round" over "ground" for
    // "roundng". The two are averaged.
    const matches = fuse
      .search(word)
      .map((result) => {
        const termIndex = candidates[result.refIndex] ?? -1;
        const dice = (2 * (shared.get(termIndex) ?? 0)) / (grams.length + bigrams(this.terms[termIndex] ?? '').length);
        return { termIndex, score: ((result.score ?? 1) + (1 - dice)) / 2 };
      })
      .filter((match) => match.termIndex >= 0)
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
    const closest = matches[0]?.score ?? 1;
    return matches.filter((match) => match.score <= closest + NEAR_BEST);
  }
}

function bigrams(term: string): string[] {
  const padded = `^${term}$`;
  const grams: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) grams.push(padded.slice(i, i + 2));
  return grams;
}
