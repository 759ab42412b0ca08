import Link from 'next/link';
import { CaseList } from './_components/case-list';
import { getCorpus } from '@/lib/content/corpus.server';
import { categoryCounts } from '@/lib/content/queries';
import { plural } from '@/lib/plural';

export default async function HomePage() {
  const corpus = await getCorpus();
  const counts = categoryCounts(corpus).filter(({ count }) => count > 0);
  return (
    <>
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          Famous software failures, taken apart for what they teach
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-stone-700 dark:text-stone-300">
          Each case study tells what happened, pins down its causes — root, trigger and contributing — and turns them
          into lessons with a question a reviewer can ask of the next change. Every figure comes from a cited source.
        </p>
      </section>

      <section aria-labelledby="cases" className="mt-12">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="cases" className="text-2xl font-bold tracking-tight">
            Case studies
          </h2>
          <Link href="/cases" className="text-sm font-medium underline underline-offset-4">
            All {corpus.cases.length} cases
          </Link>
        </div>
        <div className="mt-4">
          <CaseList corpus={corpus} cases={corpus.cases} headingLevel="h3" />
        </div>
      </section>

      <section aria-labelledby="causes" className="mt-12">
        <h2 id="causes" className="text-2xl font-bold tracking-tight">
          Browse by cause
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {counts.map(({ category, count }) => (
            <li key={category.id}>
              <Link
                href={`/causes/${category.id}`}
                className="block rounded-lg border border-stone-200 p-4 hover:border-amber-500 dark:border-stone-800 dark:hover:border-amber-500"
              >
                <span className="font-semibold">{category.label}</span>{' '}
                <span className="ml-1 text-sm text-stone-600 dark:text-stone-400">
                  {plural(count, 'case')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
