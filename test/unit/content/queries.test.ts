import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/content/load-corpus';
import { casesWithCategory, categoriesOf, categoryCounts, findCase, findCategory } from '@/lib/content/queries';

const dir = path.resolve(import.meta.dirname, '../../fixtures/content/good');
const corpus = await loadCorpus({ contentDir: dir, relativeTo: dir });

describe('corpus queries', () => {
  it('finds a case by slug and a category by id, and nothing for unknown ones', () => {
    expect(findCase(corpus, 'counter-wrap')?.frontmatter.title).toBe('The Counter That Wrapped');
    expect(findCase(corpus, 'nope')).toBeUndefined();
    expect(findCategory(corpus, 'testing-gap')?.label).toBe('Testing gap');
    expect(findCategory(corpus, 'nope')).toBeUndefined();
  });

  it('lists a case’s categories once each, in order of its causes', () => {
    const caseStudy = findCase(corpus, 'counter-wrap');
    if (!caseStudy) throw new Error('fixture missing');
    expect(categoriesOf(caseStudy)).toEqual(['numeric-overflow', 'testing-gap']);
  });

  it('counts the cases per category', () => {
    expect(categoryCounts(corpus).map(({ category, count }) => [category.id, count])).toEqual([
      ['numeric-overflow', 1],
      ['testing-gap', 1],
    ]);
    expect(casesWithCategory(corpus, 'numeric-overflow').map((c) => c.slug)).toEqual(['counter-wrap']);
    expect(casesWithCategory(corpus, 'unknown')).toEqual([]);
  });
});
