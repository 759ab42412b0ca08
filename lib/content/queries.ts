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
