import Link from 'next/link';
import type { CaseStudy } from '@/lib/content/parse-case';
import type { CauseCategory } from '@/lib/content/schema';
import { formatDate } from '@/lib/format-date';
import { CategoryChip } from './category-chip';

interface CaseCardProps {
  caseStudy: CaseStudy;
  categories: CauseCategory[];
  headingLevel?: 'h2' | 'h3';
}

export function CaseCard({ caseStudy, categories, headingLevel: Heading = 'h2' }: CaseCardProps) {
  const { frontmatter } = caseStudy;
  return (
    <article className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
      <Heading className="text-xl font-semibold tracking-tight">
        <Link href={`/cases/${caseStudy.slug}`} className="hover:text-amber-700 hover:underline dark:hover:text-amber-400">
          {frontmatter.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        <time dateTime={frontmatter.date}>{formatDate(frontmatter.date)}</time>
        <span aria-hidden="true"> · </span>
        <span className="capitalize">{frontmatter.domain}</span>
      </p>
      <p className="mt-3 text-stone-800 dark:text-stone-200">{frontmatter.summary}</p>
      {categories.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Cause categories">
          {categories.map((category) => (
            <li key={category.id}>
              <CategoryChip category={category} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
