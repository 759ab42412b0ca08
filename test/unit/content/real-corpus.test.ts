import { describe, expect, it } from 'vitest';
import { categoriesOf } from '@/lib/content/queries';
import { loadRealCorpus } from '../../support/real-corpus';

const corpus = await loadRealCorpus();

describe('the real knowledge base', () => {
  it('has the three founding case studies', () => {
    expect(corpus.cases.map((caseStudy) => caseStudy.slug)).toEqual(
      expect.arrayContaining(['ariane-5-flight-501', 'att-long-distance-collapse-1990', 'patriot-missile-dhahran-1991']),
    );
  });

  it('uses every cause category at least once', () => {
    const used = new Set(corpus.cases.flatMap(categoriesOf));
    expect(corpus.categories.map((category) => category.id).filter((id) => !used.has(id))).toEqual([]);
  });

  describe.each(corpus.cases.map((caseStudy) => [caseStudy.slug, caseStudy] as const))('%s', (_slug, caseStudy) => {
    const { frontmatter } = caseStudy;

    it('has at least three causes covering root, contributing and trigger', () => {
      expect(frontmatter.causes.length).toBeGreaterThanOrEqual(3);
      expect(new Set(frontmatter.causes.map((cause) => cause.role))).toEqual(new Set(['root', 'contributing', 'trigger']));
    });

    it('has at least three lessons, each with a reviewer check question', () => {
      expect(frontmatter.lessons.length).toBeGreaterThanOrEqual(3);
      for (const lesson of frontmatter.lessons) expect(lesson.check).toMatch(/\?$/);
    });

    it('learns from every root cause', () => {
      const learned = new Set(frontmatter.lessons.flatMap((lesson) => lesson.causes));
      const unlearned = frontmatter.causes.filter((cause) => cause.role === 'root' && !learned.has(cause.id));
      expect(unlearned).toEqual([]);
    });

    it('has a timeline and at least two sources including a primary one', () => {
      expect(frontmatter.timeline.length).toBeGreaterThanOrEqual(3);
      expect(frontmatter.sources.length).toBeGreaterThanOrEqual(2);
      expect(frontmatter.sources.some((source) => source.primary)).toBe(true);
    });

    it('shows the technical fault as a labelled reconstruction', () => {
      expect(caseStudy.body).toMatch(/<Reconstruction title="[^"]+"/);
      expect(caseStudy.body).toMatch(/```[a-z]+\n/);
    });
  });
});
