import Link from 'next/link';
import type { CauseCategory } from '@/lib/content/schema';

interface CauseFilterProps {
  counts: { category: CauseCategory; count: number }[];
  total: number;
  /** The category shown, or null for every case. */
  active: string | null;
}

const base = 'inline-block rounded-full border px-2.5 py-1 text-xs sm:px-3 sm:text-sm';
const idle =
  'border-stone-300 text-stone-800 hover:border-amber-500 hover:text-amber-800 dark:border-stone-700 dark:text-stone-200 dark:hover:text-amber-300';
const current = 'border-amber-700 bg-amber-700 font-semibold text-white dark:border-amber-300 dark:bg-amber-300 dark:text-stone-950';

/** Plain links to prerendered pages, so filtering works with JavaScript off and every filter has a URL. */
export function CauseFilter({ counts, total, active }: CauseFilterProps) {
  const items = [
    { href: '/timeline', label: 'All causes', count: total, isActive: active === null },
    ...counts
      .filter(({ count }) => count > 0)
      .map(({ category, count }) => ({
        href: `/timeline/${category.id}`,
        label: category.label,
        count,
        isActive: active === category.id,
      })),
  ];
  return (
    <nav aria-label="Filter the timeline by cause">
      <ul className="flex flex-wrap gap-1.5 sm:gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.isActive ? 'page' : undefined} className={`${base} ${item.isActive ? current : idle}`}>
              {item.label} <span className={item.isActive ? '' : 'text-stone-600 dark:text-stone-400'}>({item.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
