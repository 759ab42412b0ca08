import { describe, expect, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { itemId } from '@/lib/checklist/item-id';
import { loadFixtureCorpus } from './fixture-corpus';

const corpus = await loadFixtureCorpus();
const checklist = deriveChecklist(corpus);
const itemAsking = (question: string) => checklist.items.find((item) => item.question === question);
const anchors = (question: string) => itemAsking(question)?.seenIn.map((ref) => `${ref.slug}#${ref.lessonId}`);

describe('deriveChecklist', () => {
  it('gives every lesson of the corpus a place in exactly one item', () => {
    const lessons = corpus.cases.flatMap((c) => c.frontmatter.lessons.map((lesson) => `${c.slug}#${lesson.id}`));
    const cited = checklist.items.flatMap((item) => item.seenIn.map((ref) => `${ref.slug}#${ref.lessonId}`));
    expect(lessons).toHaveLength(7);
    expect([...cited].sort()).toEqual([...lessons].sort());
  });

  it('merges near-identical checks from two cases into one item that cites both, oldest failure first', () => {
    const item = itemAsking('Does every narrowing conversion in this change have an explicit range check?');
    expect(item?.seenIn.map((ref) => ref.caseTitle)).toEqual(['Rocket 96', 'Plane 2015']);
    expect(anchors('Does every narrowing conversion in this change have an explicit range check?')).toEqual([
      'rocket-1996#range-check-conversions',
      'plane-2015#range-check-narrowing',
    ]);
    expect(itemAsking('Does each narrowing conversion in this change have a range check?')).toBeUndefined();
    expect(item?.tags).toEqual(['numeric', 'conversions', 'overflow']);
  });

  it('merges identical checks of different phases, listing the first one’s phase and category first', () => {
    const item = itemAsking('Can this counter overflow?');
    expect(anchors('Can this counter overflow?')).toEqual(['exchange-1983#counter-overflow-test', 'plane-2015#size-counters']);
    expect(item?.phase).toBe('testing');
    expect(item?.phases).toEqual(['testing', 'design']);
    expect(item?.category).toBe('testing-gap');
    expect(item?.categories).toEqual(['testing-gap', 'numeric-overflow']);
  });

  it('keeps a check that differs in its subject apart', () => {
    expect(anchors('Can this counter underflow?')).toEqual(['exchange-1983#counter-underflow']);
  });

  it('keys each item by the lesson it was first seen in, uniquely', () => {
    const ids = checklist.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(itemAsking('Can this counter overflow?')?.id).toBe(itemId('exchange-1983', 'counter-overflow-test'));
    expect(itemId('exchange-1983', 'counter-overflow-test')).toMatch(/^[0-9a-z]{7}$/);
  });

  it('offers every phase, the taxonomy’s categories in order, and the tags in use, sorted', () => {
    expect(checklist.phases).toEqual(['design', 'implementation', 'testing', 'review', 'deployment', 'operations']);
    expect(checklist.categories.map((c) => c.id)).toEqual(['numeric-overflow', 'testing-gap', 'deployment-error']);
    expect(checklist.tags).toEqual(['conversions', 'counters', 'numeric', 'overflow', 'reuse', 'rollout', 'soak-testing']);
  });
});
