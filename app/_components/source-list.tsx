import type { Source } from '@/lib/content/schema';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ol className="grid list-decimal gap-3 pl-6">
      {sources.map((source, i) => (
        <li key={i}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" className="font-medium underline underline-offset-2 hover:text-amber-700 dark:hover:text-amber-400">
              {source.title}
            </a>
          ) : (
            <span className="font-medium">{source.title}</span>
          )}
          {[source.author, source.publisher, String(source.year)].filter(Boolean).map((part) => `, ${part}`)}
          {'.'}
          {source.primary && (
            <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
              Primary source
            </span>
          )}
          {source.note && <p className="text-sm text-stone-600 dark:text-stone-400">{source.note}</p>}
        </li>
      ))}
    </ol>
  );
}
