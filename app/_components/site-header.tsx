import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';
import { SearchBox } from './search/search-box';

const NAV = [
  { href: '/cases', label: 'Cases' },
  { href: '/causes', label: 'Causes' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/checklist', label: 'Checklist' },
  { href: '/review', label: 'Review' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight hover:text-amber-700 dark:hover:text-amber-400">
          {SITE_NAME}
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1 sm:flex sm:justify-end">
          <SearchBox />
        </div>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-3.5 gap-y-1 text-sm font-medium sm:gap-x-5">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="text-stone-700 underline-offset-4 hover:underline dark:text-stone-300"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
