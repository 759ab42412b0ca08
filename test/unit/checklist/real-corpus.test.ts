import { describe, expect, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { NO_FILTER } from '@/lib/checklist/filter';
import { groupChecklist, itemsOf } from '@/lib/checklist/group-checklist';
import { loadRealCorpus } from '../../support/real-corpus';

const corpus = await loadRealCorpus();
const checklist = deriveChecklist(corpus);

describe('the checklist of the real knowledge base', () => {
  const lessons = corpus.cases.flatMap((c) => c.frontmatter.lessons.map((lesson) => `${c.slug}#${lesson.id}`));

  it('covers every lesson of every case exactly once', () => {
    const cited = checklist.items.flatMap((item) => item.seenIn.map((ref) => `${ref.slug}#${ref.lessonId}`));
    expect(lessons.length).toBeGreaterThanOrEqual(corpus.cases.length * 3);
    expect(cited).toHaveLength(lessons.length);
    expect(new Set(cited)).toEqual(new Set(lessons));
  });

  it('lists every item once on the unfiltered page', () => {
    const listed = itemsOf(groupChecklist(checklist, NO_FILTER)).map((item) => item.id);
    expect([...listed].sort()).toEqual(checklist.items.map((item) => item.id).sort());
  });

  it('asks each item’s question as the lesson it was first seen in words it', () => {
    for (const item of checklist.items) {
      const [first] = item.seenIn;
      const lesson = corpus.cases.find((c) => c.slug === first?.slug)?.frontmatter.lessons.find((l) => l.id === first?.lessonId);
      expect(item.question).toBe(lesson?.check);
    }
  });
});
