import { stemmer } from 'stemmer';

/**
 * Words that carry the grammar of a review question rather than its subject. Quantifiers (every, each, all) are here
 * because "does every X" and "does each X" ask the same thing; negations (no, not) are not, because they can flip it.
 */
const STOP_WORDS = new Set([
  'a', 'all', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'being', 'by', 'can', 'could', 'did', 'do', 'does',
  'each', 'every', 'for', 'from', 'had', 'has', 'have', 'how', 'if', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or',
  'our', 'should', 'than', 'that', 'the', 'their', 'then', 'there', 'these', 'this', 'those', 'to', 'was', 'we', 'were',
  'what', 'when', 'where', 'whether', 'which', 'who', 'will', 'with', 'would',
]);

/**
 * The stemmed content words of a check question, as a set, so that word order, case, punctuation, inflection and
 * function words do not make two questions look different: "Is there a soak-test…" and "Is there a soak test…" agree.
 */
export function questionTerms(question: string): Set<string> {
  const words = question
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  return new Set(words.map((word) => (/^\p{L}+$/u.test(word) ? stemmer(word) : word)));
}
