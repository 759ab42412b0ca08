import Link from 'next/link';
import type { CaseStudy } from '@/lib/content/parse-case';
import { categoriesOf } from '@/lib/content/queries';
import type { CauseCategory } from '@/lib/content/schema';
import { groupByDecade } from '@/lib/figures/decades';
import { formatDate } from '@/lib/format-date';

interface FailureTimelineProps {
  /** The cases to show, oldest first. */
  cases: CaseStudy[];
  /** The years the axis covers: the whole corpus, so a filtered view keeps the same axis. */
  span: { from: number; to: number };
  categoryById: ReadonlyMap<string, CauseCategory>;
  /** The category being filtered on, highlighted in each entry. */
  active: string | null;
}

const yearOfCase = (caseStudy: CaseStudy) => Number(caseStudy.frontmatter.date.slice(0, 4));

/** Every failure on one vertical time axis, grouped by decade, with empty decades kept as visible gaps. */
export function FailureTimeline({ cases, span, categoryById, active }: FailureTimelineProps) {
  const decades = groupByDecade(cases, yearOfCase, span);
  return (
    <ol className="relative ml-3 border-l-2 border-stone-300 dark:border-stone-700" aria-label="Failures by decade, oldest first">
      {decades.map((decade) => (
        <li key={decade.start} className="pb-6 last:pb-0">
          <h2 className="-ml-3 inline-block rounded-full bg-stone-900 px-3 py-0.5 text-sm font-bold text-white dark:bg-stone-100 dark:text-stone-950">
            {decade.start}s
          </h2>
          {decade.items.length === 0 ? (
            <p className="mt-3 pl-6 text-sm text-stone-600 italic dark:text-stone-400">
              No {active ? 'case with this cause' : 'case'} from the {decade.start}s.
            </p>
          ) : (
            <ol className="mt-3 grid gap-5">
              {decade.items.map((caseStudy) => (
                <TimelineEntry key={caseStudy.slug} caseStudy={caseStudy} categoryById={categoryById} active={active} />
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({ caseStudy, categoryById, active }: { caseStudy: CaseStudy; categoryById: ReadonlyMap<string, CauseCategory>; active: string | null }) {
  const { frontmatter } = caseStudy;
  const categories = categoriesOf(caseStudy)
    .map((id) => categoryById.get(id))
    .filter((category): category is CauseCategory => category !== undefined);
  return (
    <li className="relative pl-6" data-slug={caseStudy.slug}>
      <span aria-hidden="true" className="absolute top-2 -left-[7px] h-3 w-3 rounded-full border-2 border-white bg-amber-500 dark:border-stone-950" />
      <p className="font-mono text-sm font-semibold text-stone-700 dark:text-stone-300">
        <time dateTime={frontmatter.date}>{formatDate(frontmatter.date)}</time>
      </p>
      <h3 className="mt-0.5 text-lg font-semibold tracking-tight">
        <Link href={`/cases/${caseStudy.slug}`} className="hover:text-amber-700 hover:underline dark:hover:text-amber-400">
          {frontmatter.title}
        </Link>
      </h3>
      <p className="mt-1 text-stone-700 dark:text-stone-300">{frontmatter.summary}</p>
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={`Causes of ${frontmatter.title}`}>
        {categories.map((category) => (
          <li key={category.id}>
            <Link
              href={`/timeline/${category.id}`}
              className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${
                category.id === active
                  ? 'border-amber-700 bg-amber-700 text-white dark:border-amber-300 dark:bg-amber-300 dark:text-stone-950'
                  : 'border-amber-300 bg-amber-50 text-amber-900 hover:border-amber-500 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200'
              }`}
            >
              {category.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
