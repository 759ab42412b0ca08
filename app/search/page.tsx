import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterSelect } from '../_components/search/filter-select';
import { LabelledSnippet } from '../_components/search/highlighted-text';
import { getCorpus } from '@/lib/content/corpus.server';
import { DOMAINS, LESSON_PHASES } from '@/lib/content/schema';
import { capitalize } from '@/lib/capitalize';
import { formatDate } from '@/lib/format-date';
import { getSearchIndex } from '@/lib/search/index.server';
import { capQuery, parseSearchParams } from '@/lib/search/search-params';
import { plural } from '@/lib/plural';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the case studies by what went wrong: causes, lessons and the full story.',
  robots: { index: false },
};

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toURLSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const corpus = await getCorpus();
  const params = toURLSearchParams(await searchParams);
  const parsed = parseSearchParams(params, corpus.categories.map((category) => category.id));
  // The query as searched (capped like the API's), shown back in the box: a 10 kB ?q= is neither searched nor echoed whole.
  const query = parsed.ok ? parsed.request.query : capQuery(params.get('q') ?? '');
  const results = parsed.ok && query.trim() ? (await getSearchIndex()).search(query, parsed.request) : [];
  const selected = (name: string) => params.get(name) ?? '';
  const categoryLabel = new Map(corpus.categories.map((category) => [category.id, category.label]));

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form action="/search" method="get" role="search" className="mt-6 grid gap-4">
        <div>
          <label htmlFor="search-page-q" className="block text-sm font-medium">
            Search by what went wrong
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="search-page-q"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={200}
              placeholder="integer overflow, rounding error, recovery code…"
              className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
            />
            <button
              type="submit"
              className="rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
            >
              Search
            </button>
          </div>
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="sr-only">Filters</legend>
          <FilterSelect
            name="category"
            label="Cause category"
            anyLabel="Any cause"
            selected={selected('category')}
            options={corpus.categories.map((category) => ({ value: category.id, label: category.label }))}
          />
          <FilterSelect
            name="domain"
            label="Domain"
            anyLabel="Any domain"
            selected={selected('domain')}
            options={DOMAINS.map((domain) => ({ value: domain, label: capitalize(domain) }))}
          />
          <FilterSelect
            name="phase"
            label="Lesson phase"
            anyLabel="Any phase"
            selected={selected('phase')}
            options={LESSON_PHASES.map((phase) => ({ value: phase, label: capitalize(phase) }))}
          />
        </fieldset>
      </form>

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        {!parsed.ok && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            {parsed.problem.error}
            {parsed.problem.valid ? `. Valid values: ${parsed.problem.valid.join(', ')}.` : '.'}
          </p>
        )}
        {parsed.ok && query.trim() !== '' && (
          <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
            {results.length === 0
              ? `No case study matches “${query}”.`
              : `${plural(results.length, 'case')} for “${query}”`}
          </p>
        )}
        <ol className="mt-4 grid gap-4">
          {results.map((result) => (
            <li key={result.slug} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
              <h3 className="text-lg font-semibold">
                <Link href={result.url} className="hover:text-amber-700 hover:underline dark:hover:text-amber-400">
                  {result.title}
                </Link>
              </h3>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                <time dateTime={result.date}>{formatDate(result.date)}</time> ·{' '}
                {result.categories.map((id) => categoryLabel.get(id) ?? id).join(', ')}
              </p>
              <p className="mt-2">
                <LabelledSnippet snippet={result.snippet} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
