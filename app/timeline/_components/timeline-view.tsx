import Link from 'next/link';
import type { Corpus } from '@/lib/content/load-corpus';
import { casesWithCategory, categoryCounts, findCategory } from '@/lib/content/queries';
import { CauseFilter } from './cause-filter';
import { FailureTimeline } from './failure-timeline';

const year = (date: string) => Number(date.slice(0, 4));

/** The timeline page, for every case or for the cases citing one cause category. */
export function TimelineView({ corpus, categoryId }: { corpus: Corpus; categoryId: string | null }) {
  const category = categoryId === null ? undefined : findCategory(corpus, categoryId);
  const chosen = category ? casesWithCategory(corpus, category.id) : corpus.cases;
  const oldestFirst = [...chosen].sort((a, b) => a.frontmatter.date.localeCompare(b.frontmatter.date) || a.slug.localeCompare(b.slug));
  const years = corpus.cases.map((caseStudy) => year(caseStudy.frontmatter.date));
  const total = corpus.cases.length;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{category ? `Timeline: ${category.label}` : 'Timeline'}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {category ? (
          <>
            {oldestFirst.length} of {total} failures have a cause in this category, oldest first.{' '}
            <Link href="/timeline" className="underline underline-offset-4">
              Show all {total}
            </Link>
            .
          </>
        ) : (
          <>Every failure in the knowledge base, {total} in all, on one time axis, oldest first.</>
        )}
      </p>
      {category && <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{category.definition}</p>}
      <div className="mt-6">
        <p className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">Filter by cause</p>
        <CauseFilter counts={categoryCounts(corpus)} total={total} active={category?.id ?? null} />
      </div>
      <div className="mt-10">
        <FailureTimeline
          cases={oldestFirst}
          span={{ from: Math.min(...years), to: Math.max(...years) }}
          categoryById={new Map(corpus.categories.map((c) => [c.id, c]))}
          active={category?.id ?? null}
        />
      </div>
    </>
  );
}
