import { questionTerms } from '../../checklist/question-terms';
import { jaccard, NEAR_DUPLICATE_THRESHOLD } from '../../checklist/similarity';
import type { LessonFacts, Rule } from '../types';

export const nearDuplicateLesson: Rule = {
  id: 'near-duplicate-lesson',
  severity: 'warning',
  message: 'No lesson repeats another lesson (or its check) in other words, in this case or any other.',
  docs: 'Two cases teaching the same lesson should share it: merge them into one lesson and cite it from both cases, or say what differs. Same measure as the checklist, which merges such checks.',
  checkCorpus(lessons, report) {
    for (const { lesson, original, similarity } of findNearDuplicates(lessons)) {
      const where = original.file === lesson.file ? `line ${original.line}` : `${original.file}:${original.line}:${original.column}`;
      report(
        lesson,
        `lesson "${lesson.id}" says the same as lesson "${original.id}" at ${where} (${Math.round(similarity * 100)}% the same words); merge them into one lesson, or link the two cases instead of repeating it`,
      );
    }
  },
};

interface Entry {
  lesson: LessonFacts;
  text: Set<string>;
  check: Set<string>;
}

/**
 * Each lesson whose text or check is a near-duplicate of an earlier lesson's (corpus order), paired with the first
 * such lesson. Candidates come from an index of each term set's rarest terms (prefix filtering): two sets with
 * Jaccard similarity t or more must share one of their first |s| - ceil(t·|s|) + 1 terms in a fixed global order,
 * so a thousand cases compare in well under a second.
 */
export function findNearDuplicates(
  lessons: readonly LessonFacts[],
): { lesson: LessonFacts; original: LessonFacts; similarity: number }[] {
  const entries: Entry[] = lessons.map((lesson) => ({ lesson, text: questionTerms(lesson.text), check: questionTerms(lesson.check) }));
  const frequency = new Map<string, number>();
  for (const entry of entries) {
    for (const term of [...entry.text, ...entry.check]) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const rarestFirst = (a: string, b: string) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const prefix = (terms: Set<string>) => {
    const sorted = [...terms].sort(rarestFirst);
    return sorted.slice(0, sorted.length - Math.ceil(NEAR_DUPLICATE_THRESHOLD * sorted.length) + 1);
  };

  const indexes = { text: new Map<string, number[]>(), check: new Map<string, number[]>() };
  const found: { lesson: LessonFacts; original: LessonFacts; similarity: number }[] = [];
  entries.forEach((entry, i) => {
    let best: { index: number; similarity: number } | undefined;
    for (const key of ['text', 'check'] as const) {
      const seen = new Set<number>();
      for (const term of prefix(entry[key])) {
        for (const j of indexes[key].get(term) ?? []) {
          if (seen.has(j) || (best && j >= best.index)) continue;
          seen.add(j);
          const other = entries[j];
          if (!other) continue;
          const similarity = jaccard(entry[key], other[key]);
          if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || j < best.index)) best = { index: j, similarity };
        }
      }
    }
    const original = best && entries[best.index];
    if (best && original) found.push({ lesson: entry.lesson, original: original.lesson, similarity: best.similarity });
    for (const key of ['text', 'check'] as const) {
      for (const term of prefix(entry[key])) {
        const list = indexes[key].get(term);
        if (list) list.push(i);
        else indexes[key].set(term, [i]);
      }
    }
  });
  return found;
}
