import { jaccard, NEAR_DUPLICATE_THRESHOLD } from './similarity';
import { questionTerms } from './question-terms';

/**
 * Clusters entries whose questions are near-duplicates, keeping the input order within and between clusters. An entry
 * joins the first cluster it is near-identical to every member of (complete linkage), so a chain of small rewordings
 * cannot drift into one item that merges two different questions.
 */
export function groupNearDuplicates<T>(entries: readonly T[], questionOf: (entry: T) => string): T[][] {
  const clusters: { members: T[]; terms: Set<string>[] }[] = [];
  for (const entry of entries) {
    const terms = questionTerms(questionOf(entry));
    const cluster = clusters.find((candidate) =>
      candidate.terms.every((other) => jaccard(terms, other) >= NEAR_DUPLICATE_THRESHOLD),
    );
    if (cluster) {
      cluster.members.push(entry);
      cluster.terms.push(terms);
    } else {
      clusters.push({ members: [entry], terms: [terms] });
    }
  }
  return clusters.map((cluster) => cluster.members);
}
