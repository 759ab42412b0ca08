import { questionTerms } from './question-terms';

/** Share of terms two sets have in common (Jaccard index): 1 for the same set, 0 for sets with nothing in common. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * Two checks at or above this similarity are the same question worded twice. Why 0.7: over stemmed content words,
 * rewordings of one question — a synonym swapped, a qualifier added, "every" for "each", clauses reordered — score
 * 0.7 to 0.9 (see test/unit/checklist/similarity.test.ts), while a single changed subject word in a short question
 * ("overflow" / "underflow") drops to about 0.33, and the most alike pair of distinct checks in the knowledge base
 * scored 0.24 when this was written. A false merge would hide a question from reviewers, a missed one only repeats
 * it, so the threshold sits near the top of that gap: a rewrite that changes several words at once ("do all … in this
 * diff" for "does every … in this change", 0.57) stays two items.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

export function questionSimilarity(a: string, b: string): number {
  return jaccard(questionTerms(a), questionTerms(b));
}

export function areNearDuplicates(a: string, b: string): boolean {
  return questionSimilarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}
