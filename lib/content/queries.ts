import type { Corpus } from './load-corpus';
import type { CaseStudy } from './parse-case';
import type { CauseCategory } from './schema';

export function findCase(corpus: Corpus, slug: string): CaseStudy | undefined {
  return corpus.cases.find((caseStudy) => caseStudy.slug === slug);
}

export function findCategory(corpus: Corpus, id: string): CauseCategory | undefined {
  return corpus.categories.find((category) => category.id === id);
}

/** Category ids of a case's causes, in the order the case lists them, without repeats. */
export function categoriesOf(caseStudy: CaseStudy): string[] {
  return [...new Set(caseStudy.frontmatter.causes.map((cause) => cause.category))];
}

export function casesWithCategory(corpus: Corpus, categoryId: string): CaseStudy[] {
  return corpus.cases.filter((caseStudy) => categoriesOf(caseStudy).includes(categoryId));
}

/** Every category with the number of cases that cite it, most-cited first, ties by label. */
export function categoryCounts(corpus: Corpus): { category: CauseCategory; count: number }[] {
  return corpus.categories
    .map((category) => ({ category, count: casesWithCategory(corpus, category.id).length }))
    .sort((a, b) => b.count - a.count || a.category.label.localeCompare(b.category.label));
}

export interface RelatedCase {
  caseStudy: CaseStudy;
  /** The categories both cases cite, in the order the original case lists its causes. */
  shared: CauseCategory[];
}

/**
 * The other cases that share at least one cause category with this one: most shared categories first, then the
 * newest failure, then by slug so the order never depends on file order.
 */
export function relatedCases(corpus: Corpus, caseStudy: CaseStudy): RelatedCase[] {
  const own = categoriesOf(caseStudy);
  return corpus.cases
    .filter((other) => other.slug !== caseStudy.slug)
    .map((other) => {
      const theirs = new Set(categoriesOf(other));
      const shared = own
        .filter((id) => theirs.has(id))
        .map((id) => findCategory(corpus, id))
        .filter((category): category is CauseCategory => category !== undefined);
      return { caseStudy: other, shared };
    })
    .filter(({ shared }) => shared.length > 0)
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        b.caseStudy.frontmatter.date.localeCompare(a.caseStudy.frontmatter.date) ||
        a.caseStudy.slug.localeCompare(b.caseStudy.slug),
    );
}
