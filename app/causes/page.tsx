import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '@/lib/content/corpus.server';
import { categoryCounts } from '@/lib/content/queries';
import { plural } from '@/lib/plural';

export const metadata: Metadata = {
  title: 'Causes',
  description: 'The categories of cause behind the failures, with definitions and the number of cases in each.',
};

export default async function CausesPage() {
  const counts = categoryCounts(await getCorpus());
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Causes</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        What went wrong, by category. A case usually has several: one root cause, a trigger, and the conditions that let
        them through.
      </p>
      <ul className="mt-6 grid gap-4">
        {counts.map(({ category, count }) => (
          <li key={category.id} className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
            <h2 className="text-lg font-semibold">
              <Link href={`/causes/${category.id}`} className="hover:text-amber-700 hover:underline dark:hover:text-amber-400">
                {category.label}
              </Link>{' '}
              <span className="ml-1 text-sm font-normal text-stone-600 dark:text-stone-400">
                {plural(count, 'case')}
              </span>
            </h2>
            <p className="mt-1 text-stone-700 dark:text-stone-300">{category.definition}</p>
            {category.aliases.length > 0 && (
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Also known as: {category.aliases.join(', ')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
