import Link from 'next/link';
import type { RelatedCase } from '@/lib/content/queries';
import { yearOf } from '@/lib/format-date';
import { CategoryChip } from './category-chip';

/** Other failures with a cause category in common, each naming what it shares, so a reader can follow a cause. */
export function RelatedCases({ related }: { related: RelatedCase[] }) {
  if (related.length === 0) return <p>No other case shares a cause category with this one yet.</p>;
  return (
    <>
      <p className="text-stone-700 dark:text-stone-300">Other failures with a cause in common, most shared causes first.</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2" aria-label="Related cases">
        {related.map(({ caseStudy, shared }) => (
          <li key={caseStudy.slug} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
            <p className="font-semibold">
              <Link href={`/cases/${caseStudy.slug}`} className="hover:text-amber-700 hover:underline dark:hover:text-amber-400">
                {caseStudy.frontmatter.title}
              </Link>{' '}
              <span className="text-sm font-normal text-stone-600 dark:text-stone-400">
                <time dateTime={caseStudy.frontmatter.date}>{yearOf(caseStudy.frontmatter.date)}</time>
              </span>
            </p>
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {shared.length === 1 ? 'Shared cause:' : `${shared.length} shared causes:`}
            </p>
            <ul className="mt-1 flex flex-wrap gap-2" aria-label={`Causes shared with ${caseStudy.frontmatter.title}`}>
              {shared.map((category) => (
                <li key={category.id}>
                  <CategoryChip category={category} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
