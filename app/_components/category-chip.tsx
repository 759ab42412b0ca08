import Link from 'next/link';
import type { CauseCategory } from '@/lib/content/schema';

export function CategoryChip({ category }: { category: CauseCategory }) {
  return (
    <Link
      href={`/causes/${category.id}`}
      className="inline-block rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900 hover:border-amber-500 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200 dark:hover:border-amber-500"
    >
      {category.label}
    </Link>
  );
}
