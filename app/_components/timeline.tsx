import type { TimelineEntry } from '@/lib/content/schema';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="relative ml-2 border-l-2 border-stone-300 dark:border-stone-700">
      {entries.map((entry, i) => (
        <li key={i} className="relative mb-5 pl-6 last:mb-0">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[7px] h-3 w-3 rounded-full border-2 border-white bg-amber-500 dark:border-stone-950"
          />
          <p className="font-mono text-sm font-semibold text-stone-700 dark:text-stone-300">{entry.at}</p>
          <p className="mt-0.5">{entry.event}</p>
        </li>
      ))}
    </ol>
  );
}
