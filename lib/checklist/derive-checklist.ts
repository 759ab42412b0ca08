import type { Corpus } from '../content/load-corpus';
import type { CaseStudy } from '../content/parse-case';
import { LESSON_PHASES, type Lesson } from '../content/schema';
import { groupNearDuplicates } from './group-near-duplicates';
import { itemId } from './item-id';
import type { Checklist, ChecklistItem } from './types';

interface LessonEntry {
  caseStudy: CaseStudy;
  lesson: Lesson;
  /** Cause categories the lesson addresses, in the order it cites its causes. */
  categories: string[];
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Every lesson of the corpus, oldest failure first, so a merged item is keyed and worded by its first sighting. */
function lessonEntries(corpus: Corpus): LessonEntry[] {
  const chronological = [...corpus.cases].sort(
    (a, b) => a.frontmatter.date.localeCompare(b.frontmatter.date) || a.slug.localeCompare(b.slug),
  );
  return chronological.flatMap((caseStudy) => {
    const categoryOfCause = new Map(caseStudy.frontmatter.causes.map((cause) => [cause.id, cause.category]));
    return caseStudy.frontmatter.lessons.map((lesson) => ({
      caseStudy,
      lesson,
      categories: unique(lesson.causes.flatMap((causeId) => categoryOfCause.get(causeId) ?? [])),
    }));
  });
}

function toItem([first, ...rest]: [LessonEntry, ...LessonEntry[]]): ChecklistItem {
  const entries = [first, ...rest];
  const phase = first.lesson.phase;
  const category = first.categories[0] ?? '';
  return {
    id: itemId(first.caseStudy.slug, first.lesson.id),
    question: first.lesson.check,
    phase,
    phases: unique([phase, ...LESSON_PHASES.filter((p) => entries.some((entry) => entry.lesson.phase === p))]),
    category,
    categories: unique([category, ...entries.flatMap((entry) => entry.categories)]),
    tags: unique(entries.flatMap((entry) => entry.lesson.tags)),
    seenIn: entries.map((entry) => ({
      slug: entry.caseStudy.slug,
      caseTitle: entry.caseStudy.frontmatter.title,
      lessonId: entry.lesson.id,
    })),
  };
}

/**
 * The review checklist of a corpus: one item per lesson's check question, near-identical questions from several
 * lessons merged into one item that cites them all.
 */
export function deriveChecklist(corpus: Corpus): Checklist {
  const items = groupNearDuplicates(lessonEntries(corpus), (entry) => entry.lesson.check).flatMap((cluster) => {
    const [first, ...rest] = cluster;
    return first ? [toItem([first, ...rest])] : [];
  });

  const owners = new Map<string, ChecklistItem>();
  for (const item of items) {
    const owner = owners.get(item.id);
    if (owner) {
      const anchor = (i: ChecklistItem) => `${i.seenIn[0]?.slug}#${i.seenIn[0]?.lessonId}`;
      throw new Error(`checklist items ${anchor(owner)} and ${anchor(item)} hash to the same id "${item.id}"`);
    }
    owners.set(item.id, item);
  }

  return {
    phases: [...LESSON_PHASES],
    categories: corpus.categories.map(({ id, label }) => ({ id, label })),
    tags: unique(corpus.cases.flatMap((c) => c.frontmatter.lessons.flatMap((lesson) => lesson.tags))).sort(),
    items,
  };
}
