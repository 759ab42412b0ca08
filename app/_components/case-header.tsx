import type { CaseFrontmatter } from '@/lib/content/schema';
import { capitalize } from '@/lib/capitalize';
import { formatDate } from '@/lib/format-date';

export function CaseHeader({ frontmatter }: { frontmatter: CaseFrontmatter }) {
  const { impact } = frontmatter;
  const facts: { term: string; detail: string }[] = [
    { term: 'Date', detail: formatDate(frontmatter.date) },
    ...(frontmatter.location ? [{ term: 'Where', detail: frontmatter.location }] : []),
    { term: 'System', detail: frontmatter.system },
    { term: 'Organizations', detail: frontmatter.organizations.join(', ') },
    { term: 'Domain', detail: capitalize(frontmatter.domain) },
    ...(impact.fatalities !== undefined ? [{ term: 'Deaths', detail: String(impact.fatalities) }] : []),
    ...(impact.injuries !== undefined ? [{ term: 'Injured', detail: String(impact.injuries) }] : []),
  ];
  return (
    <header>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{frontmatter.title}</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{frontmatter.summary}</p>
      <dl className="mt-6 grid gap-x-6 gap-y-3 rounded-lg bg-stone-100 p-5 text-sm sm:grid-cols-2 dark:bg-stone-900">
        {facts.map(({ term, detail }) => (
          <div key={term}>
            <dt className="font-semibold text-stone-600 dark:text-stone-400">{term}</dt>
            <dd>{term === 'Date' ? <time dateTime={frontmatter.date}>{detail}</time> : detail}</dd>
          </div>
        ))}
        <div className="sm:col-span-2">
          <dt className="font-semibold text-stone-600 dark:text-stone-400">Impact</dt>
          <dd>{impact.summary}</dd>
        </div>
      </dl>
    </header>
  );
}
